//! Native benchmark (`make bench`): parsing the canonical table, decoding the compact parts the
//! browser fetches, and computing every index for every pair and year. Prints medians and compares them with the budgets in the README.

use std::time::Instant;

use cjk_trade_widget::data::build::default_output_dir;
use cjk_trade_widget::data::parts::{DataPart, Manifest, MANIFEST_NAME};
use cjk_trade_widget::data::slice::decode_slice;
use cjk_trade_widget::data::{dataset::EMBEDDED_TRADE_CSV, Dataset};
use cjk_trade_widget::indices::report::index_rows;
use cjk_trade_widget::indices::IndexKind;

/// Budgets from the README, in milliseconds. The canonical table's parse has none: only the
/// command-line tools and the tests read it, and the browser decodes the compact parts instead.
const INDICES_BUDGET_MS: f64 = 100.0;
const DECODE_PARTS_BUDGET_MS: f64 = 20.0;

/// Runs `f` `runs` times; returns the median and 95th percentile in milliseconds.
fn measure(runs: usize, mut f: impl FnMut() -> usize) -> (f64, f64, usize) {
    let mut times = Vec::with_capacity(runs);
    let mut output = 0;
    for _ in 0..runs {
        let start = Instant::now();
        output = std::hint::black_box(f());
        times.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    (times[runs / 2], times[(runs * 95 / 100).min(runs - 1)], output)
}

fn verdict(value: f64, budget: f64) -> &'static str {
    if value <= budget {
        "within budget"
    } else {
        "OVER BUDGET"
    }
}

fn main() {
    let (parse_median, parse_p95, records) =
        measure(30, || Dataset::from_canonical_csv(EMBEDDED_TRADE_CSV).map(|d| d.record_count()).unwrap_or(0));
    println!(
        "native  parse the canonical table, as the command-line tools do ({records} values, {} KB): median {parse_median:.2} ms, p95 {parse_p95:.2} ms (no budget: the browser does not read it)",
        EMBEDDED_TRADE_CSV.len() / 1024,
    );
    match read_trade_parts() {
        Ok(parts) => {
            let bytes: usize = parts.iter().map(Vec::len).sum();
            let (median, p95, values) =
                measure(30, || parts.iter().map(|p| decode_slice(p).map(|s| s.value_count()).unwrap_or(0)).sum());
            println!(
                "native  decode the three trade parts the browser fetches ({values} values, {} KB): median {median:.2} ms, p95 {p95:.2} ms (budget {DECODE_PARTS_BUDGET_MS} ms: {})",
                bytes / 1024,
                verdict(median, DECODE_PARTS_BUDGET_MS)
            );
        }
        Err(error) => eprintln!("bench: {error}"),
    }
    let Ok(ds) = Dataset::from_canonical_csv(EMBEDDED_TRADE_CSV) else {
        eprintln!("bench: the embedded dataset does not parse");
        std::process::exit(1);
    };
    let (all_median, all_p95, values) = measure(30, || {
        IndexKind::ALL.iter().map(|&k| index_rows(&ds, k, k.default_classification(), None).len()).sum()
    });
    println!(
        "native  every index, every pair and year ({values} values): median {all_median:.2} ms, p95 {all_p95:.2} ms (budget {INDICES_BUDGET_MS} ms: {})",
        verdict(all_median, INDICES_BUDGET_MS)
    );
}

/// The committed trade parts (`www/data/parts/`), as the browser fetches them.
fn read_trade_parts() -> Result<Vec<Vec<u8>>, String> {
    let dir = default_output_dir().join("parts");
    let text = std::fs::read_to_string(dir.join(MANIFEST_NAME)).map_err(|e| e.to_string())?;
    let manifest = Manifest::parse(&text)?;
    DataPart::ALL
        .into_iter()
        .filter(|p| p.trade_slice().is_some())
        .map(|p| {
            let name = manifest.file_of(p).ok_or(format!("the manifest lacks {}", p.code()))?;
            std::fs::read(dir.join(name)).map_err(|e| format!("{name}: {e}"))
        })
        .collect()
}
