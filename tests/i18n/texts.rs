//! Every language: complete texts, the same placeholders as English, names for every country
//! and product, and the fill and list helpers.

use cjk_trade_widget::data::Iso3;
use cjk_trade_widget::i18n::TextGroup;
use cjk_trade_widget::i18n::*;
use cjk_trade_widget::state::View;
use cjk_trade_widget::views::between::texts::BetweenTexts;
use cjk_trade_widget::views::parks::texts::ParksTexts;
use cjk_trade_widget::views::text_groups;

#[test]
fn locale_codes_parse_with_regions() {
    assert_eq!(Locale::parse("zh-CN"), Some(Locale::Zh));
    assert_eq!(Locale::parse("KO"), Some(Locale::Ko));
    assert_eq!(Locale::parse("fr"), None);
    for locale in Locale::ALL {
        assert_eq!(Locale::parse(locale.code()), Some(locale));
    }
}

#[test]
fn every_locale_names_every_country_and_product() {
    use std::collections::BTreeSet;
    let chapters = cjk_trade_widget::data::hs2::HS2_CHAPTERS.len();
    let industries = cjk_trade_widget::data::wiod::GOODS_INDUSTRY_COUNT;
    let lists = |locale: Locale| -> Vec<Vec<&'static str>> {
        vec![
            (0..16).map(|i| locale.wits_group(i)).collect(),
            (0..21).map(|i| locale.hs_section(i)).collect(),
            (0..chapters).map(|i| locale.hs2_chapter(i)).collect(),
            (0..industries).map(|i| locale.wiod_goods_industry(i)).collect(),
        ]
    };
    for locale in Locale::ALL {
        for code in cjk_trade_widget::data::RCEP_MEMBERS {
            assert_ne!(locale.country(code), code.as_str(), "{locale:?} {code}");
        }
        // Every name is there, and no two products of one list share a name.
        for list in lists(locale) {
            assert!(list.iter().all(|name| !name.is_empty() && *name != "?"), "{locale:?}: {list:?}");
            assert_eq!(list.iter().collect::<BTreeSet<_>>().len(), list.len(), "{locale:?}: a name repeats");
        }
    }
    // The other languages translate the names rather than repeat the English ones.
    let english = lists(Locale::En);
    for locale in [Locale::Zh, Locale::Ja, Locale::Ko] {
        for (translated, english) in lists(locale).iter().zip(&english) {
            let untranslated: Vec<_> = translated.iter().zip(english).filter(|(t, e)| t == e).collect();
            assert!(untranslated.is_empty(), "{locale:?}: {untranslated:?}");
        }
    }
}

/// The `key: "text"` entries of a locale's source file, in order. Read from the source, so
/// that every key of `Texts` is checked without a hand-kept list.
#[cfg(not(target_arch = "wasm32"))]
fn entries(locale: Locale) -> Vec<(String, String)> {
    let path = format!("{}/src/i18n/{}.rs", env!("CARGO_MANIFEST_DIR"), locale.code());
    let source = std::fs::read_to_string(path).unwrap();
    let body = &source[source.find("pub const TEXTS").expect("a TEXTS constant")..];
    body.lines()
        .filter_map(|line| {
            let (key, rest) = line.trim().split_once(": \"")?;
            let text = rest.strip_suffix("\",")?;
            key.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
                .then(|| (key.to_string(), text.to_string()))
        })
        .collect()
}

#[test]
#[cfg(not(target_arch = "wasm32"))]
fn templates_keep_their_placeholders_in_every_locale() {
    let english = entries(Locale::En);
    let keys: Vec<&str> = english.iter().map(|(key, _)| key.as_str()).collect();
    assert_eq!(keys, Texts::KEYS, "every field of Texts is read, in order");
    for locale in [Locale::Zh, Locale::Ja, Locale::Ko] {
        let translated = entries(locale);
        let keys = |entries: &[(String, String)]| entries.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>();
        assert_eq!(keys(&translated), keys(&english), "{locale:?} lists the same keys in the same order");
        for ((key, english), (_, text)) in english.iter().zip(&translated) {
            assert_eq!(placeholders(english), placeholders(text), "{locale:?} {key}: {text}");
        }
    }
}

