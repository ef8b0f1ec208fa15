//! View "Between the three": trade among China, Japan and Korea themselves. Monthly totals as
//! each side reports them (IMF DOTS) and the gap between the two reports; then, by HS chapter
//! (Atlas), what one country sells to another, the machinery-and-electrical share, and
//! intra-industry trade and specialisation between two of them.

pub mod chapters;

pub mod texts;

/// This view's own texts, by the name the list of views uses to write and check translation files.
pub use self::texts::BetweenTexts as OwnTexts;

pub use super::flow_controls as controls;

use self::texts::BetweenTexts;
use super::focus_pairs;
use super::line_panel::{line_panel, pair_lines_panel, LineInput, LinePanelSpec, PairLines};
use super::{
    clamp_year, distinct_years, duo_label, fill_span, pair_label, span, texts, Method, Panel, ViewModel, FOCUS_DUOS,
};
use crate::charts::line::{Marker, YDomain};
use crate::charts::palette;
use crate::data::dots::MonthlyTotal;
use crate::data::parts::DataPart;
use crate::data::{Classification, Dataset, Flow, Iso3, Source, Year};
use crate::i18n::fill;
use crate::i18n::TextGroup;
use crate::indices::bilateral::gl_aggregate;
use crate::indices::bilateral::machinery_share_percent;
use crate::indices::mirror::mirror_gap_percent;
use crate::indices::tci::tci;
use crate::state::{AppState, View, WhyIndex, WhyKey, WhySubject};
use crate::views::working::{self, OverlapSides, Working};
use chapters::chapter_panels;

pub const MONTHLY: &str = "between-monthly";
pub const GAP: &str = "between-gap";
pub const TOP: &str = "between-top";
pub const MACHINERY: &str = "between-machinery";
pub const TCI: &str = "between-tci";
pub const GL: &str = "between-gl";
pub const GL_CHAPTERS: &str = "between-gl-chapters";
pub const TSC: &str = "between-tsc";

/// Months in a year, the monthly panel's periods.
const MONTHS: u8 = 12;

/// This view in the registry (`views::REGISTRY`).
pub const UNIT: super::ViewUnit = super::ViewUnit {
    view: crate::state::View::Between,
    data_parts: |_| vec![DataPart::AtlasChapters, DataPart::MonthlyTotals, DataPart::OecSections],
    on_select: super::selects_nothing,
};

pub fn build(ds: &Dataset, state: &AppState) -> ViewModel {
    let own = BetweenTexts::of(state.locale);
    let t = texts(state);
    let locale = state.locale;
    let (exporter, importer) = state.bilateral_flow;

    // 1. Years: the Atlas chapters for the year slider; DOTS months for the totals.
    let years = ds.years(Source::Atlas, Classification::Hs2);
    let year = clamp_year(state.year, &years);
    let dots_years = distinct_years(ds.monthly_totals().iter().map(|t| t.year));

    // 2. Values: monthly reports of the chosen pair, mirror gaps, machinery shares, GL over time.
    let pairs = focus_pairs();
    let gaps: Vec<Vec<Option<f64>>> = pairs
        .iter()
        .map(|&(e, i)| dots_years.iter().map(|&y| mirror_gap_percent(ds.monthly_totals(), e, i, y)).collect())
        .collect();
    let machinery: Vec<Vec<Option<f64>>> =
        pairs.iter().map(|&(e, i)| years.iter().map(|&y| machinery_share_percent(ds, e, i, y)).collect()).collect();
    let gl: Vec<Vec<Option<f64>>> =
        FOCUS_DUOS.iter().map(|&(a, b)| years.iter().map(|&y| gl_aggregate(ds, a, b, y)).collect()).collect();

    // 3. Panels.
    let mut panels = vec![monthly_panel(ds, state, &dots_years), gap_panel(state, &dots_years, &pairs, gaps)];
    let chapters = chapter_panels(ds, state, year);
    let takeaway = takeaway(state, year, &years, &chapters.top_chapter, &machinery, &gl);
    panels.push(chapters.top);
    panels.push(pair_lines_panel(
        state,
        PairLines {
            why: Some(WhyIndex::Machinery),
            key: MACHINERY,
            title: fill_span(own.between_machinery_title, &years),
            description: own.between_machinery_description,
            years: &years,
            pairs: &pairs,
            values: machinery,
            y_label: own.between_machinery_axis,
            decimals: 1,
            reference: None,
            notes: Vec::new(),
        },
    ));
    panels.push(tci_panel(ds, state, &years));
    panels.push(gl_panel(state, &years, gl));
    panels.push(chapters.gl);
    panels.push(chapters.tsc);

    ViewModel {
        view: View::Between,
        title: own.between_title.to_string(),
        takeaway: takeaway
            .unwrap_or_else(|| fill(t.no_data_for_year, &[("year", &year.map(|y| y.to_string()).unwrap_or_default())])),
        years: years.clone(),
        year,
        panels,
        method: Method {
            in_words: fill(own.between_words, &[("flow", &pair_label(locale, exporter, importer))]),
            formulas: vec![
                own.between_gl_formula.to_string(),
                own.between_tsc_formula.to_string(),
                own.between_gap_formula.to_string(),
            ],
            symbols: vec![own.between_symbols.to_string()],
            classification: own.atlas_classification.to_string(),
            years: format!("{} (Atlas) · {} (IMF DOTS)", span(&years), span(&dots_years)),
            caveats: vec![
                t.atlas_caveat_reconciled.to_string(),
                own.atlas_caveat_absent.to_string(),
                own.dots_caveat_mirror.to_string(),
            ],
        },
        source: format!("{} · {} · {}", t.atlas_source, own.dots_source, t.computed_in_browser),
    }
}

