//! PURE. "Why this number?": the working behind one index value the widget shows, built from
//! the same index code that computes the value (`indices::*::working`), so that the terms add
//! up to the value by construction. A view's `working` picks its index and panel; this module
//! turns the index's terms into what the reader sees: the formula, a sentence naming the
//! products that matter, a table of every term, a bar chart of the largest contributions, and
//! the rows of the CSV download at full precision.

use super::working_texts::WorkingTexts;
use super::{country_name, DataTable};
use crate::charts::bars::{BarChart, SimpleBar};
use crate::charts::palette;
use crate::charts::ChartSpec;
use crate::data::dataset::SeriesKey;
use crate::data::{Classification, Dataset, Flow, Iso3, WitsGroup, Year};
use crate::i18n::{fill, Locale, TextGroup};
use crate::indices::rca::RcaWorking;
use crate::indices::tii::TiiWorking;
use crate::indices::{self, source_of, ShareWorking};
use crate::state::{AppState, WhyIndex, WhyKey, WhySubject};

/// How many contributions the bar chart shows; the table has every product.
const CHART_BARS: usize = 8;
/// How many products the sentence names that add most, and that are furthest apart.
const NAMED_FITS: usize = 3;
const NAMED_GAPS: usize = 2;

/// The working of one value, ready to show.
#[derive(Clone, Debug, PartialEq)]
pub struct Working {
    pub key: WhyKey,
    /// The panel under whose chart it opens.
    pub panel: &'static str,
    pub title: String,
    pub formula: String,
    /// What the terms say, in a sentence or two; or why there is no value.
    pub summary: String,
    /// The terms (products) or the figures behind a ratio, as the page shows them.
    pub table: DataTable,
    /// The largest contributions, when the value is a sum of product terms.
    pub chart: Option<ChartSpec>,
    /// The CSV download: a header and rows with every number at full precision.
    pub csv_rows: Vec<Vec<String>>,
    pub source: String,
}

/// What a view needs to say about its own values.
pub struct WorkingContext<'a> {
    pub ds: &'a Dataset,
    pub state: &'a AppState,
    pub key: WhyKey,
    pub panel: &'static str,
    pub source: String,
}

/// The shown number of a share (0–1) as a percentage.
fn percent(locale: Locale, share: f64) -> String {
    locale.percent(share * 100.0, 2)
}

/// Whether each product of a reporter's world series is left out by the source (no trade listed).
fn absent_products(ds: &Dataset, classification: Classification, flow: Flow, reporter: Iso3, year: Year) -> Vec<bool> {
    let key = SeriesKey::to_world(source_of(classification), classification, flow, reporter, year);
    ds.product_values(&key).map(|values| values.iter().map(Option::is_none).collect()).unwrap_or_default()
}

/// The product names of a classification in the reader's language.
fn product_name(locale: Locale, classification: Classification, product: usize) -> String {
    match classification {
        Classification::HsSection => locale.hs_section(product).to_string(),
        Classification::Hs2 => super::chapter_label(locale, product),
        _ => locale.wits_group(product).to_string(),
    }
}

fn index_name(texts: &WorkingTexts, index: WhyIndex) -> &'static str {
    match index {
        WhyIndex::Tci => texts.tci_name,
        WhyIndex::Esi => texts.esi_name,
        WhyIndex::Rca => texts.rca_name,
        WhyIndex::Tii => texts.tii_name,
        WhyIndex::Tsc => texts.tsc_name,
        WhyIndex::Gl => texts.gl_name,
        WhyIndex::Intermediate => texts.is_name,
        WhyIndex::Machinery => texts.machinery_name,
        WhyIndex::TciChapters => texts.tci_chapters_name,
        WhyIndex::BilateralGl => texts.bilateral_gl_name,
        WhyIndex::BilateralTsc => texts.bilateral_tsc_name,
    }
}

