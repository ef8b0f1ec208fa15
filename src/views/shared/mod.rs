//! PURE. What every view shares and no view owns: the model types a view builds (panels,
//! legends, tables, the method note), the six pairs and their styles, year clamping, table
//! cells and the count takeaways. The line-panel spec (`line_panel`), the accessible
//! descriptions (`describe`), the table export (`export`) and the reader's own data
//! (`own_data`) live beside it.

pub mod controls;
pub mod describe;
pub mod editor_texts;
pub mod editorial;
pub mod export;
pub mod line_panel;
pub mod own_data;
pub mod working;
pub mod working_texts;

pub use controls::{flow_controls, no_controls, BuildControls, Chip, Choice, Control, Select};
pub use working::{no_working, no_working_panel, Working};

use crate::charts::line::Marker;
use crate::charts::palette::{self, Rgb};
use crate::charts::ChartSpec;
use crate::data::{Dataset, Iso3, Year};
use crate::i18n::{fill, Locale, Texts};
use crate::state::{AppState, View};

/// A data table beside a chart: the exact numbers behind it.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct DataTable {
    pub caption: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// `cell_why[row][column]`: the working key of a cell's value (`state::WhyKey`), which
    /// makes the cell a "Why this number?" button; empty when no cell has one.
    pub cell_why: Vec<Vec<Option<String>>>,
}

/// One entry of a chart's legend; toggleable entries show or hide a line.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendEntry {
    /// The state key (`panel:series`) the toggle flips.
    pub key: String,
    pub label: String,
    pub color: Rgb,
    pub dashed: bool,
    pub marker: Option<Marker>,
    pub hidden: bool,
    pub toggleable: bool,
}

impl LegendEntry {
    /// An entry that only says what a colour means (a bar's group), with no toggle.
    pub fn fixed(label: impl Into<String>, color: Rgb) -> LegendEntry {
        LegendEntry {
            key: String::new(),
            label: label.into(),
            color,
            dashed: false,
            marker: None,
            hidden: false,
            toggleable: false,
        }
    }
}

