//! Prints trade indices computed from the embedded dataset as CSV, with the same library code
//! the widget runs, so that researchers can check the widget's numbers outside the browser.

use std::process::ExitCode;

use cjk_trade_widget::data::{embedded, Classification, Year};
use cjk_trade_widget::indices::report::{index_rows, write_rows_csv, CSV_HEADER};
use cjk_trade_widget::indices::IndexKind;

const USAGE: &str =
    "usage: indices --index <tci|rca|rsca|esi|tsc|gl|gl_aggregate|tii|export_share|intermediate_share|all>
               [--year Y] [--classification wits16|hs_section|hs2|wiod35|total]

Prints CSV: index,classification,year,reporter,partner,product,value
  classification  wits16 (WITS groups), hs_section (OEC), hs2 (Atlas chapters),
                  wiod35 (WIOD industries) or total (WITS all-products totals)
  reporter, partner  ISO3 codes (WLD = the world); every ordered pair, both orders even for
                  symmetric measures (ESI, bilateral GL)
  product         WITS group name, HS section number 1-21, HS chapter 01-99, WIOD industry c1-c35,
                  goods (c1-c16 together), or all
Defaults: tci, tsc, gl, gl_aggregate on hs_section (OEC); rca, rsca, esi on wits16 (WITS);
tii on total (WITS); export_share on hs2 (Atlas); intermediate_share on wiod35 (WIOD).
On hs2, tsc, gl and gl_aggregate are also given between two of the three (partner CHN, JPN or
KOR). --index all prints every index in every classification it supports (or only the one asked
for). Values that cannot be computed are left out.";

struct Request {
    indices: Vec<(IndexKind, Vec<Classification>)>,
    year: Option<Year>,
}

fn parse_args(args: &[String]) -> Result<Request, String> {
    let mut index_arg = None;
    let mut year = None;
    let mut classification = None;
    let mut iter = args.iter();
    while let Some(flag) = iter.next() {
        let mut value = || iter.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--index" => index_arg = Some(value()?.clone()),
            "--year" => {
                let text = value()?;
                year = Some(text.parse().map_err(|_| format!("--year {text:?} is not a year"))?);
            }
            "--classification" => {
                let text = value()?;
                classification = match Classification::parse(text) {
                    Some(c) => Some(c),
                    None => {
                        return Err(format!(
                            "--classification must be wits16, hs_section, hs2, wiod35 or total, not {text:?}"
                        ))
                    }
                };
            }
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    let index_arg = index_arg.ok_or("--index is required")?;
    // Each index with the classifications to print it in.
    let indices: Vec<(IndexKind, Vec<Classification>)> = match index_arg.as_str() {
        "all" => IndexKind::ALL
            .into_iter()
            .map(|k| (k, classification.map_or_else(|| k.classifications(), |c| vec![c])))
            .filter(|(k, classifications)| classifications.iter().all(|c| k.supports(*c)))
            .collect(),
        code => {
            let kind = IndexKind::parse(code).ok_or_else(|| format!("unknown index {code:?}"))?;
            if let Some(c) = classification.filter(|c| !kind.supports(*c)) {
                return Err(format!("{} cannot use {}: it {}", kind.code(), c.code(), kind.unsupported_reason()));
            }
            vec![(kind, vec![classification.unwrap_or(kind.default_classification())])]
        }
    };
    Ok(Request { indices, year })
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--help" || a == "-h") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let request = match parse_args(&args) {
        Ok(request) => request,
        Err(message) => {
            eprintln!("indices: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let dataset = match embedded() {
        Ok(dataset) => dataset,
        Err(error) => {
            eprintln!("indices: the embedded dataset is broken: {error}");
            return ExitCode::FAILURE;
        }
    };
    let mut out = String::from(CSV_HEADER);
    out.push('\n');
    for (kind, classifications) in request.indices {
        for classification in classifications {
            write_rows_csv(&mut out, &index_rows(dataset, kind, classification, request.year));
        }
    }
    print!("{out}");
    ExitCode::SUCCESS
}
