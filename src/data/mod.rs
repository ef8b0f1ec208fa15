//! PURE. The dataset: schema, parsers for each raw format and for the canonical table,
//! validation with line-numbered errors, and the embedded copy parsed once.

pub mod article;
pub mod article_corrections;
#[cfg(not(target_arch = "wasm32"))]
pub mod build;
pub mod canonical;
pub mod countries;
pub mod csv;
pub mod dataset;
pub mod decimal;
pub mod dots;
pub mod hs2;
pub mod parks;
pub mod parts;
pub mod raw_atlas;
pub mod raw_oec;
pub mod raw_wits;
pub mod schema;
pub mod slice;
#[cfg(not(target_arch = "wasm32"))]
pub mod sources_md;
pub mod user_countries;
pub mod user_file;
pub mod validate;
pub mod wiod;

pub use countries::{iso3_of_oec_name, iso3_of_wits_name, RCEP_MEMBERS};
#[cfg(not(target_arch = "wasm32"))]
pub use dataset::embedded;
pub use dataset::{Dataset, SeriesKey, Value};
pub use schema::*;

/// What a raw parser produced: the values it kept and the rows it skipped, with reasons.
#[derive(Default, Debug)]
pub struct RawParse {
    pub records: Vec<TradeRecord>,
    pub skipped: Vec<SkippedRow>,
}

/// A raw row deliberately not carried into the canonical table, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SkippedRow {
    pub file: String,
    pub line: usize,
    pub reason: String,
}

/// Skipped rows grouped by reason: (reason, count, files), most frequent first.
pub fn summarise_skipped(skipped: &[SkippedRow]) -> Vec<(String, usize, Vec<String>)> {
    let mut by_reason: std::collections::BTreeMap<&str, (usize, Vec<String>)> = std::collections::BTreeMap::new();
    for row in skipped {
        let entry = by_reason.entry(&row.reason).or_default();
        entry.0 += 1;
        if !entry.1.contains(&row.file) {
            entry.1.push(row.file.clone());
        }
    }
    let mut summary: Vec<(String, usize, Vec<String>)> =
        by_reason.into_iter().map(|(reason, (count, files))| (reason.to_string(), count, files)).collect();
    crate::order::sort_by(&mut summary, |a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    summary
}

/// A raw row that cannot be read. The build stops and names the file and line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceError {
    pub file: String,
    pub line: usize,
    pub reason: String,
}

impl std::fmt::Display for SourceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.reason)
    }
}

impl std::error::Error for SourceError {}
