//! PURE. The words of the "Use your own data" panel: a refused file's reason, a loaded country's
//! line, and whether the current view can show the reader's countries.

use crate::data::user_countries::UserCountry;
use crate::data::user_file::{Problem, UserFileError};
use crate::i18n::{fill, Locale};
use crate::state::View;

/// Bytes in the megabyte of the size message.
const BYTES_PER_MB: f64 = 1024.0 * 1024.0;

/// "trade.csv, line 12: bad number "x"" in the reader's language.
pub fn error_text(locale: Locale, error: &UserFileError) -> String {
    let t = locale.texts();
    let reason = match &error.problem {
        Problem::TooLarge { bytes } => {
            fill(t.own_data_too_large, &[("size", &locale.number(*bytes as f64 / BYTES_PER_MB, 1))])
        }
        Problem::NotText => t.own_data_not_text.to_string(),
        Problem::Empty => t.own_data_empty.to_string(),
        Problem::WrongFormat => t.own_data_wrong_format.to_string(),
        Problem::ChartCsv => t.own_data_chart_csv.to_string(),
        Problem::UnknownIndicator(indicator) => fill(t.own_data_unknown_indicator, &[("indicator", indicator)]),
        Problem::BadNumber(value) => fill(t.own_data_bad_number, &[("value", value)]),
        Problem::NotAYear(value) => fill(t.own_data_not_a_year, &[("value", value)]),
        Problem::DuplicateRow { first_line } => fill(t.own_data_duplicate_row, &[("first", &first_line.to_string())]),
        Problem::FieldCount { found, expected } => {
            fill(t.own_data_field_count, &[("found", &found.to_string()), ("expected", &expected.to_string())])
        }
        Problem::Reporter(name) => fill(t.own_data_reporter, &[("name", name)]),
        Problem::BadRow(detail) => fill(t.own_data_bad_row, &[("detail", detail)]),
        Problem::Syntax(detail) => fill(t.own_data_syntax, &[("detail", detail)]),
        Problem::NoTradeValues => t.own_data_no_values.to_string(),
        Problem::TooManyCountries => t.own_data_codes_used_up.to_string(),
        Problem::ReaderNotLoaded => t.code_failed.to_string(),
    };
    if error.line == 0 {
        format!("{}: {reason}", error.file)
    } else {
        fill(t.own_data_error, &[("file", &error.file), ("line", &error.line.to_string()), ("reason", &reason)])
    }
}

/// "Vietnam (your data) from my-file.csv, 2000–2019".
pub fn loaded_text(locale: Locale, name: &str, country: &UserCountry) -> String {
    fill(
        locale.texts().own_data_loaded,
        &[
            ("name", name),
            ("file", &country.file),
            ("first", &country.years.0.to_string()),
            ("last", &country.years.1.to_string()),
        ],
    )
}

/// Whether a view computes its indices for the reader's countries: RCA and RSCA in Comparative
/// advantage, ESI and export composition in Competition. The others need imports by product or
/// trade between partners, which a WITS Trade Summary does not give.
pub fn view_shows_own_data(view: View) -> bool {
    matches!(view, View::Advantage | View::Competition)
}

/// The sentence under the loaded countries: where they can be seen.
pub fn support_text(locale: Locale, view: View) -> &'static str {
    let t = locale.texts();
    match view {
        View::Advantage => t.own_data_here,
        View::Competition => t.own_data_here_esi,
        _ => t.own_data_not_here,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_problem_reads_in_every_language_with_its_file_and_line() {
        let problems = [
            Problem::TooLarge { bytes: 60 * 1024 * 1024 },
            Problem::NotText,
            Problem::Empty,
            Problem::WrongFormat,
            Problem::ChartCsv,
            Problem::UnknownIndicator("Bananas".into()),
            Problem::BadNumber("twelve".into()),
            Problem::NotAYear("20x9".into()),
            Problem::DuplicateRow { first_line: 7 },
            Problem::FieldCount { found: 3, expected: 37 },
            Problem::Reporter("Thailand".into()),
            Problem::BadRow("unknown source".into()),
            Problem::Syntax("unclosed quote".into()),
            Problem::NoTradeValues,
            Problem::TooManyCountries,
            Problem::ReaderNotLoaded,
        ];
        for locale in Locale::ALL {
            for problem in &problems {
                let text =
                    error_text(locale, &UserFileError { file: "f.csv".into(), line: 12, problem: problem.clone() });
                assert!(text.contains("f.csv") && text.contains("12"), "{locale:?}: {text}");
                assert!(!text.contains('{'), "{locale:?}: {text}");
            }
        }
        let en = |problem| error_text(Locale::En, &UserFileError { file: "f.csv".into(), line: 12, problem });
        assert_eq!(en(Problem::BadNumber("x".into())), "f.csv, line 12: bad number \"x\"");
        assert!(en(Problem::TooLarge { bytes: 60 * 1024 * 1024 }).contains("60.0 MB"));
    }
}
