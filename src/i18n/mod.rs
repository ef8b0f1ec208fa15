//! PURE. Every user-visible string, per locale. A missing translation is a compile error:
//! each locale fills the whole [`Texts`] struct.
//!
//! Templates hold named placeholders such as `{year}`, filled by [`fill`].

mod en;
mod ja;
mod ko;
mod texts;
mod zh;

pub use texts::Texts;

use crate::data::Iso3;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub enum Locale {
    #[default]
    En,
    Zh,
    Ja,
    Ko,
}

impl Locale {
    pub const ALL: [Locale; 4] = [Locale::En, Locale::Zh, Locale::Ja, Locale::Ko];

    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Zh => "zh",
            Locale::Ja => "ja",
            Locale::Ko => "ko",
        }
    }

    pub fn parse(code: &str) -> Option<Locale> {
        let code = code.to_ascii_lowercase();
        let primary = code.split(['-', '_']).next().unwrap_or("");
        Locale::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The value of the page's `lang` attribute.
    pub fn html_lang(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Zh => "zh-Hans",
            Locale::Ja => "ja",
            Locale::Ko => "ko",
        }
    }

    /// The language's name in itself, for the language switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Zh => "中文",
            Locale::Ja => "日本語",
            Locale::Ko => "한국어",
        }
    }

    pub fn texts(self) -> &'static Texts {
        match self {
            Locale::En => &en::TEXTS,
            Locale::Zh => &zh::TEXTS,
            Locale::Ja => &ja::TEXTS,
            Locale::Ko => &ko::TEXTS,
        }
    }

    fn names(self) -> &'static Names {
        match self {
            Locale::En => &en::NAMES,
            Locale::Zh => &zh::NAMES,
            Locale::Ja => &ja::NAMES,
            Locale::Ko => &ko::NAMES,
        }
    }

    /// A country's name; the ISO3 code for a country the widget does not name.
    pub fn country(self, code: Iso3) -> String {
        match self.names().countries.iter().find(|(iso, _)| *iso == code.as_str()) {
            Some((_, name)) => (*name).to_string(),
            None => code.as_str().to_string(),
        }
    }

    /// The name of a WITS product group (by index 0-15).
    pub fn wits_group(self, index: usize) -> &'static str {
        self.names().wits_groups.get(index).copied().unwrap_or("?")
    }

    /// The name of an HS chapter (by index into `HS2_CHAPTERS`).
    pub fn hs2_chapter(self, index: usize) -> &'static str {
        self.names().hs2_chapters.get(index).copied().unwrap_or("?")
    }

    /// The name of a WIOD goods industry (index 0-15 for c1-c16).
    pub fn wiod_goods_industry(self, index: usize) -> &'static str {
        self.names().wiod_goods_industries.get(index).copied().unwrap_or("?")
    }

    /// The name of an HS section (by index 0-20).
    pub fn hs_section(self, index: usize) -> &'static str {
        self.names().hs_sections.get(index).copied().unwrap_or("?")
    }
}

