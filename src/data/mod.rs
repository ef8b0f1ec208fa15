//! PURE. The dataset: schema, parsers for each raw format and for the canonical table,
//! validation with line-numbered errors, and the embedded copy parsed once.

pub mod article;
pub mod article_corrections;
#[cfg(not(target_arch = "wasm32"))]
pub mod build;
pub mod canonical;
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