/// What a key's value is about, in words: "South Korea → China", "China, Machinery", "Japan";
/// `name` names a country (the reader's own countries are marked as theirs).
pub fn subject_text(locale: Locale, key: WhyKey, name: &dyn Fn(Iso3) -> String) -> String {
    match key.subject {
        WhySubject::Pair(a, b) => format!("{} {} {}", name(a), locale.texts().pair_arrow, name(b)),
        WhySubject::CountryProduct(country, product) => {
            let classification =
                if key.index == WhyIndex::Tsc { Classification::HsSection } else { Classification::Wits16 };
            format!("{}, {}", name(country), product_name(locale, classification, product))
        }
        WhySubject::Country(country) => name(country),
        WhySubject::PairProduct(a, b, product) => {
            let product = match key.index {
                WhyIndex::Intermediate => super::industry_label(locale, product),
                _ => product_name(locale, Classification::Hs2, product),
            };
            format!("{} {} {}, {product}", name(a), locale.texts().pair_arrow, name(b))
        }
    }
}

fn subject_label(ctx: &WorkingContext) -> String {
    let locale = ctx.state.locale;
    subject_text(locale, ctx.key, &|code| country_name(ctx.ds, locale, code))
}

/// "Why 69.1? Trade complementarity (TCI), South Korea → China, 2018"; without a value, only
/// what it would have been.
fn title(ctx: &WorkingContext, value: Option<f64>, decimals: usize) -> String {
    let texts = WorkingTexts::of(ctx.state.locale);
    let value = value.map(|v| ctx.state.locale.number(v, decimals)).unwrap_or_default();
    let args = [
        ("value", value.as_str()),
        ("index", index_name(texts, ctx.key.index)),
        ("subject", &subject_label(ctx)),
        ("year", &ctx.key.year.to_string()),
    ];
    fill(if value.is_empty() { texts.title_without_value } else { texts.title }, &args)
}

/// The working of a value the source does not cover: the formula and what is missing.
fn not_covered(ctx: &WorkingContext, formula: &str) -> Working {
    let texts = WorkingTexts::of(ctx.state.locale);
    Working {
        key: ctx.key,
        panel: ctx.panel,
        title: title(ctx, None, 1),
        formula: formula.to_string(),
        summary: fill(texts.not_covered, &[("subject", &subject_label(ctx)), ("year", &ctx.key.year.to_string())]),
        table: DataTable::default(),
        chart: None,
        csv_rows: Vec::new(),
        source: ctx.source.clone(),
    }
}

/// The two series an overlap index compares: whose shares, of which flow.
pub struct OverlapSides {
    pub classification: Classification,
    pub first: (Iso3, Flow),
    pub second: (Iso3, Flow),
}

/// The working of TCI or ESI: `100 × Σ min(first, second)` over products.
pub fn overlap(ctx: &WorkingContext, sides: &OverlapSides, working: Option<ShareWorking>) -> Working {
    let locale = ctx.state.locale;
    let texts = WorkingTexts::of(locale);
    let is_tci = matches!(ctx.key.index, WhyIndex::Tci | WhyIndex::TciChapters);
    let formula = match ctx.key.index {
        WhyIndex::Tci => texts.tci_formula,
        WhyIndex::TciChapters => texts.tci_chapters_formula,
        _ => texts.esi_formula,
    };
    let Some(working) = working else { return not_covered(ctx, formula) };
    let mut terms = working.terms.clone();
    crate::order::sort_by(&mut terms, |a, b| b.contribution().total_cmp(&a.contribution()));
    let sides = NamedSides {
        sides,
        first_name: country_name(ctx.ds, locale, sides.first.0),
        second_name: country_name(ctx.ds, locale, sides.second.0),
        is_tci,
    };
    let (table, csv_rows) = overlap_table(ctx, &sides, &terms);
    let summary = format!(
        "{} {}",
        overlap_sentence(locale, &sides, &terms),
        fill(texts.sum_line, &[("value", &locale.number(working.value, 1))])
    );
    Working {
        key: ctx.key,
        panel: ctx.panel,
        title: title(ctx, Some(working.value), 1),
        formula: formula.to_string(),
        summary,
        table,
        chart: contributions_chart(
            locale,
            texts.contributions_title,
            terms.iter().map(|t| (product_name(locale, sides.sides.classification, t.product), t.contribution())),
            2,
        ),
        csv_rows,
        source: ctx.source.clone(),
    }
}

