//! The chapter panels of "Between the three" for the chosen pair and year (Atlas, HS chapters):
//! the largest chapters of one country's exports to another, and intra-industry trade and
//! specialisation in the chapters the two trade most.

use super::texts::BetweenTexts;
use crate::charts::bars::{BarChart, DivergingBars, SimpleBar};
use crate::charts::palette;
use crate::charts::{ChartSpec, ValueFormat};
use crate::data::{Dataset, Iso3, Year};
use crate::i18n::TextGroup;
use crate::i18n::{fill, fill_count, Texts};
use crate::indices::bilateral::{export_shares_percent, flows};
use crate::indices::iit::gl_of;
use crate::indices::tsc::tsc_of;
use crate::state::{AppState, WhyIndex, WhyKey, WhySubject};
use crate::views::{cell, chapter_label, duo_label, pair_label, texts, DataTable, LegendEntry, Panel};

use super::{GL_CHAPTERS, TOP, TSC};

/// How many chapters the top-exports chart shows.
const TOP_EXPORT_CHAPTERS: usize = 10;
/// How many of the pair's most traded chapters the GL and TSC charts show.
const MOST_TRADED_CHAPTERS: usize = 15;

pub struct ChapterPanels {
    pub top: Panel,
    pub gl: Panel,
    pub tsc: Panel,
    /// The largest chapter of the chosen flow and its share (%), for the takeaway.
    pub top_chapter: Option<(String, f64)>,
}

pub fn chapter_panels(ds: &Dataset, state: &AppState, year: Option<Year>) -> ChapterPanels {
    let (exporter, importer) = state.bilateral_flow;
    let shares = year.and_then(|y| export_shares_percent(ds, exporter, importer, y));
    let world_shares = year.and_then(|y| export_shares_percent(ds, exporter, Iso3::WORLD, y));
    let pair_flows = year.and_then(|y| flows(ds, exporter, importer, y));
    let (top, top_chapter) = top_panel(state, year, shares.as_deref(), world_shares.as_deref());
    let (gl, tsc) = pair_panels(state, year, pair_flows.as_deref());
    ChapterPanels { top, gl, tsc, top_chapter }
}

fn year_text(year: Option<Year>) -> String {
    year.map(|y| y.to_string()).unwrap_or_default()
}

/// The largest chapters of the chosen flow, by share of it, each with its share of the exporter's
/// exports to the world beside it (in the tooltip and the table).
fn top_panel(
    state: &AppState,
    year: Option<Year>,
    shares: Option<&[Option<f64>]>,
    world_shares: Option<&[Option<f64>]>,
) -> (Panel, Option<(String, f64)>) {
    let own = BetweenTexts::of(state.locale);
    let t = texts(state);
    let locale = state.locale;
    let (exporter, importer) = state.bilateral_flow;
    let flow = pair_label(locale, exporter, importer);
    let year_text = year_text(year);
    let mut ranked: Vec<(usize, f64)> =
        shares.unwrap_or_default().iter().enumerate().filter_map(|(k, s)| Some((k, (*s)?))).collect();
    crate::order::sort_by(&mut ranked, |a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked.truncate(TOP_EXPORT_CHAPTERS);
    let color = palette::focus_country_color(exporter).unwrap_or(palette::OTHERS[0]);
    let world_share = |k: usize| world_shares.and_then(|w| w.get(k).copied().flatten());
    let world_label = fill(own.between_world_share, &[("country", &locale.country(exporter))]);
    let bars: Vec<SimpleBar> = ranked
        .iter()
        .map(|&(k, share)| SimpleBar {
            label: chapter_label(locale, k),
            value: share,
            color,
            value_text: locale.percent(share, 1),
            note: Some(format!("{world_label}: {}", cell(locale, world_share(k), 1))),
            why: None,
            id: crate::data::Classification::Hs2.product_code(k),
        })
        .collect();
    let covered: f64 = ranked.iter().map(|(_, s)| s).sum();
    let title = fill(own.between_top_title, &[("flow", &flow), ("year", &year_text)]);
    let table = DataTable {
        caption: title.clone(),
        columns: vec![
            own.chapter_column.to_string(),
            own.between_share_column.to_string(),
            format!("{world_label} (%)"),
        ],
        rows: ranked
            .iter()
            .map(|&(k, share)| vec![chapter_label(locale, k), locale.number(share, 1), cell(locale, world_share(k), 1)])
            .collect(),
        cell_why: Vec::new(),
    };
    let top_chapter = ranked.first().map(|&(k, share)| (chapter_label(locale, k), share));
    let panel = Panel {
        key: TOP,
        title,
        chart: Some(ChartSpec::Bars(BarChart {
            bars,
            unit_label: own.between_share_axis.to_string(),
            no_data_message: fill(t.no_data_for_year, &[("year", &year_text)]),
            pin: None,
        })),
        description: fill(own.between_top_description, &[("flow", &flow), ("year", &year_text)]),
        legend: Vec::new(),
        cards: Vec::new(),
        table,
        notes: if ranked.is_empty() {
            Vec::new()
        } else {
            vec![fill_count(
                own.between_top_note_one,
                own.between_top_note,
                ranked.len(),
                &[("share", &locale.number(covered, 1))],
            )]
        },
        hint: None,
    };
    (panel, top_chapter)
}

/// One chapter the pair trades: exports and imports of the chosen pair's first country.
struct TradedChapter {
    chapter: usize,
    exports_usd: f64,
    imports_usd: f64,
}

impl TradedChapter {
    fn trade_usd(&self) -> f64 {
        self.exports_usd + self.imports_usd
    }
}

/// GL and TSC by chapter for the pair's most traded chapters.
fn pair_panels(state: &AppState, year: Option<Year>, pair_flows: Option<&[Option<(f64, f64)>]>) -> (Panel, Panel) {
    let panels = PairChapters::new(state, year, pair_flows);
    (panels.gl_panel(), panels.tsc_panel())
}

/// What the two chapter panels share: the pair's most traded chapters in the year, the note on
/// how much of its trade they cover, and the first columns of their tables.
struct PairChapters<'a> {
    state: &'a AppState,
    t: &'static Texts,
    own: &'static BetweenTexts,
    year: Option<Year>,
    year_text: String,
    traded: Vec<TradedChapter>,
    coverage_note: Option<String>,
    columns: Vec<String>,
    no_data: String,
}