fn placeholders(template: &str) -> Vec<String> {
    let mut found: Vec<String> =
        template.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_string())).collect();
    found.sort();
    found
}

#[test]
fn sums_of_dollars_use_each_languages_unit() {
    let usd = 147_600_000_000.0;
    assert_eq!(Locale::En.usd(usd, 1), "US$147.6 bn");
    assert_eq!(Locale::Zh.usd(usd, 1), "1,476亿美元");
    assert_eq!(Locale::Ja.usd(usd, 1), "1,476億ドル");
    assert_eq!(Locale::Ko.usd(usd, 1), "1,476억 달러");
    assert_eq!(Locale::En.usd(1_671_000_000_000.0, 0), "US$1,671 bn");
    assert_eq!(Locale::Zh.usd(-2_500_000_000.0, 2), "\u{2212}25.0亿美元");
    // No other text of a Chinese, Japanese or Korean page names billions of dollars.
    for (locale, billions) in [(Locale::Zh, "十亿美元"), (Locale::Ja, "十億ドル"), (Locale::Ko, "십억 달러")]
    {
        let source = std::fs::read_to_string(format!("{}/src/i18n/{}.rs", env!("CARGO_MANIFEST_DIR"), locale.code()));
        assert!(!source.unwrap().contains(billions), "{locale:?}");
    }
}

#[test]
fn counts_of_one_read_in_the_singular() {
    let t = BetweenTexts::of(Locale::En);
    let one = fill_count(t.between_top_note_one, t.between_top_note, 1, &[("share", "12.5")]);
    assert_eq!(one, "This chapter is 12.5% of the flow.");
    let ten = fill_count(t.between_top_note_one, t.between_top_note, 10, &[("share", "80.0")]);
    assert_eq!(ten, "These 10 chapters are 80.0% of the flow.");
    let parks = ParksTexts::of(Locale::En);
    assert!(fill_count(parks.map_description_one, parks.map_description, 1, &[])
        .starts_with("Map of East Asia with 1 cooperation site:"));
    let zh = BetweenTexts::of(Locale::Zh);
    assert_eq!(fill_count(zh.between_top_note_one, zh.between_top_note, 1, &[("share", "9")]), "这1章占该流向的9%。");
}

/// Every view's own texts (`views/<view>/texts.rs`), the workings' (`views/shared/
/// working_texts.rs`) and the embed editor's (`views/shared/editor_texts.rs`), in every language, keep the English placeholders, and no language leaves
/// a text empty where English has one.
#[test]
#[cfg(not(target_arch = "wasm32"))]
fn every_views_texts_keep_their_placeholders_in_every_locale() {
    let english = text_groups(Locale::En);
    assert_eq!(
        english.len(),
        View::ALL.len() + 2,
        "every view has its group of texts, and the workings and the editor theirs"
    );
    for locale in [Locale::Zh, Locale::Ja, Locale::Ko] {
        let translated = text_groups(locale);
        for (english, translated) in english.iter().zip(&translated) {
            assert_eq!(english.keys, translated.keys, "{locale:?} {}", english.name);
            for ((key, english), text) in english.keys.iter().zip(&english.values).zip(&translated.values) {
                assert_eq!(placeholders(english), placeholders(text), "{locale:?} {}.{key}: {text}", translated.name);
                assert_eq!(english.is_empty(), text.is_empty(), "{locale:?} {}.{key}", translated.name);
            }
        }
    }
}

#[test]
fn a_locales_position_is_its_place_in_all() {
    for (place, locale) in Locale::ALL.into_iter().enumerate() {
        assert_eq!(locale.position(), place);
    }
    assert_eq!(Locale::Ko.country(Iso3::KOR), "한국");
    assert_eq!(Locale::Ja.country(Iso3::parse("USA").unwrap()), "アメリカ");
}

#[test]
fn fill_replaces_every_placeholder() {
    assert_eq!(fill("{a} and {b}, {a}", &[("a", "1"), ("b", "2")]), "1 and 2, 1");
}