/// The two sides of an overlap index with their names in the reader's language.
struct NamedSides<'a> {
    sides: &'a OverlapSides,
    first_name: String,
    second_name: String,
    is_tci: bool,
}

/// Every term as the page shows it (a product the source lists no trade for says so), and as
/// the CSV has it (full precision), largest contribution first.
fn overlap_table(
    ctx: &WorkingContext,
    named: &NamedSides,
    terms: &[indices::ShareTerm],
) -> (DataTable, Vec<Vec<String>>) {
    let locale = ctx.state.locale;
    let texts = WorkingTexts::of(locale);
    let (classification, year) = (named.sides.classification, ctx.key.year);
    let (first, second) = (named.sides.first, named.sides.second);
    let first_absent = absent_products(ctx.ds, classification, first.1, first.0, year);
    let second_absent = absent_products(ctx.ds, classification, second.1, second.0, year);
    let share_text = |share: f64, absent: &[bool], product: usize| {
        if absent.get(product).copied().unwrap_or(false) {
            texts.no_trade.to_string()
        } else {
            percent(locale, share)
        }
    };
    let columns = if named.is_tci {
        [texts.tci_x_column.to_string(), texts.tci_m_column.to_string()]
    } else {
        [
            fill(texts.share_of_column, &[("country", &named.first_name)]),
            fill(texts.share_of_column, &[("country", &named.second_name)]),
        ]
    };
    let header: Vec<String> = std::iter::once(texts.product_column.to_string())
        .chain(columns)
        .chain([texts.gap_column.to_string(), texts.contribution_column.to_string()])
        .collect();
    let mut table =
        DataTable { caption: texts.terms_caption.to_string(), columns: header.clone(), ..DataTable::default() };
    let mut csv_rows = vec![header];
    for term in terms {
        let name = product_name(locale, classification, term.product);
        table.rows.push(vec![
            name.clone(),
            share_text(term.first_share, &first_absent, term.product),
            share_text(term.second_share, &second_absent, term.product),
            locale.number(term.gap() * 100.0, 2),
            locale.number(term.contribution(), 2),
        ]);
        let exact = [term.first_share, term.second_share, term.gap(), term.contribution()];
        csv_rows.push(std::iter::once(name).chain(exact.iter().map(f64::to_string)).collect());
    }
    (table, csv_rows)
}

/// The products that add most (largest `min`), and the largest gaps, each with its two shares.
fn overlap_sentence(locale: Locale, named: &NamedSides, terms: &[indices::ShareTerm]) -> String {
    let texts = WorkingTexts::of(locale);
    let t = locale.texts();
    let item = |term: &indices::ShareTerm| {
        let product = product_name(locale, named.sides.classification, term.product);
        let (first, second) = (percent(locale, term.first_share), percent(locale, term.second_share));
        let (a, b) = (named.first_name.as_str(), named.second_name.as_str());
        if named.is_tci {
            fill(
                texts.tci_item,
                &[("product", &product), ("x", &first), ("exporter", a), ("m", &second), ("importer", b)],
            )
        } else {
            fill(
                texts.esi_item,
                &[("product", &product), ("a", &first), ("a_country", a), ("b", &second), ("b_country", b)],
            )
        }
    };
    let listed =
        |items: Vec<String>| if items.is_empty() { t.no_data.to_string() } else { items.join(texts.list_separator) };
    // `terms` come largest contribution first.
    let best = listed(terms.iter().filter(|term| term.contribution() > 0.0).take(NAMED_FITS).map(item).collect());
    let mut by_gap = terms.to_vec();
    crate::order::sort_by(&mut by_gap, |a, b| b.gap().total_cmp(&a.gap()));
    let worst = listed(by_gap.iter().filter(|term| term.gap() > 0.0).take(NAMED_GAPS).map(item).collect());
    if named.is_tci {
        fill(texts.tci_summary, &[("fits", &best), ("misfits", &worst)])
    } else {
        fill(texts.esi_summary, &[("shared", &best), ("apart", &worst)])
    }
}