/// A figure shown as a number rather than a chart.
#[derive(Clone, Debug, PartialEq)]
pub struct StatCard {
    pub value: String,
    pub label: String,
    pub note: Option<String>,
    /// The card's source line as shown ("Source named in the article: …"), written by the view,
    /// whose texts are in its own chunk of code.
    pub source: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Panel {
    /// Stable id (`tci-lines`): DOM ids, test hooks, series keys.
    pub key: &'static str,
    pub title: String,
    pub chart: Option<ChartSpec>,
    /// What the chart shows, for screen readers.
    pub description: String,
    pub legend: Vec<LegendEntry>,
    pub cards: Vec<StatCard>,
    pub table: DataTable,
    pub notes: Vec<String>,
    /// How this chart works with the view's other charts ("select a cell to add its line to the
    /// chart above"): shown in the full view, left out of a single-chart embed.
    pub hint: Option<String>,
}

/// The "How is this computed?" disclosure.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Method {
    pub in_words: String,
    pub formulas: Vec<String>,
    pub symbols: Vec<String>,
    pub classification: String,
    pub years: String,
    pub caveats: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ViewModel {
    pub view: View,
    pub title: String,
    pub takeaway: String,
    /// The years the slider offers (empty: the view has no year slider).
    pub years: Vec<Year>,
    /// The year shown, after clamping the reader's choice to `years`.
    pub year: Option<Year>,
    pub panels: Vec<Panel>,
    pub method: Method,
    /// The source line under the view: every chart names its source.
    pub source: String,
}

/// The reader's year, or the latest, moved to the nearest year the view has.
pub fn clamp_year(chosen: Option<Year>, years: &[Year]) -> Option<Year> {
    let last = *years.last()?;
    let chosen = chosen.unwrap_or(last);
    years.iter().copied().min_by_key(|y| (i32::from(*y) - i32::from(chosen)).abs())
}

/// The six ordered pairs of China, Japan and Korea.
pub fn focus_pairs() -> Vec<(Iso3, Iso3)> {
    let mut pairs = Vec::with_capacity(6);
    for e in crate::data::FOCUS_COUNTRIES {
        for i in crate::data::FOCUS_COUNTRIES.into_iter().filter(|i| *i != e) {
            pairs.push((e, i));
        }
    }
    pairs
}

/// The id of an ordered pair's line: "CHN>JPN" (the series key in links is the view's code, a
/// colon, then this).
pub fn series_id(exporter: Iso3, importer: Iso3) -> String {
    format!("{exporter}>{importer}")
}

/// The three unordered pairs of China, Japan and Korea, in that order.
pub const FOCUS_DUOS: [(Iso3, Iso3); 3] = [(Iso3::CHN, Iso3::JPN), (Iso3::CHN, Iso3::KOR), (Iso3::JPN, Iso3::KOR)];

/// The years present in a list of yearly records, in order, each once.
pub fn distinct_years(years: impl Iterator<Item = Year>) -> Vec<Year> {
    let mut years: Vec<Year> = years.collect();
    crate::order::sort(&mut years);
    years.dedup();
    years
}

/// "85 Electrical machinery and equipment", in the reader's language.
pub fn chapter_label(locale: Locale, chapter: usize) -> String {
    let code = crate::data::hs2::HS2_CHAPTERS.get(chapter).map_or("", |c| c.code);
    format!("{code} {}", locale.hs2_chapter(chapter))
}

/// "c14 Electrical and Optical Equipment", a WIOD goods industry in the reader's language.
pub fn industry_label(locale: Locale, industry: usize) -> String {
    let code = crate::data::wiod::WIOD_INDUSTRIES.get(industry).map_or("", |i| i.code);
    format!("{code} {}", locale.wiod_goods_industry(industry))
}

/// The localized label of an ordered pair: "China → Japan".
pub fn pair_label(locale: Locale, exporter: Iso3, importer: Iso3) -> String {
    format!("{} {} {}", locale.country(exporter), locale.texts().pair_arrow, locale.country(importer))
}

/// The label of an unordered pair: "China–Japan".
pub fn duo_label(locale: Locale, a: Iso3, b: Iso3) -> String {
    format!("{}–{}", locale.country(a), locale.country(b))
}

/// Line style of the pair (exporter, importer) among China, Japan and Korea: the exporter's
/// colour; solid towards the first of the other two (in China, Japan, Korea order), dashed
/// towards the second; the marker names the importer (circle China, square Japan, triangle Korea).
pub fn pair_style(exporter: Iso3, importer: Iso3) -> (Rgb, bool, Marker) {
    let color = palette::focus_country_color(exporter).unwrap_or(palette::OTHERS[0]);
    let others: Vec<Iso3> = crate::data::FOCUS_COUNTRIES.into_iter().filter(|c| *c != exporter).collect();
    let dashed = others.last() == Some(&importer);
    let marker = match importer {
        Iso3::CHN => Marker::Circle,
        Iso3::JPN => Marker::Square,
        _ => Marker::Triangle,
    };
    (color, dashed, marker)
}

/// Marker of a country's own line.
pub fn country_marker(position: usize) -> Marker {
    [Marker::Circle, Marker::Square, Marker::Triangle, Marker::Diamond][position % 4]
}

/// A "first–last" year span.
pub fn span(years: &[Year]) -> String {
    match (years.first(), years.last()) {
        (Some(first), Some(last)) => format!("{first}–{last}"),
        _ => String::new(),
    }
}

/// Fills `{first}` and `{last}` with the ends of `years`.
pub fn fill_span(template: &str, years: &[Year]) -> String {
    let first = years.first().map(u16::to_string).unwrap_or_default();
    let last = years.last().map(u16::to_string).unwrap_or_default();
    fill(template, &[("first", &first), ("last", &last)])
}

/// The texts of the state's locale.
pub fn texts(state: &AppState) -> &'static Texts {
    state.locale.texts()
}

