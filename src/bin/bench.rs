//! Native benchmark (`make bench`): parsing the embedded dataset and computing every index for
//! every pair and year. Prints medians and compares them with the budgets in the README.

use std::time::Instant;

use cjk_trade_widget::data::{dataset::EMBEDDED_TRADE_CSV, Dataset};
use cjk_trade_widget::indices::report::index_rows;
use cjk_trade_widget::indices::IndexKind;

/// Budgets from the README, in milliseconds.
const PARSE_BUDGET_MS: f64 = 50.0;
const INDICES_BUDGET_MS: f64 = 100.0;

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
        "native  parse embedded dataset ({records} values, {} KB): median {parse_median:.2} ms, p95 {parse_p95:.2} ms (budget {PARSE_BUDGET_MS} ms: {})",
        EMBEDDED_TRADE_CSV.len() / 1024,
        verdict(parse_median, PARSE_BUDGET_MS)
    );
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