/// A bar for each of the largest contributions (named, largest first), printed with `decimals`.
/// `title` has `{n}`, how many bars there are.
fn contributions_chart(
    locale: Locale,
    title: &str,
    contributions: impl Iterator<Item = (String, f64)>,
    decimals: usize,
) -> Option<ChartSpec> {
    let bars: Vec<SimpleBar> = contributions
        .take(CHART_BARS)
        .filter(|(_, contribution)| *contribution > 0.0)
        .map(|(label, contribution)| SimpleBar {
            label,
            value: contribution,
            color: palette::WORKING_BARS,
            value_text: locale.number(contribution, decimals),
            note: None,
            why: None,
            id: String::new(),
        })
        .collect();
    let title = fill(title, &[("n", &bars.len().to_string())]);
    (!bars.is_empty()).then(|| {
        ChartSpec::Bars(BarChart {
            unit_label: title,
            bars,
            no_data_message: locale.texts().no_data.to_string(),
            pin: None,
        })
    })
}

/// One figure of a ratio's working: what it is, as shown, and at full precision.
struct Fact {
    label: String,
    shown: String,
    exact: String,
}

/// A ratio's working: its figures in a table, and its value in the title with the three
/// decimals the charts' tooltips give RCA, TII, TSC and GL.
fn facts_working(
    ctx: &WorkingContext,
    value: Option<f64>,
    formula: &str,
    summary: String,
    facts: Vec<Fact>,
) -> Working {
    let texts = WorkingTexts::of(ctx.state.locale);
    let header = vec![texts.quantity_column.to_string(), texts.value_column.to_string()];
    Working {
        key: ctx.key,
        panel: ctx.panel,
        title: title(ctx, value, 3),
        formula: formula.to_string(),
        summary,
        table: DataTable {
            cell_why: Vec::new(),
            caption: texts.facts_caption.to_string(),
            columns: header.clone(),
            rows: facts.iter().map(|f| vec![f.label.clone(), f.shown.clone()]).collect(),
        },
        chart: None,
        csv_rows: std::iter::once(header).chain(facts.into_iter().map(|f| vec![f.label, f.exact])).collect(),
        source: ctx.source.clone(),
    }
}

fn usd_fact(locale: Locale, label: String, usd: f64) -> Fact {
    Fact { label, shown: locale.usd(usd, 1), exact: usd.to_string() }
}

fn share_fact(locale: Locale, label: String, share: Option<f64>) -> Fact {
    Fact {
        label,
        shown: share.map_or_else(|| locale.texts().no_data.to_string(), |s| percent(locale, s)),
        exact: share.map(|s| s.to_string()).unwrap_or_default(),
    }
}

fn number_fact(locale: Locale, label: String, value: Option<f64>) -> Fact {
    Fact {
        label,
        shown: value.map_or_else(|| locale.texts().no_data.to_string(), |v| locale.number(v, 3)),
        exact: value.map(|v| v.to_string()).unwrap_or_default(),
    }
}

/// The working of one product group's RCA (and RSCA) for a country.
pub fn rca(ctx: &WorkingContext, country: Iso3, group: WitsGroup, working: Option<RcaWorking>) -> Working {
    let locale = ctx.state.locale;
    let texts = WorkingTexts::of(locale);
    let Some(w) = working else { return not_covered(ctx, texts.rca_formula) };
    let (name, product) = (country_name(ctx.ds, locale, country), locale.wits_group(group.index()));
    let args = [("country", name.as_str()), ("product", product)];
    let value = w.rca();
    let facts = vec![
        usd_fact(locale, fill(texts.rca_country_product, &args), w.country_product_usd),
        usd_fact(locale, fill(texts.rca_country_total, &args), w.country_total_usd),
        usd_fact(locale, fill(texts.rca_world_product, &args), w.world_product_usd),
        usd_fact(locale, fill(texts.rca_world_total, &args), w.world_total_usd),
        share_fact(locale, fill(texts.rca_country_share, &args), w.country_share()),
        share_fact(locale, fill(texts.rca_world_share, &args), w.world_share()),
        number_fact(locale, format!("RCA · {}", texts.ratio_line), value),
        number_fact(locale, "RSCA = (RCA − 1) / (RCA + 1)".to_string(), w.rsca()),
    ];
    let no_data = locale.texts().no_data;
    let summary = fill(
        texts.rca_summary,
        &[
            ("product", product),
            ("country", &name),
            ("country_share", &w.country_share().map_or(no_data.to_string(), |s| percent(locale, s))),
            ("world_share", &w.world_share().map_or(no_data.to_string(), |s| percent(locale, s))),
            ("value", &value.map_or(no_data.to_string(), |v| locale.number(v, 2))),
        ],
    );
    facts_working(ctx, value, texts.rca_formula, summary, facts)
}

