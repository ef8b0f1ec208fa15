//! PURE. Every user-visible string, per locale. A missing translation is a compile error:
//! each locale fills the whole [`Texts`] struct.
//!
//! Templates hold named placeholders such as `{year}`, filled by [`fill`].

mod en;
mod ja;
mod ko;
mod zh;

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

/// Every sentence and label of the interface.
pub struct Texts {
    // Frame.
    pub app_title: &'static str,
    pub app_subtitle: &'static str,
    pub language_label: &'static str,
    pub views_label: &'static str,
    pub year_label: &'static str,
    pub previous_year: &'static str,
    pub next_year: &'static str,
    pub show_table: &'static str,
    pub hide_table: &'static str,
    pub how_computed: &'static str,
    pub in_words: &'static str,
    pub formula: &'static str,
    pub classification: &'static str,
    pub years: &'static str,
    pub caveats: &'static str,
    pub source_label: &'static str,
    pub no_data: &'static str,
    pub no_data_for_year: &'static str,
    pub share_link: &'static str,
    pub link_copied: &'static str,
    pub copy_failed: &'static str,
    pub embed_view: &'static str,
    pub embed_help: &'static str,
    pub copy: &'static str,
    pub get_data: &'static str,
    pub data_table_csv: &'static str,
    pub data_sources_doc: &'static str,
    pub open_full_widget: &'static str,
    pub chart_keyboard_hint: &'static str,
    pub legend_hint: &'static str,
    pub chart_error: &'static str,
    pub dataset_error: &'static str,
    pub url_ignored: &'static str,
    pub dismiss: &'static str,
    pub computed_in_browser: &'static str,
    pub year_column: &'static str,
    pub country_column: &'static str,
    pub product_column: &'static str,
    pub pair_arrow: &'static str,
    pub missing_sections: &'static str,
    pub same_country: &'static str,
    pub flow_exports: &'static str,
    pub flow_imports: &'static str,
    pub list_separator: &'static str,
    pub list_and: &'static str,
    pub rca_count_first: &'static str,
    pub rca_count_next: &'static str,
    pub esi_trend: &'static str,
    pub tsc_count_first: &'static str,
    pub tsc_count_next: &'static str,

    // Tabs.
    pub tab_complementarity: &'static str,
    pub tab_advantage: &'static str,
    pub tab_competition: &'static str,
    pub tab_division: &'static str,
    pub tab_ties: &'static str,
    pub tab_article: &'static str,
    pub tab_parks: &'static str,

    // Complementarity (TCI).
    pub tci_title: &'static str,
    pub tci_takeaway: &'static str,
    pub tci_lines_title: &'static str,
    pub tci_heatmap_title: &'static str,
    pub tci_axis: &'static str,
    pub tci_exporter_axis: &'static str,
    pub tci_importer_axis: &'static str,
    pub tci_legend_low: &'static str,
    pub tci_legend_high: &'static str,
    pub tci_select_hint: &'static str,
    pub tci_selected_pair: &'static str,
    pub tci_clear_pair: &'static str,
    pub tci_lines_description: &'static str,
    pub tci_heatmap_description: &'static str,
    pub tci_words: &'static str,
    pub tci_formula: &'static str,
    pub tci_symbols: &'static str,
    pub oec_classification: &'static str,
    pub oec_caveat_rounding: &'static str,
    pub oec_caveat_missing: &'static str,
    pub oec_caveat_baci: &'static str,
    pub oec_source: &'static str,

    // Comparative advantage (RCA).
    pub rca_title: &'static str,
    pub rca_takeaway: &'static str,
    pub rca_gradient: &'static str,
    pub rca_heatmap_title: &'static str,
    pub rca_lines_title: &'static str,
    pub rca_axis: &'static str,
    pub rca_reference: &'static str,
    pub rca_product_axis: &'static str,
    pub rca_country_axis: &'static str,
    pub rca_legend_low: &'static str,
    pub rca_legend_high: &'static str,
    pub rca_add_country: &'static str,
    pub rca_remove_country: &'static str,
    pub rca_product_label: &'static str,
    pub rca_no_wits_file: &'static str,
    pub rca_heatmap_description: &'static str,
    pub rca_lines_description: &'static str,
    pub rca_select_hint: &'static str,
    pub rca_words: &'static str,
    pub rca_formula: &'static str,
    pub rca_symbols: &'static str,
    pub rca_caveat_world: &'static str,
    pub wits_classification: &'static str,
    pub wits_caveat_coverage: &'static str,
    pub wits_caveat_groups: &'static str,
    pub wits_source: &'static str,

    // Competition (ESI).
    pub esi_title: &'static str,
    pub esi_takeaway: &'static str,
    pub esi_lines_title: &'static str,
    pub esi_axis: &'static str,
    pub esi_classification_label: &'static str,
    pub esi_option_wits: &'static str,
    pub esi_option_oec: &'static str,
    pub esi_stacked_title: &'static str,
    pub esi_share_label: &'static str,
    pub esi_exports_label: &'static str,
    pub esi_incomplete: &'static str,
    pub esi_lines_description: &'static str,
    pub esi_stacked_description: &'static str,
    pub esi_words: &'static str,
    pub esi_formula: &'static str,
    pub esi_symbols: &'static str,

