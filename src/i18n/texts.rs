//! The list of every user-visible text; each locale file fills all of it.
//!
//! The struct is written through a macro so that its field names are also a list
//! ([`Texts::KEYS`]): the translation files the browser fetches (`i18n::bundle`) are read and
//! written in that order without a hand-kept copy of the names.

macro_rules! texts_struct {
    ($(#[$struct_doc:meta])* pub struct Texts { $($(#[$doc:meta])* pub $field:ident: &'static str,)* }) => {
        $(#[$struct_doc])*
        pub struct Texts {
            $($(#[$doc])* pub $field: &'static str,)*
        }

        impl Texts {
            /// Every field's name, in declaration order.
            pub const KEYS: &'static [&'static str] = &[$(stringify!($field)),*];

            /// Every field's text, in the order of [`Texts::KEYS`].
            pub fn values(&self) -> Vec<&'static str> {
                vec![$(self.$field),*]
            }

            /// The texts from values in the order of [`Texts::KEYS`]; `None` when there are
            /// fewer values than fields.
            pub fn from_values(values: &[&'static str]) -> Option<Texts> {
                let mut next = values.iter().copied();
                Some(Texts { $($field: next.next()?,)* })
            }
        }
    };
}

texts_struct! {
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
    pub embed_choice: &'static str,
    pub embed_whole_view: &'static str,
    /// The embed dialog's colour-theme picker and its three choices.
    pub embed_theme: &'static str,
    pub embed_allow_upload: &'static str,
    pub theme_auto: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,
    pub embed_script_label: &'static str,
    pub embed_iframe_label: &'static str,
    pub embed_help: &'static str,
    pub copy: &'static str,
    pub get_data: &'static str,
    pub data_table_csv: &'static str,
    pub data_sources_doc: &'static str,
    pub open_full_widget: &'static str,
    pub chart_keyboard_hint: &'static str,
    pub chart_span: &'static str,
    pub chart_extremes: &'static str,
    /// A journalist's note on a line chart: {year}, {text}.
    pub chart_note: &'static str,
    /// A note pinned to a bar or a cell, named by `{item}`.
    pub chart_item_note: &'static str,
    /// The latest year's highest and lowest line: {year}, {max_at}, {max}, {min_at}, {min}.
    pub chart_latest: &'static str,
    /// The leading line's change: {series}, {from}, {first}, {to}, {last}.
    pub chart_trend: &'static str,
    pub legend_hint: &'static str,
    pub chart_error: &'static str,
    pub dataset_error: &'static str,
    pub data_loading: &'static str,
    pub url_ignored: &'static str,
    pub dismiss: &'static str,
    pub computed_in_browser: &'static str,
    pub year_column: &'static str,
    pub country_column: &'static str,
    pub product_column: &'static str,
    pub pair_arrow: &'static str,
    pub list_separator: &'static str,
    pub list_and: &'static str,

    // Tabs.
    pub tab_complementarity: &'static str,
    pub tab_advantage: &'static str,
    pub tab_competition: &'static str,
    pub tab_division: &'static str,
    pub tab_ties: &'static str,
    pub tab_article: &'static str,
    pub tab_parks: &'static str,

    // Complementarity (TCI).
    pub tci_axis: &'static str,
    pub oec_classification: &'static str,
    pub oec_caveat_rounding: &'static str,
    pub oec_caveat_absent_zero: &'static str,
    pub oec_caveat_baci: &'static str,
    pub oec_source: &'static str,

    // Comparative advantage (RCA).
    pub wits_classification: &'static str,
    pub wits_caveat_coverage: &'static str,
    pub wits_source: &'static str,

    // Division of labour (TSC, GL).
    pub gl_axis: &'static str,

    // Trade ties (bilateral totals, TII).
    pub ties_totals_axis: &'static str,

    // From the article.
    pub article_reports: &'static str,

    // Cooperation parks.
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
    pub card_close: &'static str,
    pub field_sources: &'static str,
    pub trade_links_title: &'static str,
    pub map_wheel_hint: &'static str,

    // Between the three.
    pub tab_between: &'static str,
    pub month_column: &'static str,
    pub atlas_caveat_reconciled: &'static str,
    pub atlas_source: &'static str,
    pub between_flow_label: &'static str,

    // Value chains.
    pub tab_chains: &'static str,


    // Downloads.
    pub download_png: &'static str,
    pub download_csv: &'static str,
    pub download_svg: &'static str,
    pub download_label: &'static str,
    /// The downloads' label under a panel that is a table only.
    pub download_table_label: &'static str,
    pub download_sources_line: &'static str,
    pub download_unit_line: &'static str,
    pub download_failed: &'static str,


    // What a link setting should have been.
    pub url_expected_one_of: &'static str,
    pub url_expected_such_as: &'static str,
    pub url_wanted_year: &'static str,
    pub url_wanted_rcep_pair: &'static str,
    pub url_wanted_rcep_countries: &'static str,
    pub url_wanted_product_group: &'static str,
    pub url_wanted_series_keys: &'static str,
    pub url_wanted_park_id: &'static str,
    pub url_wanted_map_view: &'static str,
    pub url_wanted_chart: &'static str,
    pub url_wanted_flow: &'static str,
    pub url_wanted_working: &'static str,
    /// A text the link cut or refused: {max} characters.
    pub url_wanted_text: &'static str,
    pub url_wanted_note: &'static str,
    /// The hint under a tooltip whose values open their working.
    pub why_button: &'static str,
    /// The accessible name of a value's working button: {value}, {series}, {year}.
    pub why_value_label: &'static str,
    pub data_not_loaded: &'static str,
    /// Before and after a sum in the language's unit (`Locale::usd`).
    pub usd_prefix: &'static str,
    pub usd_suffix: &'static str,

    // Forms for exactly one, where English changes the noun (the templates above are for other counts).
    pub data_failed: &'static str,
    /// A view whose code (a chunk of the wasm) could not be fetched.
    pub code_failed: &'static str,
    pub try_again: &'static str,
    pub own_data_country: &'static str,
    pub own_data_title: &'static str,
    pub own_data_privacy: &'static str,
    pub own_data_choose: &'static str,
    pub own_data_drop: &'static str,
    pub own_data_reading: &'static str,
    pub own_data_loaded: &'static str,
    pub own_data_remove: &'static str,
    pub own_data_reset: &'static str,
    pub own_data_group: &'static str,
    pub own_data_error: &'static str,
    pub own_data_too_large: &'static str,
    pub own_data_not_text: &'static str,
    pub own_data_empty: &'static str,
    pub own_data_wrong_format: &'static str,
    pub own_data_chart_csv: &'static str,
    pub own_data_unknown_indicator: &'static str,
    pub own_data_bad_number: &'static str,
    pub own_data_not_a_year: &'static str,
    pub own_data_duplicate_row: &'static str,
    pub own_data_field_count: &'static str,
    pub own_data_reporter: &'static str,
    pub own_data_bad_row: &'static str,
    pub own_data_syntax: &'static str,
    pub own_data_no_values: &'static str,
    pub own_data_codes_used_up: &'static str,
    pub own_data_here: &'static str,
    pub own_data_here_esi: &'static str,
    pub own_data_not_here: &'static str,
    pub own_data_compare_label: &'static str,
    pub own_data_link_notice: &'static str,
    /// A language's texts could not be fetched: {language} (its own name), {reason}.
    pub translation_failed: &'static str,
}
}