/// The working of an exporter's trade intensity with an importer.
pub fn tii(ctx: &WorkingContext, exporter: Iso3, importer: Iso3, working: Option<TiiWorking>) -> Working {
    let locale = ctx.state.locale;
    let texts = WorkingTexts::of(locale);
    let Some(w) = working else { return not_covered(ctx, texts.tii_formula) };
    let (e, i) = (country_name(ctx.ds, locale, exporter), country_name(ctx.ds, locale, importer));
    let args = [("exporter", e.as_str()), ("importer", i.as_str())];
    let value = w.value();
    let facts = vec![
        usd_fact(locale, fill(texts.tii_exports_to_partner, &args), w.exports_to_partner_usd),
        usd_fact(locale, fill(texts.tii_exports_total, &args), w.exports_total_usd),
        usd_fact(locale, fill(texts.tii_partner_imports, &args), w.partner_imports_usd),
        usd_fact(locale, fill(texts.tii_world_imports, &args), w.world_imports_usd),
        share_fact(locale, fill(texts.tii_export_share, &args), w.export_share()),
        share_fact(locale, fill(texts.tii_import_share, &args), w.import_share()),
        number_fact(locale, format!("TII · {}", texts.ratio_line), value),
    ];
    let no_data = locale.texts().no_data;
    let summary = fill(
        texts.tii_summary,
        &[
            ("exporter", &e),
            ("importer", &i),
            ("export_share", &w.export_share().map_or(no_data.to_string(), |s| percent(locale, s))),
            ("import_share", &w.import_share().map_or(no_data.to_string(), |s| percent(locale, s))),
            ("value", &value.map_or(no_data.to_string(), |v| locale.number(v, 2))),
        ],
    );
    facts_working(ctx, value, texts.tii_formula, summary, facts)
}

/// The working of a country's TSC in one product, from its exports and imports with the world.
pub fn tsc(ctx: &WorkingContext, country: Iso3, section: usize, flows: Option<(f64, f64)>) -> Working {
    let locale = ctx.state.locale;
    let texts = WorkingTexts::of(locale);
    let Some((exports, imports)) = flows else { return not_covered(ctx, texts.tsc_formula) };
    let (name, product) = (country_name(ctx.ds, locale, country), locale.hs_section(section));
    let args = [("country", name.as_str()), ("product", product)];
    let value = indices::tsc::tsc_of(exports, imports);
    let balance = Fact {
        label: texts.balance_line.to_string(),
        shown: locale.usd(exports - imports, 1),
        exact: (exports - imports).to_string(),
    };
    let facts = vec![
        usd_fact(locale, fill(texts.tsc_exports, &args), exports),
        usd_fact(locale, fill(texts.tsc_imports, &args), imports),
        balance,
        usd_fact(locale, texts.trade_line.to_string(), exports + imports),
        number_fact(locale, "TSC".to_string(), value),
    ];
    let no_data = locale.texts().no_data;
    let summary = fill(
        texts.tsc_summary,
        &[
            ("country", &name),
            ("product", product),
            ("exports", &locale.usd(exports, 1)),
            ("imports", &locale.usd(imports, 1)),
            ("value", &value.map_or(no_data.to_string(), |v| locale.number(v, 3))),
        ],
    );
    facts_working(ctx, value, texts.tsc_formula, summary, facts)
}