/// One report's monthly values (in units of `usd_per_unit` US dollars) over `years`: twelve per
/// year, `None` for a month the reporter did not report.
fn monthly_values(
    totals: &[MonthlyTotal],
    (reporter, partner, flow): (Iso3, Iso3, Flow),
    years: &[Year],
    usd_per_unit: f64,
) -> Vec<Option<f64>> {
    let mut values = vec![None; years.len() * usize::from(MONTHS)];
    for total in totals.iter().filter(|t| t.reporter == reporter && t.partner == partner && t.flow == flow) {
        let Some(year_index) = years.iter().position(|y| *y == total.year) else { continue };
        if (1..=MONTHS).contains(&total.month) {
            values[year_index * usize::from(MONTHS) + usize::from(total.month - 1)] =
                Some(total.value_usd as f64 / usd_per_unit);
        }
    }
    values
}

/// Both directions of the chosen pair, each as its exporter reports it (solid) and as its
/// importer does (dashed), month by month.
fn monthly_panel(ds: &Dataset, state: &AppState, years: &[Year]) -> Panel {
    let own = BetweenTexts::of(state.locale);
    let t = texts(state);
    let locale = state.locale;
    let (a, b) = state.bilateral_flow;
    let totals = ds.monthly_totals();
    let mut lines = Vec::new();
    for (exporter, importer, marker) in [(a, b, Marker::Circle), (b, a, Marker::Square)] {
        let color = palette::focus_country_color(exporter).unwrap_or(palette::OTHERS[0]);
        let flow = pair_label(locale, exporter, importer);
        for (reporter, partner, report_flow, dashed) in
            [(exporter, importer, Flow::Export, false), (importer, exporter, Flow::Import, true)]
        {
            lines.push(LineInput {
                id: format!("{exporter}>{importer}:{reporter}"),
                label: fill(own.between_reported_by, &[("flow", &flow), ("reporter", &locale.country(reporter))]),
                legend_label: None,
                color,
                dashed,
                marker,
                values: monthly_values(totals, (reporter, partner, report_flow), years, locale.usd_per_unit()),
                emphasized: false,
                toggleable: true,
                why: None,
            });
        }
    }
    line_panel(
        state,
        LinePanelSpec {
            key: MONTHLY,
            title: fill(&fill_span(own.between_monthly_title, years), &[("pair", &duo_label(locale, a, b))]),
            description: fill(own.between_monthly_description, &[("pair", &duo_label(locale, a, b))]),
            years,
            periods_per_year: MONTHS,
            lines,
            y_label: t.ties_totals_axis,
            y_domain: YDomain::Auto { include_zero: true },
            reference: None,
            decimals: locale.usd_decimals(2),
            notes: vec![own.dots_caveat_mirror.to_string()],
        },
    )
}

