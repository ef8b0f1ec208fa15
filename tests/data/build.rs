//! The committed dataset equals a fresh build, builds are byte-identical, and the embedded
//! copies parse.

use crate::support;

use cjk_trade_widget::data::article::{parse_article_figures, EMBEDDED_ARTICLE_FIGURES_CSV};
use cjk_trade_widget::data::build::{build_dataset, default_output_dir, stale_parts};
use cjk_trade_widget::data::parks::{parse_parks, EMBEDDED_PARKS_CSV};
use cjk_trade_widget::data::parts::{translation_file_name, Manifest};
use cjk_trade_widget::data::{embedded, Classification, Flow, Iso3, Source};
use cjk_trade_widget::i18n::{translation_file, translation_files, FETCHED_LOCALES};
use cjk_trade_widget::views::{default_data_parts, text_groups};

#[test]
#[ignore = "needs ../shared/data: `make test` runs it with --ignored (and CI fails without it)"]
fn committed_files_equal_a_fresh_build() {
    let Some(raw) = support::require("../shared/data", support::shared_data_dir()) else { return };
    let first = build_dataset(&raw, &default_data_parts(), &translation_files(text_groups).unwrap())
        .expect("the raw data build");
    let second = build_dataset(&raw, &default_data_parts(), &translation_files(text_groups).unwrap())
        .expect("the raw data build");
    assert_eq!(first.files, second.files, "two builds differ");
    for (name, bytes) in &first.files {
        let committed = std::fs::read(default_output_dir().join(name))
            .unwrap_or_else(|e| panic!("www/data/{name}: {e}; run `make data`"));
        assert!(committed == *bytes, "www/data/{name} differs from a fresh build; run `make data`");
    }
    assert_eq!(stale_parts(&first, &default_output_dir()), Ok(vec![]), "www/data/parts holds files no build writes");
}

#[test]
#[ignore = "needs ../shared/data: `make test` runs it with --ignored (and CI fails without it)"]
fn build_reports_skips_and_problems_instead_of_dropping_silently() {
    let Some(raw) = support::require("../shared/data", support::shared_data_dir()) else { return };
    let output = build_dataset(&raw, &default_data_parts(), &translation_files(text_groups).unwrap()).unwrap();
    assert!(output.skipped.iter().all(|s| !s.reason.is_empty() && s.line > 0));
    assert!(output.skipped.iter().any(|s| s.reason.contains("top-5 partner row")));
    // Brunei's 2010 exports lack two sections: reported, not filled.
    assert!(output.problems.iter().any(|p| p.reporter.as_str() == "BRN" && p.year == 2010));
    let sources_md =
        String::from_utf8(output.files.iter().find(|(n, _)| n == "SOURCES.md").unwrap().1.clone()).unwrap();
    for needle in ["wits.worldbank.org", "oec.world", "CC BY 4.0", "Licence", "3 significant digits", "BRN 2010"] {
        assert!(sources_md.contains(needle), "SOURCES.md lacks {needle:?}");
    }
}

/// The translation files the browser fetches hold exactly the texts in `src/i18n/`, and the
/// manifest names them. Runs without ../shared/data, so that a text edited without `make data`
/// fails here rather than in a reader's browser.
#[test]
fn committed_translation_files_equal_the_texts_in_the_source() {
    let folder = default_output_dir().join("parts");
    let manifest = Manifest::parse(&std::fs::read_to_string(folder.join("manifest.txt")).unwrap()).unwrap();
    for locale in FETCHED_LOCALES {
        let expected = translation_file(locale, &text_groups(locale)).unwrap();
        let name = manifest
            .translation_of(locale.code())
            .unwrap_or_else(|| panic!("the manifest lacks {locale:?}; run `make data`"));
        assert_eq!(
            name,
            translation_file_name(locale.code(), expected.as_bytes()),
            "{locale:?} is stale; run `make data`"
        );
        let committed = std::fs::read_to_string(folder.join(name)).unwrap();
        assert!(committed == expected, "www/data/parts/{name} differs from src/i18n; run `make data`");
    }
}

#[test]
fn embedded_files_parse_and_hold_the_expected_coverage() {
    let ds = embedded().expect("embedded trade.csv parses");
    assert!(ds.record_count() > 15_000);
    assert_eq!(ds.years(Source::Oec, Classification::HsSection), (2010..=2018).collect::<Vec<_>>());
    assert_eq!(ds.years(Source::Wits, Classification::Wits16), (1988..=2019).collect::<Vec<_>>());
    // A value checked by hand against en_CHN_AllYears_WITS_Trade_Summary.CSV: Animal 2019 = 16105.72 US$ Mil.
    let key = cjk_trade_widget::data::SeriesKey {
        source: Source::Wits,
        classification: Classification::Wits16,
        flow: Flow::Export,
        reporter: Iso3::CHN,
        partner: Iso3::WORLD,
        year: 2019,
    };
    assert_eq!(ds.product_values(&key).unwrap()[0].unwrap().usd, 16_105_720_000.0);
    // The 44 figures of the shared figures.csv and the 6 it leaves out (`article_corrections.rs`).
    assert_eq!(parse_article_figures(EMBEDDED_ARTICLE_FIGURES_CSV).unwrap().len(), 50);
    assert_eq!(parse_parks(EMBEDDED_PARKS_CSV).unwrap().len(), 13);
}

/// The compact parts the browser fetches hold exactly the values of `trade.csv`, to the bit,
/// and the manifest names every part with its content hash.
#[test]
fn committed_parts_decode_to_exactly_the_canonical_values() {
    use cjk_trade_widget::data::parts::{hashed_file_name, DataPart, Manifest};
    use cjk_trade_widget::data::slice::decode_slice;
    let dir = default_output_dir().join("parts");
    let manifest = Manifest::parse(&std::fs::read_to_string(dir.join("manifest.txt")).unwrap()).unwrap();
    let ds = embedded().unwrap();
    let mut decoded_values = 0;
    for part in DataPart::ALL {
        let name = manifest.file_of(part).unwrap_or_else(|| panic!("the manifest lacks {part:?}"));
        let bytes = std::fs::read(dir.join(name)).unwrap();
        assert_eq!(name, hashed_file_name(part, &bytes), "{name} does not carry its content hash");
        let Some((source, classification)) = part.trade_slice() else { continue };
        let slice = decode_slice(&bytes).unwrap();
        assert_eq!((slice.source, slice.classification), (source, classification));
        for (key, values) in &slice.series {
            let canonical = ds.product_values(key).unwrap_or_else(|| panic!("{key:?} is not in trade.csv"));
            for (a, b) in values.iter().zip(canonical) {
                assert_eq!(
                    a.map(|v| (v.usd.to_bits(), v.precision)),
                    b.map(|v| (v.usd.to_bits(), v.precision)),
                    "{key:?}"
                );
            }
        }
        decoded_values += slice.value_count();
    }
    assert_eq!(decoded_values, ds.record_count(), "every value of trade.csv is in exactly one part");
    let views: Vec<&str> = manifest.views.iter().map(|(v, _)| v.as_str()).collect();
    assert_eq!(views, ["tci", "rca", "esi", "tsc", "ties", "between", "chains", "article", "parks"]);
}
