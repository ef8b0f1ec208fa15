//! The dataset in memory: trade values indexed by series, ready for the index engine.
//!
//! A *series* is one source, classification, flow, reporter, partner and year; it holds one
//! value per product, `None` where the source gives none.

use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;

use super::canonical::{parse_canonical, CanonicalError};
use super::schema::{Classification, Flow, Iso3, Precision, Source, TradeRecord, Year};

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

/// One value and how precisely the source states it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Value {
    pub usd: f64,
    pub precision: Precision,
}

#[derive(Default)]
pub struct Dataset {
    series: HashMap<SeriesKey, Vec<Option<Value>>>,
    record_count: usize,
}

impl Dataset {
    /// Parses the canonical table text.
    pub fn from_canonical_csv(text: &str) -> Result<Dataset, CanonicalError> {
        Ok(Dataset::from_records(&parse_canonical(text)?))
    }

    pub fn from_records(records: &[TradeRecord]) -> Dataset {
        let mut series: HashMap<SeriesKey, Vec<Option<Value>>> = HashMap::new();
        for r in records {
            let key = SeriesKey {
                source: r.source,
                classification: r.classification,
                flow: r.flow,
                reporter: r.reporter,
                partner: r.partner,
                year: r.year,
            };
            let values = series.entry(key).or_insert_with(|| vec![None; r.classification.product_count()]);
            values[r.product] = Some(Value { usd: r.value_usd_f64(), precision: r.precision });
        }
        Dataset { series, record_count: records.len() }
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
        self.complete_values_usd(&SeriesKey { source, classification, flow, reporter, partner: Iso3::WORLD, year })
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

/// The canonical table compiled into the program (also offered to readers as a download).
pub const EMBEDDED_TRADE_CSV: &str = include_str!("../../www/data/trade.csv");

/// The embedded dataset, parsed on first use and kept for the life of the program.
pub fn embedded() -> Result<&'static Dataset, &'static CanonicalError> {
    static DATASET: OnceLock<Result<Dataset, CanonicalError>> = OnceLock::new();
    DATASET.get_or_init(|| Dataset::from_canonical_csv(EMBEDDED_TRADE_CSV)).as_ref()
}