impl<'a> PairChapters<'a> {
    fn new(state: &'a AppState, year: Option<Year>, pair_flows: Option<&[Option<(f64, f64)>]>) -> PairChapters<'a> {
        let own = BetweenTexts::of(state.locale);
        let (t, locale) = (texts(state), state.locale);
        let (first, second) = state.bilateral_flow;
        let year_text = year_text(year);
        let mut traded: Vec<TradedChapter> = pair_flows
            .unwrap_or_default()
            .iter()
            .enumerate()
            .filter_map(|(chapter, f)| f.map(|(x, m)| TradedChapter { chapter, exports_usd: x, imports_usd: m }))
            .filter(|c| c.trade_usd() > 0.0)
            .collect();
        let total_trade_usd: f64 = traded.iter().map(TradedChapter::trade_usd).sum();
        crate::order::sort_by(&mut traded, |a, b| {
            b.trade_usd().total_cmp(&a.trade_usd()).then(a.chapter.cmp(&b.chapter))
        });
        traded.truncate(MOST_TRADED_CHAPTERS);
        let covered_percent = traded.iter().map(TradedChapter::trade_usd).sum::<f64>() / total_trade_usd * 100.0;
        let coverage_note = (!traded.is_empty()).then(|| {
            fill_count(
                own.between_chapters_note_one,
                own.between_chapters_note,
                traded.len(),
                &[("share", &locale.number(covered_percent, 1)), ("year", &year_text)],
            )
        });
        let columns = vec![
            own.chapter_column.to_string(),
            fill(own.between_exports_column, &[("flow", &pair_label(locale, first, second))]),
            fill(own.between_exports_column, &[("flow", &pair_label(locale, second, first))]),
        ];
        let no_data = fill(t.no_data_for_year, &[("year", &year_text)]);
        PairChapters { state, t, own, year, year_text, traded, coverage_note, columns, no_data }
    }

    /// The working key of a chapter's GL or TSC in the chosen year.
    fn why(&self, index: WhyIndex, chapter: usize) -> Option<String> {
        let (first, second) = self.state.bilateral_flow;
        let year = self.year?;
        Some(WhyKey { index, subject: WhySubject::PairProduct(first, second, chapter), year }.to_string())
    }

    /// The working keys of a table's rows: the value is its last (fourth) column.
    fn table_why(&self, index: WhyIndex, chapters: impl Iterator<Item = usize>) -> Vec<Vec<Option<String>>> {
        chapters.map(|chapter| vec![None, None, None, self.why(index, chapter)]).collect()
    }

    /// A table row: the chapter, its trade both ways, and the index's value.
    fn row(&self, c: &TradedChapter, value: Option<f64>) -> Vec<String> {
        let locale = self.state.locale;
        vec![
            chapter_label(locale, c.chapter),
            locale.number(c.exports_usd / locale.usd_per_unit(), locale.usd_decimals(3)),
            locale.number(c.imports_usd / locale.usd_per_unit(), locale.usd_decimals(3)),
            cell(locale, value, 3),
        ]
    }

    /// The chapters with their index values from `index_of(exports, imports)`, highest first.
    fn ranked(&self, index_of: fn(f64, f64) -> Option<f64>) -> Vec<(&TradedChapter, f64)> {
        let mut ranked: Vec<(&TradedChapter, f64)> =
            self.traded.iter().filter_map(|c| Some((c, index_of(c.exports_usd, c.imports_usd)?))).collect();
        crate::order::sort_by(&mut ranked, |a, b| b.1.total_cmp(&a.1).then(a.0.chapter.cmp(&b.0.chapter)));
        ranked
    }

    /// Grubel–Lloyd by chapter, highest first.
    fn gl_panel(&self) -> Panel {
        let own = self.own;
        let (t, locale) = (self.t, self.state.locale);
        let (first, second) = self.state.bilateral_flow;
        let by_gl = self.ranked(gl_of);
        let duo = duo_label(locale, first, second);
        let gl_title = fill(own.between_gl_chapters_title, &[("pair", &duo), ("year", &self.year_text)]);
        let gl_color = palette::OTHERS[0];
        Panel {
            key: GL_CHAPTERS,
            title: gl_title.clone(),
            chart: Some(ChartSpec::Bars(BarChart {
                bars: by_gl
                    .iter()
                    .map(|(c, gl)| SimpleBar {
                        label: chapter_label(locale, c.chapter),
                        value: *gl,
                        color: gl_color,
                        value_text: locale.number(*gl, 3),
                        note: None,
                        why: self.why(WhyIndex::BilateralGl, c.chapter),
                        id: crate::data::Classification::Hs2.product_code(c.chapter),
                    })
                    .collect(),
                unit_label: t.gl_axis.to_string(),
                no_data_message: self.no_data.clone(),
                pin: None,
            })),
            description: fill(own.between_gl_chapters_description, &[("pair", &duo), ("year", &self.year_text)]),
            legend: Vec::new(),
            cards: Vec::new(),
            table: DataTable {
                caption: gl_title,
                columns: self.columns.iter().cloned().chain(std::iter::once(t.gl_axis.to_string())).collect(),
                rows: by_gl.iter().map(|(c, gl)| self.row(c, Some(*gl))).collect(),
                cell_why: self.table_why(WhyIndex::BilateralGl, by_gl.iter().map(|(c, _)| c.chapter)),
            },
            notes: self.coverage_note.iter().cloned().collect(),
            hint: None,
        }
    }

    /// Trade specialisation from the first country's side: net exporter first.
    fn tsc_panel(&self) -> Panel {
        let own = self.own;
        let (t, locale) = (self.t, self.state.locale);
        let (first, second) = self.state.bilateral_flow;
        let by_tsc = self.ranked(tsc_of);
        let color = palette::focus_country_color(first).unwrap_or(palette::OTHERS[0]);
        let flow = pair_label(locale, first, second);
        let tsc_title = fill(own.between_tsc_title, &[("flow", &flow), ("year", &self.year_text)]);
        Panel {
            key: TSC,
            title: tsc_title.clone(),
            chart: Some(ChartSpec::DivergingBars(DivergingBars {
                categories: by_tsc.iter().map(|(c, _)| chapter_label(locale, c.chapter)).collect(),
                groups: vec![(locale.country(first), color)],
                values: by_tsc.iter().map(|(_, v)| vec![Some(*v)]).collect(),
                domain: (-1.0, 1.0),
                negative_label: fill(own.between_tsc_negative, &[("country", &locale.country(first))]),
                positive_label: fill(own.between_tsc_positive, &[("country", &locale.country(first))]),
                value_format: ValueFormat::plain(locale.numbers(), 3),
                missing_label: t.no_data.to_string(),
                no_data_message: self.no_data.clone(),
                why: by_tsc.iter().map(|(c, _)| vec![self.why(WhyIndex::BilateralTsc, c.chapter)]).collect(),
                category_ids: by_tsc.iter().map(|(c, _)| crate::data::Classification::Hs2.product_code(c.chapter)).collect(),
                faded: Vec::new(),
                pin: None,
            })),
            description: fill(own.between_tsc_description, &[("flow", &flow), ("year", &self.year_text)]),
            legend: vec![LegendEntry::fixed(locale.country(first), color)],
            cards: Vec::new(),
            table: DataTable {
                caption: tsc_title,
                columns: self.columns.iter().cloned().chain(std::iter::once(own.tsc_column.to_string())).collect(),
                rows: by_tsc.iter().map(|(c, tsc)| self.row(c, Some(*tsc))).collect(),
                cell_why: self.table_why(WhyIndex::BilateralTsc, by_tsc.iter().map(|(c, _)| c.chapter)),
            },
            notes: self.coverage_note.iter().cloned().collect(),
            hint: None,
        }
    }
}
