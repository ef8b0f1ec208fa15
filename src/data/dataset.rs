//! The dataset in memory: trade values indexed by series, ready for the index engine.
//!
//! A *series* is one source, classification, flow, reporter, partner and year; it holds one
//! value per product, `None` where the source gives none.

use std::collections::{BTreeSet, HashMap};

use super::article::ArticleFigure;
use super::canonical::{parse_canonical, CanonicalError};
use super::dots::MonthlyTotal;
use super::parks::Park;
use super::parts::DataPart;
use super::schema::{Classification, Flow, Iso3, Precision, Source, TradeRecord, Year};
use super::slice::Slice;
use super::wiod::WiodFlow;

/// Identifies one series of product values.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct SeriesKey {
    pub source: Source,
    pub classification: Classification,
    pub flow: Flow,
    pub reporter: Iso3,
    pub partner: Iso3,
    pub year: Year,
}

impl SeriesKey {
    /// The key of a reporter's flow with the world.
    pub fn to_world(source: Source, classification: Classification, flow: Flow, reporter: Iso3, year: Year) -> Self {
        SeriesKey { source, classification, flow, reporter, partner: Iso3::WORLD, year }
    }
}

/// One value and how precisely the source states it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Value {
    pub usd: f64,
    pub precision: Precision,
}

/// Everything the views read: trade series, the article's figures and the parks. In the
/// browser it fills up part by part as the views fetch what they need ([`Dataset::add_slice`]
/// and friends); natively [`embedded`] holds it all.
#[derive(Default, Clone)]
pub struct Dataset {
    series: HashMap<SeriesKey, Vec<Option<Value>>>,
    record_count: usize,
    parts: BTreeSet<DataPart>,
    article_figures: Vec<ArticleFigure>,
    parks: Vec<Park>,
    value_chains: Vec<WiodFlow>,
    monthly_totals: Vec<MonthlyTotal>,
    /// Countries from the reader's own files, under user-assigned codes (see `user_countries`).
    pub(super) user_countries: Vec<super::user_countries::UserCountry>,
}

impl Dataset {
    /// Parses the canonical table text.
    pub fn from_canonical_csv(text: &str) -> Result<Dataset, CanonicalError> {
        Ok(Dataset::from_records(&parse_canonical(text)?))
    }

    pub fn from_records(records: &[TradeRecord]) -> Dataset {
        let mut dataset = Dataset::default();
        for r in records {
            dataset.insert_record(r);
        }
        dataset.parts = records.iter().filter_map(|r| DataPart::of_trade(r.source, r.classification)).collect();
        dataset
    }

    /// Adds one value, replacing any value the series held for its product.
    pub(super) fn insert_record(&mut self, r: &TradeRecord) {
        let key = SeriesKey {
            source: r.source,
            classification: r.classification,
            flow: r.flow,
            reporter: r.reporter,
            partner: r.partner,
            year: r.year,
        };
        let values = self.series.entry(key).or_insert_with(|| vec![None; r.classification.product_count()]);
        if let Some(slot) = values.get_mut(r.product) {
            *slot = Some(Value { usd: r.value_usd_f64(), precision: r.precision });
            self.record_count += 1;
        }
    }

    /// Removes every series a reporter reports.
    pub(super) fn remove_reporter(&mut self, reporter: Iso3) {
        let mut removed = 0;
        self.series.retain(|key, values| {
            let keep = key.reporter != reporter;
            if !keep {
                removed += values.iter().flatten().count();
            }
            keep
        });
        self.record_count = self.record_count.saturating_sub(removed);
    }

    /// Adds a decoded trade slice (replacing any series it repeats).
    pub fn add_slice(&mut self, slice: Slice) {
        if let Some(part) = DataPart::of_trade(slice.source, slice.classification) {
            self.parts.insert(part);
        }
        self.record_count += slice.value_count();
        self.series.extend(slice.series);
    }

    pub fn set_article_figures(&mut self, figures: Vec<ArticleFigure>) {
        self.article_figures = figures;
        self.parts.insert(DataPart::ArticleFigures);
    }

    pub fn set_value_chains(&mut self, flows: Vec<WiodFlow>) {
        self.value_chains = flows;
        self.parts.insert(DataPart::ValueChains);
    }

    /// The WIOD flows among the three (empty until the value-chains part is added).
    pub fn value_chains(&self) -> &[WiodFlow] {
        &self.value_chains
    }

    pub fn set_monthly_totals(&mut self, totals: Vec<MonthlyTotal>) {
        self.monthly_totals = totals;
        self.parts.insert(DataPart::MonthlyTotals);
    }

    /// The DOTS monthly totals among the three (empty until that part is added).
    pub fn monthly_totals(&self) -> &[MonthlyTotal] {
        &self.monthly_totals
    }

    pub fn set_parks(&mut self, parks: Vec<Park>) {
        self.parks = parks;
        self.parts.insert(DataPart::Parks);
    }

    /// Whether a part has been added.
    pub fn has(&self, part: DataPart) -> bool {
        self.parts.contains(&part)
    }

    pub fn article_figures(&self) -> &[ArticleFigure] {
        &self.article_figures
    }

    pub fn parks(&self) -> &[Park] {
        &self.parks
    }

    pub fn record_count(&self) -> usize {
        self.record_count
    }