/// The working of GL or TSC of one HS chapter between two of the three, from the first's exports
/// of it to the second and its imports of it from the second (Atlas).
pub fn pair_chapter(
    ctx: &WorkingContext,
    (first, second): (Iso3, Iso3),
    chapter: usize,
    flows: Option<(f64, f64)>,
) -> Working {
    let locale = ctx.state.locale;
    let texts = WorkingTexts::of(locale);
    let is_gl = ctx.key.index == WhyIndex::BilateralGl;
    let formula = if is_gl { texts.bilateral_gl_chapter_formula } else { texts.bilateral_tsc_formula };
    let Some((exports, imports)) = flows else { return not_covered(ctx, formula) };
    let (name, partner) = (country_name(ctx.ds, locale, first), country_name(ctx.ds, locale, second));
    let product = product_name(locale, Classification::Hs2, chapter);
    let args = [("country", name.as_str()), ("product", &product), ("partner", &partner)];
    let (value, difference, difference_label, index_label) = if is_gl {
        (indices::iit::gl_of(exports, imports), (exports - imports).abs(), texts.imbalance_line, "GL")
    } else {
        (indices::tsc::tsc_of(exports, imports), exports - imports, texts.balance_line, "TSC")
    };
    let facts = vec![
        usd_fact(locale, fill(texts.partner_exports, &args), exports),
        usd_fact(locale, fill(texts.partner_imports, &args), imports),
        Fact { label: difference_label.to_string(), shown: locale.usd(difference, 1), exact: difference.to_string() },
        usd_fact(locale, texts.trade_line.to_string(), exports + imports),
        // Not a ratio of two shares: the formula above says what it is.
        number_fact(locale, index_label.to_string(), value),
    ];
    let no_data = locale.texts().no_data;
    let summary_args = [
        args[0],
        args[1],
        args[2],
        ("exports", &locale.usd(exports, 1)),
        ("imports", &locale.usd(imports, 1)),
        ("value", &value.map_or(no_data.to_string(), |v| locale.number(v, 3))),
    ];
    let summary = fill(if is_gl { texts.partner_gl_summary } else { texts.partner_tsc_summary }, &summary_args);
    facts_working(ctx, value, formula, summary, facts)
}

/// The working of an aggregate GL (a country's with the world on HS sections, or two countries'
/// with each other on HS chapters): each product's flows, weight, GL and weighted term, largest
/// term first.
pub fn gl(ctx: &WorkingContext, classification: Classification, working: Option<indices::iit::GlWorking>) -> Working {
    let locale = ctx.state.locale;
    let texts = WorkingTexts::of(locale);
    let formula = if ctx.key.index == WhyIndex::BilateralGl { texts.bilateral_gl_formula } else { texts.gl_formula };
    let Some(working) = working else { return not_covered(ctx, formula) };
    let mut terms = working.terms.clone();
    crate::order::sort_by(&mut terms, |a, b| b.contribution().total_cmp(&a.contribution()));
    let header: Vec<String> = [
        texts.product_column,
        texts.exports_column,
        texts.imports_column,
        texts.weight_column,
        texts.gl_column,
        texts.weighted_column,
    ]
    .map(str::to_string)
    .to_vec();
    let no_data = locale.texts().no_data;
    let mut table =
        DataTable { caption: texts.terms_caption.to_string(), columns: header.clone(), ..DataTable::default() };
    let mut csv_rows = vec![header];
    for term in &terms {
        let name = product_name(locale, classification, term.product);
        let gl = term.gl();
        table.rows.push(vec![
            name.clone(),
            locale.usd(term.exports_usd, 1),
            locale.usd(term.imports_usd, 1),
            percent(locale, term.weight),
            gl.map_or(no_data.to_string(), |g| locale.number(g, 3)),
            locale.number(term.contribution(), 4),
        ]);
        let exact = [term.exports_usd, term.imports_usd, term.weight];
        let mut row: Vec<String> = std::iter::once(name).chain(exact.iter().map(f64::to_string)).collect();
        row.extend([gl.map(|g| g.to_string()).unwrap_or_default(), term.contribution().to_string()]);
        csv_rows.push(row);
    }
    let items: Vec<String> = terms
        .iter()
        .take(NAMED_FITS)
        .map(|term| {
            let gl = term.gl().map_or(no_data.to_string(), |g| locale.number(g, 2));
            let product = product_name(locale, classification, term.product);
            fill(texts.gl_item, &[("product", &product), ("weight", &percent(locale, term.weight)), ("gl", &gl)])
        })
        .collect();
    let summary = format!(
        "{} {}",
        fill(texts.gl_summary, &[("items", &items.join(texts.list_separator))]),
        fill(texts.sum_line, &[("value", &locale.number(working.value, 3))])
    );
    Working {
        key: ctx.key,
        panel: ctx.panel,
        title: title(ctx, Some(working.value), 3),
        formula: formula.to_string(),
        summary,
        table,
        chart: contributions_chart(
            locale,
            texts.gl_contributions_title,
            terms.iter().map(|t| (product_name(locale, classification, t.product), t.contribution())),
            3,
        ),
        csv_rows,
        source: ctx.source.clone(),
    }
}