/// Names of countries and products.
pub struct Names {
    /// ISO3 code and name, for the 15 RCEP members and `WLD`.
    pub countries: [(&'static str, &'static str); 16],
    pub wits_groups: [&'static str; 16],
    pub hs_sections: [&'static str; 21],
    /// The HS chapters in `HS2_CHAPTERS` order (01-97 without 77, and 99).
    pub hs2_chapters: [&'static str; crate::data::hs2::HS2_CHAPTERS.len()],
    /// The WIOD goods industries c1-c16.
    pub wiod_goods_industries: [&'static str; crate::data::wiod::GOODS_INDUSTRY_COUNT],
}

/// Joins items as a sentence list: "a, b and c".
pub fn join_list(texts: &Texts, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => format!("{}{}{}", init.join(texts.list_separator), texts.list_and, last),
    }
}

/// Fills `{name}` placeholders of a template.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let chapters = crate::data::hs2::HS2_CHAPTERS.len();
        let industries = crate::data::wiod::GOODS_INDUSTRY_COUNT;
        let lists = |locale: Locale| -> Vec<Vec<&'static str>> {
            vec![
                (0..16).map(|i| locale.wits_group(i)).collect(),
                (0..21).map(|i| locale.hs_section(i)).collect(),
                (0..chapters).map(|i| locale.hs2_chapter(i)).collect(),
                (0..industries).map(|i| locale.wiod_goods_industry(i)).collect(),
            ]
        };
        for locale in Locale::ALL {
            for code in crate::data::RCEP_MEMBERS {
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

    #[test]
    fn templates_keep_their_placeholders_in_every_locale() {
        let en = Locale::En.texts();
        for locale in [Locale::Zh, Locale::Ja, Locale::Ko] {
            let t = locale.texts();
            for (english, translated) in [
                (en.tci_takeaway, t.tci_takeaway),
                (en.rca_takeaway, t.rca_takeaway),
                (en.rca_gradient, t.rca_gradient),
                (en.esi_takeaway, t.esi_takeaway),
                (en.tsc_takeaway, t.tsc_takeaway),
                (en.ties_takeaway, t.ties_takeaway),
                (en.no_data_for_year, t.no_data_for_year),
                (en.tci_heatmap_title, t.tci_heatmap_title),
                (en.url_ignored, t.url_ignored),
                (en.missing_sections, t.missing_sections),
                (en.tci_oil_note, t.tci_oil_note),
                (en.rca_lines_title, t.rca_lines_title),
                (en.esi_stacked_title, t.esi_stacked_title),
                (en.rca_count_first, t.rca_count_first),
                (en.rca_count_next, t.rca_count_next),
                (en.esi_trend, t.esi_trend),
                (en.tsc_count_first, t.tsc_count_first),
                (en.tsc_count_next, t.tsc_count_next),
                (en.tci_lines_title, t.tci_lines_title),
                (en.article_semis_overlap, t.article_semis_overlap),
                (en.chart_error, t.chart_error),
                (en.dataset_error, t.dataset_error),
                (en.parks_takeaway, t.parks_takeaway),
                (en.parks_list_title, t.parks_list_title),
                (en.map_description, t.map_description),
                (en.trade_links_note, t.trade_links_note),
                (en.see_rca, t.see_rca),
                (en.qualifier_approximately, t.qualifier_approximately),
                (en.qualifier_over, t.qualifier_over),
                (en.qualifier_nearly, t.qualifier_nearly),
                (en.qualifier_around, t.qualifier_around),
                (en.between_takeaway, t.between_takeaway),
                (en.chains_takeaway, t.chains_takeaway),
                (en.download_sources_line, t.download_sources_line),
                (en.download_unit_line, t.download_unit_line),
                (en.download_failed, t.download_failed),
                (en.check_article_bar, t.check_article_bar),
                (en.check_data_bar, t.check_data_bar),
                (en.check_note_machinery, t.check_note_machinery),
                (en.check_note_precovid, t.check_note_precovid),
                (en.check_note_trend, t.check_note_trend),
                (en.chains_lines_title, t.chains_lines_title),
                (en.chains_industries_title, t.chains_industries_title),
                (en.chains_industries_description, t.chains_industries_description),
                (en.chains_bar_note, t.chains_bar_note),
                (en.between_tci_title, t.between_tci_title),
                (en.between_tci_description, t.between_tci_description),
                (en.between_words, t.between_words),
                (en.between_monthly_title, t.between_monthly_title),
                (en.between_monthly_description, t.between_monthly_description),
                (en.between_reported_by, t.between_reported_by),
                (en.between_gap_title, t.between_gap_title),
                (en.between_top_title, t.between_top_title),
                (en.between_top_description, t.between_top_description),
                (en.between_top_note, t.between_top_note),
                (en.between_machinery_title, t.between_machinery_title),
                (en.between_gl_title, t.between_gl_title),
                (en.between_gl_chapters_title, t.between_gl_chapters_title),
                (en.between_gl_chapters_description, t.between_gl_chapters_description),
                (en.between_chapters_note, t.between_chapters_note),
                (en.between_exports_column, t.between_exports_column),
                (en.between_tsc_title, t.between_tsc_title),
                (en.between_tsc_description, t.between_tsc_description),
                (en.between_tsc_negative, t.between_tsc_negative),
                (en.between_tsc_positive, t.between_tsc_positive),
            ] {
                assert_eq!(placeholders(english), placeholders(translated), "{locale:?}: {translated}");
            }
        }
    }

    fn placeholders(template: &str) -> Vec<String> {
        let mut found: Vec<String> = template
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_string()))
            .collect();
        found.sort();
        found
    }

    #[test]
    fn fill_replaces_every_placeholder() {
        assert_eq!(fill("{a} and {b}, {a}", &[("a", "1"), ("b", "2")]), "1 and 2, 1");
    }
}