    // Division of labour (TSC, GL).
    pub tsc_title: &'static str,
    pub tsc_takeaway: &'static str,
    pub tsc_bars_title: &'static str,
    pub tsc_negative: &'static str,
    pub tsc_positive: &'static str,
    pub tsc_bars_description: &'static str,
    pub gl_lines_title: &'static str,
    pub gl_axis: &'static str,
    pub gl_note: &'static str,
    pub gl_lines_description: &'static str,
    pub tsc_words: &'static str,
    pub tsc_formula: &'static str,
    pub tsc_symbols: &'static str,
    pub gl_symbols: &'static str,

    // Trade ties (bilateral totals, TII).
    pub ties_title: &'static str,
    pub ties_takeaway: &'static str,
    pub ties_totals_title: &'static str,
    pub ties_totals_axis: &'static str,
    pub ties_tii_title: &'static str,
    pub ties_tii_axis: &'static str,
    pub ties_tii_reference: &'static str,
    pub ties_gaps_note: &'static str,
    pub ties_totals_description: &'static str,
    pub ties_tii_description: &'static str,
    pub ties_words: &'static str,
    pub ties_formula: &'static str,
    pub ties_symbols: &'static str,
    pub ties_caveat_reporter: &'static str,
    pub usd_bn: &'static str,

    // From the article.
    pub article_title: &'static str,
    pub article_takeaway: &'static str,
    pub article_reports: &'static str,
    pub article_citation_label: &'static str,
    pub article_source_named: &'static str,
    pub article_semis_title: &'static str,
    pub article_semis_overlap: &'static str,
    pub article_investment_title: &'static str,
    pub article_sectors_title: &'static str,
    pub article_digital_title: &'static str,
    pub article_korea_title: &'static str,
    pub article_all_title: &'static str,
    pub article_table_english: &'static str,
    pub article_words: &'static str,
    pub region_china: &'static str,
    pub region_americas: &'static str,
    pub region_europe: &'static str,
    pub region_japan: &'static str,
    pub region_apac: &'static str,
    pub asean: &'static str,
    pub sector_manufacturing: &'static str,
    pub sector_transport_machinery: &'static str,
    pub sector_general_machinery: &'static str,
    pub sector_electrical_machinery: &'static str,
    pub sector_non_manufacturing: &'static str,
    pub sector_wholesale_retail: &'static str,
    pub sector_finance_insurance: &'static str,
    pub qualifier_approximately: &'static str,
    pub qualifier_over: &'static str,
    pub qualifier_nearly: &'static str,
    pub qualifier_around: &'static str,
    pub unit_percent_share: &'static str,
    pub unit_billion_usd: &'static str,
    pub unit_trillion_won: &'static str,
    pub unit_billion_yen: &'static str,
    pub unit_trillion_yen: &'static str,
    pub unit_trillion_yuan: &'static str,
    pub unit_yoy_percent: &'static str,
    pub korea_chip_share_label: &'static str,
    pub korea_chip_share_note: &'static str,
    pub korea_global_share_label: &'static str,
    pub korea_investment_label: &'static str,
    pub korea_chip_act_label: &'static str,
    pub china_sales_label: &'static str,
    pub jp_mfg_share_label: &'static str,
    pub jp_wholesale_value_label: &'static str,
    pub article_column_metric: &'static str,
    pub article_column_value: &'static str,
    pub article_column_period: &'static str,
    pub article_column_source: &'static str,

    // Cooperation parks.
    pub parks_title: &'static str,
    pub parks_takeaway: &'static str,
    pub parks_approx: &'static str,
    pub parks_partner_label: &'static str,
    pub partner_all: &'static str,
    pub partner_japan: &'static str,
    pub partner_korea: &'static str,
    pub parks_period_label: &'static str,
    pub parks_from: &'static str,
    pub parks_to: &'static str,
    pub parks_any: &'static str,
    pub parks_keyword_label: &'static str,
    pub parks_keyword_placeholder: &'static str,
    pub parks_clear_filters: &'static str,
    pub parks_list_title: &'static str,
    pub parks_none_match: &'static str,
    pub zoom_in: &'static str,
    pub zoom_out: &'static str,
    pub zoom_reset: &'static str,
    pub map_keyboard_hint: &'static str,
    pub map_description: &'static str,
    pub legend_cn_jp: &'static str,
    pub legend_cn_kr: &'static str,
    pub legend_kr_cn: &'static str,
    pub card_close: &'static str,
    pub field_name_en: &'static str,
    pub field_name_zh: &'static str,
    pub field_partner: &'static str,
    pub field_host: &'static str,
    pub field_location: &'static str,
    pub field_approval: &'static str,
    pub field_launched: &'static str,
    pub field_industries: &'static str,
    pub field_area: &'static str,
    pub field_coordinates: &'static str,
    pub field_sources: &'static str,
    pub field_notes: &'static str,
    pub src_name: &'static str,
    pub src_approval: &'static str,
    pub src_location: &'static str,
    pub src_industries: &'static str,
    pub src_area: &'static str,
    pub trade_links_title: &'static str,
    pub trade_links_note: &'static str,
    pub trade_links_services: &'static str,
    pub see_rca: &'static str,
    pub parks_source: &'static str,
    pub parks_method_words: &'static str,
    pub map_projection: &'static str,
    pub area_none: &'static str,
    pub basis_label: &'static str,
    pub precision_label: &'static str,
    pub map_wheel_hint: &'static str,
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
        for locale in Locale::ALL {
            for code in crate::data::RCEP_MEMBERS {
                assert_ne!(locale.country(code), code.as_str(), "{locale:?} {code}");
            }
            assert!((0..16).all(|i| !locale.wits_group(i).is_empty()));
            assert!((0..21).all(|i| !locale.hs_section(i).is_empty()));
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