/// The working of an intermediate share: every goods industry's inputs and final use, and the
/// two sums the share divides (WIOD, US$ millions).
pub fn intermediate(ctx: &WorkingContext, working: &indices::value_chain::IntermediateWorking) -> Working {
    let locale = ctx.state.locale;
    let texts = WorkingTexts::of(locale);
    let (exporter, importer, industry) = match ctx.key.subject {
        WhySubject::Pair(exporter, importer) => (exporter, importer, None),
        WhySubject::PairProduct(exporter, importer, industry) => (exporter, importer, Some(industry)),
        _ => return not_covered(ctx, texts.is_formula),
    };
    let formula = if industry.is_some() { texts.is_industry_formula } else { texts.is_formula };
    let Some(value) = working.share_percent() else { return not_covered(ctx, formula) };
    let header: Vec<String> =
        [texts.industry_column, texts.intermediate_column, texts.final_column, texts.industry_share_column]
            .map(str::to_string)
            .to_vec();
    let no_data = locale.texts().no_data;
    let mut table =
        DataTable { caption: texts.terms_caption.to_string(), columns: header.clone(), ..DataTable::default() };
    let mut csv_rows = vec![header];
    let mut flows = working.flows.clone();
    crate::order::sort_by(&mut flows, |a, b| b.intermediate_musd.cmp(&a.intermediate_musd));
    for flow in &flows {
        let name = locale.wiod_goods_industry(flow.industry).to_string();
        let share = indices::ratio(flow.intermediate_musd as f64, (flow.intermediate_musd + flow.final_musd) as f64);
        table.rows.push(vec![
            name.clone(),
            locale.number(flow.intermediate_musd as f64, 0),
            locale.number(flow.final_musd as f64, 0),
            share.map_or(no_data.to_string(), |s| percent(locale, s)),
        ]);
        let exact = share.map(|s| s.to_string()).unwrap_or_default();
        csv_rows.push(vec![name, flow.intermediate_musd.to_string(), flow.final_musd.to_string(), exact]);
    }
    let musd = |m: u64| locale.usd(m as f64 * 1e6, 1);
    let (e, i) = (country_name(ctx.ds, locale, exporter), country_name(ctx.ds, locale, importer));
    let industry_name = industry.map(|k| super::industry_label(locale, k)).unwrap_or_default();
    let summary = fill(
        if industry.is_some() { texts.is_industry_summary } else { texts.is_summary },
        &[
            ("industry", &industry_name),
            ("exporter", &e),
            ("importer", &i),
            ("year", &ctx.key.year.to_string()),
            ("total", &musd(working.total_musd)),
            ("inputs", &musd(working.intermediate_musd)),
            ("final", &musd(working.total_musd - working.intermediate_musd)),
            ("value", &locale.percent(value, 1)),
        ],
    );
    Working {
        key: ctx.key,
        panel: ctx.panel,
        title: title(ctx, Some(value), 1),
        formula: formula.to_string(),
        summary,
        table,
        chart: None,
        csv_rows,
        source: ctx.source.clone(),
    }
}

