//! Converts the raw sources in `../shared/data` into the committed files in `www/data/`.
//!
//! Usage: `build-dataset [--raw <shared data dir>] [--out <output dir>]`

use std::path::PathBuf;
use std::process::ExitCode;

use cjk_trade_widget::data::build::{build_dataset, default_output_dir, default_shared_data_dir, write_output};
use cjk_trade_widget::data::summarise_skipped;

fn main() -> ExitCode {
    let mut raw_dir = default_shared_data_dir();
    let mut out_dir = default_output_dir();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--raw", Some(dir)) => raw_dir = PathBuf::from(dir),
            ("--out", Some(dir)) => out_dir = PathBuf::from(dir),
            _ => {
                eprintln!("usage: build-dataset [--raw <shared data dir>] [--out <output dir>]");
                return ExitCode::from(2);
            }
        }
    }

    let translations = match cjk_trade_widget::i18n::translation_files(cjk_trade_widget::views::text_groups) {
        Ok(translations) => translations,
        Err(error) => {
            eprintln!("build-dataset: {error}");
            return ExitCode::FAILURE;
        }
    };
    let output = match build_dataset(&raw_dir, &cjk_trade_widget::views::default_data_parts(), &translations) {
        Ok(output) => output,
        Err(error) => {
            eprintln!("build-dataset: {error}");
            return ExitCode::FAILURE;
        }
    };
    println!("read {} trade values from {}", output.records.len(), raw_dir.display());
    println!("skipped {} raw rows:", output.skipped.len());
    for (reason, count, files) in summarise_skipped(&output.skipped) {
        println!("  {count:>5}  {reason}  ({} files)", files.len());
    }
    if output.problems.is_empty() {
        println!("checks: no problems");
    } else {
        println!(
            "checks: {} problems (reported in SOURCES.md, values left as the source gives them):",
            output.problems.len()
        );
        for problem in &output.problems {
            println!("  {problem}");
        }
    }
    match write_output(&output, &out_dir) {
        Ok(written) => {
            for (path, bytes) in written {
                println!("wrote {} ({bytes} bytes)", path.display());
            }
        }
        Err(error) => {
            eprintln!("build-dataset: {error}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