fn gap_panel(state: &AppState, years: &[Year], pairs: &[(Iso3, Iso3)], gaps: Vec<Vec<Option<f64>>>) -> Panel {
    let own = BetweenTexts::of(state.locale);
    pair_lines_panel(
        state,
        PairLines {
            why: None,
            key: GAP,
            title: fill_span(own.between_gap_title, years),
            description: own.between_gap_description,
            years,
            pairs,
            values: gaps,
            y_label: own.between_gap_axis,
            decimals: 1,
            reference: Some((0.0, own.between_gap_reference)),
            notes: vec![own.dots_caveat_mirror.to_string()],
        },
    )
}

/// Aggregate bilateral intra-industry trade of the three pairs over time.
fn gl_panel(state: &AppState, years: &[Year], gl: Vec<Vec<Option<f64>>>) -> Panel {
    let own = BetweenTexts::of(state.locale);
    let t = texts(state);
    let (first, second) = state.bilateral_flow;
    let lines = FOCUS_DUOS
        .iter()
        .zip(gl)
        .enumerate()
        .map(|(n, (&(a, b), values))| {
            let (color, _, _) = super::pair_style(a, b);
            LineInput {
                id: format!("{a}-{b}"),
                label: duo_label(state.locale, a, b),
                legend_label: None,
                color,
                dashed: false,
                marker: super::country_marker(n),
                values,
                // The chosen direction's pair, in either order.
                emphasized: (a, b) == (first, second) || (a, b) == (second, first),
                toggleable: true,
                why: Some(WhyKey::series(WhyIndex::BilateralGl, WhySubject::Pair(a, b))),
            }
        })
        .collect();
    line_panel(
        state,
        LinePanelSpec {
            key: GL,
            title: fill_span(own.between_gl_title, years),
            description: own.between_gl_description.to_string(),
            years,
            periods_per_year: 1,
            lines,
            y_label: t.gl_axis,
            y_domain: YDomain::Fixed(0.0, 1.0),
            reference: None,
            decimals: 3,
            notes: vec![own.atlas_caveat_absent.to_string()],
        },
    )
}

/// The chosen direction's TCI on the 97 Atlas chapters beside the one on the 21 OEC sections:
/// the classification's effect, over the years either source covers.
fn tci_panel(ds: &Dataset, state: &AppState, years: &[Year]) -> Panel {
    let own = BetweenTexts::of(state.locale);
    let t = texts(state);
    let (exporter, importer) = state.bilateral_flow;
    let color = palette::focus_country_color(exporter).unwrap_or(palette::OTHERS[0]);
    let lines = [
        ("hs2", Classification::Hs2, own.between_tci_chapters, false, Marker::Circle, WhyIndex::TciChapters),
        ("hs_section", Classification::HsSection, own.between_tci_sections, true, Marker::Square, WhyIndex::Tci),
    ]
    .into_iter()
    .map(|(id, classification, label, dashed, marker, why)| LineInput {
        id: id.to_string(),
        label: label.to_string(),
        legend_label: None,
        color,
        dashed,
        marker,
        values: years.iter().map(|&y| tci(ds, classification, exporter, importer, y)).collect(),
        emphasized: false,
        toggleable: true,
        why: Some(WhyKey::series(why, WhySubject::Pair(exporter, importer))),
    })
    .collect();
    let flow = pair_label(state.locale, exporter, importer);
    line_panel(
        state,
        LinePanelSpec {
            key: TCI,
            title: fill(&fill_span(own.between_tci_title, years), &[("flow", &flow)]),
            description: fill(own.between_tci_description, &[("flow", &flow)]),
            years,
            periods_per_year: 1,
            lines,
            y_label: t.tci_axis,
            y_domain: YDomain::Auto { include_zero: false },
            reference: None,
            decimals: 2,
            notes: vec![own.between_tci_note.to_string()],
        },
    )
}