/// The working of the share of chapters 84 and 85 in an exporter's exports to an importer (shown
/// between the three and in the article's checks), from `bilateral::machinery_working`.
pub fn machinery(ctx: &WorkingContext) -> Working {
    let locale = ctx.state.locale;
    let texts = WorkingTexts::of(locale);
    let WhySubject::Pair(exporter, importer) = ctx.key.subject else {
        return not_covered(ctx, texts.machinery_formula);
    };
    let Some(w) = indices::bilateral::machinery_working(ctx.ds, exporter, importer, ctx.key.year) else {
        return not_covered(ctx, texts.machinery_formula);
    };
    let value = w.share_percent();
    let (e, i) = (country_name(ctx.ds, locale, exporter), country_name(ctx.ds, locale, importer));
    let no_trade = texts.no_trade;
    let chapter_fact = |chapter: &str, usd: Option<f64>| {
        let args = [("chapter", chapter), ("exporter", e.as_str()), ("importer", i.as_str())];
        let label = fill(texts.machinery_chapter_line, &args);
        match usd {
            Some(usd) => usd_fact(locale, label, usd),
            None => Fact { label, shown: no_trade.to_string(), exact: String::new() },
        }
    };
    let machinery_usd: f64 = w.chapters_usd.iter().flatten().sum();
    let facts = vec![
        chapter_fact("84", w.chapters_usd[0]),
        chapter_fact("85", w.chapters_usd[1]),
        usd_fact(locale, fill(texts.machinery_total_line, &[("exporter", &e), ("importer", &i)]), w.total_usd),
        Fact {
            label: texts.share_line.to_string(),
            shown: value.map_or_else(|| locale.texts().no_data.to_string(), |v| locale.percent(v, 1)),
            exact: value.map(|v| v.to_string()).unwrap_or_default(),
        },
    ];
    let summary = fill(
        texts.machinery_summary,
        &[
            ("exporter", &e),
            ("importer", &i),
            ("year", &ctx.key.year.to_string()),
            ("machinery", &locale.usd(machinery_usd, 1)),
            ("total", &locale.usd(w.total_usd, 1)),
            ("value", &value.map_or_else(|| locale.texts().no_data.to_string(), |v| locale.percent(v, 1))),
        ],
    );
    let mut working = facts_working(ctx, value, texts.machinery_formula, summary, facts);
    working.title = title(ctx, value, 1);
    working
}

/// Which of a view's panels the working of `key` opens under: `None` when the key is not one of
/// the view's values. One rule per view, used both to build the working and to place it.
pub type WorkingPanel = fn(WhyKey, &AppState) -> Option<&'static str>;

/// The state's open working if its view shows it (`panel_of`), with the view's source line.
pub fn context<'a>(
    ds: &'a Dataset,
    state: &'a AppState,
    panel_of: WorkingPanel,
    source: String,
) -> Option<WorkingContext<'a>> {
    let key = state.why?;
    let panel = panel_of(key, state)?;
    Some(WorkingContext { ds, state, key, panel, source })
}

/// The accessible name of a value's "Why this number?" button.
pub fn why_label(locale: Locale, value: &str, series: &str, year: Year) -> String {
    fill(locale.texts().why_value_label, &[("value", value), ("series", series), ("year", &year.to_string())])
}

/// A heatmap's working keys as its table's: the table's first column is the row's label.
pub fn table_keys(cell_keys: &[Vec<Option<String>>]) -> Vec<Vec<Option<String>>> {
    cell_keys.iter().map(|row| std::iter::once(None).chain(row.iter().cloned()).collect()).collect()
}

/// For views whose values have no working.
pub fn no_working(_ds: &Dataset, _state: &AppState) -> Option<Working> {
    None
}

/// For views whose values have no working: no panel has one.
pub fn no_working_panel(_key: WhyKey, _state: &AppState) -> Option<&'static str> {
    None
}