    /// The values of one series, one per product, `None` where the source has none.
    pub fn product_values(&self, key: &SeriesKey) -> Option<&[Option<Value>]> {
        self.series.get(key).map(Vec::as_slice)
    }

    /// The values in US$ of a series with a value for every product, or `None`.
    pub fn complete_values_usd(&self, key: &SeriesKey) -> Option<Vec<f64>> {
        self.product_values(key)?.iter().map(|v| v.map(|v| v.usd)).collect()
    }

    /// A country's values to or from the world by product, complete or `None`.
    pub fn world_values_usd(
        &self,
        source: Source,
        classification: Classification,
        flow: Flow,
        reporter: Iso3,
        year: Year,
    ) -> Option<Vec<f64>> {
        self.complete_values_usd(&SeriesKey::to_world(source, classification, flow, reporter, year))
    }

    /// A reporter's values by product with the world, with each product the source leaves out
    /// counted as zero where the source confirms it is zero; also how many were left out.
    /// - OEC: its data come from BACI, which lists only non-zero flows, so a section absent from
    ///   a reporter, year and flow that has other sections is zero trade.
    /// - WITS: a group absent where the groups present add up to the reporter's stated
    ///   all-products export total (within the rounding of the source) is zero.
    /// - The Atlas's world rows are complete.
    ///
    /// `None` when the reporter has no values at all, or a WITS group is missing without its
    /// total confirming it is zero.
    pub fn world_values_usd_absent_as_zero(
        &self,
        source: Source,
        classification: Classification,
        flow: Flow,
        reporter: Iso3,
        year: Year,
    ) -> Option<(Vec<f64>, usize)> {
        let values = self.product_values(&SeriesKey::to_world(source, classification, flow, reporter, year))?;
        let absent = values.iter().filter(|v| v.is_none()).count();
        let filled: Vec<f64> = values.iter().map(|v| v.map_or(0.0, |v| v.usd)).collect();
        if absent > 0 && source == Source::Wits {
            let total = self.total(source, flow, reporter, Iso3::WORLD, year)?.usd;
            let sum: f64 = filled.iter().sum();
            if (sum - total).abs() > super::validate::WITS_SUM_TOLERANCE_USD {
                return None;
            }
        }
        (absent < values.len()).then_some((filled, absent))
    }

    /// An all-products total (to the world or to one partner).
    pub fn total(&self, source: Source, flow: Flow, reporter: Iso3, partner: Iso3, year: Year) -> Option<Value> {
        let key = SeriesKey { source, classification: Classification::Total, flow, reporter, partner, year };
        self.product_values(&key)?.first().copied().flatten()
    }

    /// The years for which a source and classification hold any value, ascending.
    pub fn years(&self, source: Source, classification: Classification) -> Vec<Year> {
        let years: BTreeSet<Year> = self
            .series
            .keys()
            .filter(|k| k.source == source && k.classification == classification)
            .map(|k| k.year)
            .collect();
        years.into_iter().collect()
    }

    /// The reporters for which a source and classification hold any value, sorted by code.
    pub fn reporters(&self, source: Source, classification: Classification) -> Vec<Iso3> {
        let reporters: BTreeSet<Iso3> = self
            .series
            .keys()
            .filter(|k| k.source == source && k.classification == classification)
            .map(|k| k.reporter)
            .collect();
        reporters.into_iter().collect()
    }
}

/// The canonical table, compiled into the native tools and tests only: the browser fetches
/// the compact parts instead (see `parts`). Readers download the same file.
#[cfg(not(target_arch = "wasm32"))]
pub const EMBEDDED_TRADE_CSV: &str = include_str!("../../www/data/trade.csv");

/// WIOD's value chains and DOTS's monthly totals, compiled in like the trade table.
#[cfg(not(target_arch = "wasm32"))]
pub const EMBEDDED_VALUE_CHAINS_CSV: &str = include_str!("../../www/data/value_chains.csv");
#[cfg(not(target_arch = "wasm32"))]
pub const EMBEDDED_MONTHLY_TOTALS_CSV: &str = include_str!("../../www/data/monthly_totals.csv");

/// The whole dataset (trade table, value chains, monthly totals, article figures, parks), parsed
/// on first use and kept for the life of the program. Native only.
#[cfg(not(target_arch = "wasm32"))]
pub fn embedded() -> Result<&'static Dataset, &'static CanonicalError> {
    static DATASET: std::sync::OnceLock<Result<Dataset, CanonicalError>> = std::sync::OnceLock::new();
    DATASET
        .get_or_init(|| {
            let mut ds = Dataset::from_canonical_csv(EMBEDDED_TRADE_CSV)?;
            let at = |reason: String| CanonicalError { line: 0, reason };
            let figures = super::article::parse_article_figures(super::article::EMBEDDED_ARTICLE_FIGURES_CSV);
            ds.set_article_figures(figures.map_err(at)?);
            ds.set_parks(super::parks::parse_parks(super::parks::EMBEDDED_PARKS_CSV).map_err(at)?);
            ds.set_value_chains(super::wiod::parse_value_chains(EMBEDDED_VALUE_CHAINS_CSV).map_err(at)?);
            ds.set_monthly_totals(super::dots::parse_monthly_totals(EMBEDDED_MONTHLY_TOTALS_CSV).map_err(at)?);
            Ok(ds)
        })
        .as_ref()
}
