//! `i18n::number`: each locale's number, percent and money styles.

use cjk_trade_widget::i18n::number::*;
use cjk_trade_widget::i18n::Locale;

#[test]
fn every_locale_writes_numbers_its_own_way() {
    // Examples from CLDR's number formats for each language.
    let expected = [
        (Locale::En, "1,234,567.89", "\u{2212}0.5", "12.5%", "0"),
        (Locale::Zh, "1,234,567.89", "\u{2212}0.5", "12.5%", "0"),
        (Locale::Ja, "1,234,567.89", "\u{2212}0.5", "12.5%", "0"),
        (Locale::Ko, "1,234,567.89", "\u{2212}0.5", "12.5%", "0"),
    ];
    for (locale, big, negative, percent, tiny) in expected {
        let style = locale.numbers();
        assert_eq!(style.format(1_234_567.891, 2), big, "{locale:?}");
        assert_eq!(style.format(-0.5, 1), negative, "{locale:?}");
        assert_eq!(style.percent(12.46, 1), percent, "{locale:?}");
        // A negative value that rounds to zero has no minus sign.
        assert_eq!(style.format(-0.0004, 0), tiny, "{locale:?}");
    }
}

#[test]
fn grouping_handles_every_length_and_odd_styles() {
    let style = NumberStyle::default();
    let cases = [(0.0, "0"), (999.0, "999"), (1000.0, "1,000"), (-12_345.0, "\u{2212}12,345"), (100_000.0, "100,000")];
    for (value, text) in cases {
        assert_eq!(style.format(value, 0), text);
    }
    let spaced =
        NumberStyle { group_separator: "\u{202f}", decimal_mark: ",", minus_sign: "-", percent_suffix: "\u{a0}%" };
    assert_eq!(spaced.format(-1234.5, 1), "-1\u{202f}234,5");
    assert_eq!(spaced.percent(7.0, 0), "7\u{a0}%");
    assert_eq!(style.format(f64::NAN, 1), "NaN");
    assert_eq!(style.signed(1.2, 2), "+1.20");
    assert_eq!(style.signed(-0.354, 2), "\u{2212}0.35");
    assert_eq!(style.signed(-0.001, 2), "0.00");
}

/// Every Rust file under `folder`, subfolders included.
fn rust_files(folder: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

#[test]
fn the_rooms_that_write_reader_text_format_numbers_only_here() {
    // A `{:.1}`-style format in views or charts would bypass the language's style.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for room in ["views", "charts", "map"] {
        let files = rust_files(&root.join(room));
        assert!(files.len() > 5, "{room}: {} files", files.len());
        for path in files {
            let source = std::fs::read_to_string(&path).unwrap();
            for (n, line) in source.lines().enumerate() {
                let decimals_format = line.contains("format!(") && line.contains(":.");
                assert!(!decimals_format, "{}:{}: use Locale::number or NumberStyle: {line}", path.display(), n + 1);
            }
        }
    }
}