/// "In 2020, the largest chapter of Japan → China was … (…%); machinery and electrical goods
/// made up …%. Intra-industry trade was highest between … (GL …)."
fn takeaway(
    state: &AppState,
    year: Option<Year>,
    years: &[Year],
    top_chapter: &Option<(String, f64)>,
    machinery: &[Vec<Option<f64>>],
    gl: &[Vec<Option<f64>>],
) -> Option<String> {
    let own = BetweenTexts::of(state.locale);
    let locale = state.locale;
    let year = year?;
    let y = years.iter().position(|v| *v == year)?;
    let (exporter, importer) = state.bilateral_flow;
    let flow_index = focus_pairs().iter().position(|p| *p == (exporter, importer))?;
    let (chapter, share) = top_chapter.as_ref()?;
    let machinery = machinery.get(flow_index)?.get(y).copied().flatten()?;
    let duos = FOCUS_DUOS;
    let highest = (0..duos.len())
        .filter(|&d| gl[d][y].is_some())
        .max_by(|&a, &b| gl[a][y].unwrap_or(0.0).total_cmp(&gl[b][y].unwrap_or(0.0)))?;
    Some(fill(
        own.between_takeaway,
        &[
            ("year", &year.to_string()),
            ("flow", &pair_label(locale, exporter, importer)),
            ("chapter", chapter),
            ("share", &locale.number(*share, 1)),
            ("machinery", &locale.number(machinery, 1)),
            ("pair", &duo_label(locale, duos[highest].0, duos[highest].1)),
            ("gl", &locale.number(gl[highest][y]?, 2)),
        ],
    ))
}

/// Which panel a value's working opens under.
pub fn working_panel(key: WhyKey, _state: &AppState) -> Option<&'static str> {
    match (key.index, key.subject) {
        (WhyIndex::Machinery, WhySubject::Pair(..)) => Some(MACHINERY),
        (WhyIndex::Tci | WhyIndex::TciChapters, WhySubject::Pair(..)) => Some(TCI),
        (WhyIndex::BilateralGl, WhySubject::Pair(..)) => Some(GL),
        (WhyIndex::BilateralGl, WhySubject::PairProduct(..)) => Some(GL_CHAPTERS),
        (WhyIndex::BilateralTsc, WhySubject::PairProduct(..)) => Some(TSC),
        _ => None,
    }
}

/// The working of the state's open share of chapters 84 and 85, under its chart. (The view's
/// other values have no working yet.)
pub fn working(ds: &Dataset, state: &AppState) -> Option<Working> {
    use crate::indices::bilateral;
    let t = texts(state);
    // TCI on HS sections is the OEC's, beside the Atlas's chapters.
    let source = if state.why?.index == WhyIndex::Tci { t.oec_source } else { t.atlas_source };
    let ctx = working::context(ds, state, working_panel, format!("{source} · {}", t.computed_in_browser))?;
    let year = ctx.key.year;
    match (ctx.key.index, ctx.key.subject) {
        (WhyIndex::Machinery, WhySubject::Pair(..)) => Some(working::machinery(&ctx)),
        (WhyIndex::Tci | WhyIndex::TciChapters, WhySubject::Pair(exporter, importer)) => {
            let classification =
                if ctx.key.index == WhyIndex::Tci { Classification::HsSection } else { Classification::Hs2 };
            let sides = OverlapSides {
                classification,
                first: (exporter, Flow::Export),
                second: (importer, Flow::Import),
            };
            let terms = crate::indices::tci::working(ds, classification, exporter, importer, year);
            Some(working::overlap(&ctx, &sides, terms))
        }
        (WhyIndex::BilateralGl, WhySubject::Pair(a, b)) => {
            Some(working::gl(&ctx, Classification::Hs2, bilateral::gl_aggregate_working(ds, a, b, year)))
        }
        (WhyIndex::BilateralGl | WhyIndex::BilateralTsc, WhySubject::PairProduct(first, second, chapter)) => {
            let flows = bilateral::flows(ds, first, second, year).and_then(|all| all.get(chapter).copied().flatten());
            Some(working::pair_chapter(&ctx, (first, second), chapter, flows))
        }
        _ => None,
    }
}