/// A takeaway that counts something per country: "In 2019, China had … in 6 of 16 groups,
/// Japan in 5 and South Korea in 4." Countries without data are left out; the first one listed
/// gets the full phrase (`first`), the others the short one (`next`).
pub fn count_takeaway(
    locale: Locale,
    year: Option<Year>,
    counts: &[(Iso3, Option<usize>)],
    sentence: &str,
    first: &str,
    next: &str,
) -> String {
    let t = locale.texts();
    let year_text = year.map(|y| y.to_string()).unwrap_or_default();
    let parts: Vec<String> = counts
        .iter()
        .filter_map(|(country, count)| Some((*country, (*count)?)))
        .enumerate()
        .map(|(i, (country, count))| {
            let template = if i == 0 { first } else { next };
            fill(template, &[("country", &locale.country(country)), ("n", &count.to_string())])
        })
        .collect();
    if parts.is_empty() {
        fill(t.no_data_for_year, &[("year", &year_text)])
    } else {
        fill(sentence, &[("year", &year_text), ("counts", &crate::i18n::join_list(t, &parts))])
    }
}

/// A country's name in the reader's language; one from the reader's own file is marked as theirs.
pub fn country_name(ds: &Dataset, locale: Locale, code: Iso3) -> String {
    match ds.user_country(code) {
        Some(own) => {
            let name = own.known_code.map_or_else(|| own.name.clone(), |known| locale.country(known));
            fill(locale.texts().own_data_country, &[("name", &name)])
        }
        None => locale.country(code),
    }
}

/// A table cell for an optional number: the number as the language writes it, or its "no data" text.
pub fn cell(locale: Locale, value: Option<f64>, decimals: usize) -> String {
    value.map_or(locale.texts().no_data.to_string(), |v| locale.number(v, decimals))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_clamp_to_the_nearest_available() {
        let years: Vec<Year> = (2010..=2018).collect();
        assert_eq!(clamp_year(None, &years), Some(2018));
        assert_eq!(clamp_year(Some(2019), &years), Some(2018));
        assert_eq!(clamp_year(Some(1995), &years), Some(2010));
        assert_eq!(clamp_year(Some(2013), &years), Some(2013));
        assert_eq!(clamp_year(Some(2000), &[]), None);
        assert_eq!(clamp_year(Some(2003), &[2000, 2005]), Some(2005));
    }

    #[test]
    fn a_count_takeaway_starts_with_the_first_country_that_has_data() {
        // The comparative-advantage view's English templates.
        let (takeaway, first, next) = (
            "In {year}, {counts}.",
            "{country} had a comparative advantage (RCA above 1) in {n} of 16 product groups",
            "{country} in {n}",
        );
        let text = count_takeaway(
            Locale::En,
            Some(1990),
            &[(Iso3::CHN, None), (Iso3::JPN, Some(5)), (Iso3::KOR, Some(4))],
            takeaway,
            first,
            next,
        );
        assert_eq!(
            text,
            "In 1990, Japan had a comparative advantage (RCA above 1) in 5 of 16 product groups and South Korea in 4."
        );
        assert_eq!(count_takeaway(Locale::En, Some(1980), &[(Iso3::CHN, None)], takeaway, "", ""), "No data for 1980");
    }

    #[test]
    fn the_six_pairs_have_distinct_styles() {
        let three = crate::data::FOCUS_COUNTRIES;
        let mut styles = Vec::new();
        for e in three {
            for i in three.iter().copied().filter(|i| *i != e) {
                let (color, dashed, marker) = pair_style(e, i);
                styles.push((color, dashed, marker));
            }
        }
        for (n, a) in styles.iter().enumerate() {
            assert!(!styles[n + 1..].contains(a), "{a:?} repeats");
        }
    }
}
