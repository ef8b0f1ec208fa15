//! Every value of an index for every pair and year, as rows of
//! `index,year,reporter,partner,product,value` (the `indices` command prints these).
//!
//! Which countries and pairs:
//! - TCI, TII: every ordered pair of distinct countries with data;
//! - ESI: every unordered pair (reporter before partner in RCEP order);
//! - RCA, RSCA, TSC, GL: every country and product, partner `WLD`;
//! - GL aggregate: every country, partner `WLD`, product `all`.
//!
//! Countries are the RCEP members with data in the index's source, in RCEP order. Values that
//! cannot be computed are left out (the index module says why such a value does not exist).

use std::fmt::Write;

use super::{esi, iit, rca, source_of, tci, tii, tsc, IndexKind};
use crate::data::{Classification, Dataset, Iso3, Source, Year, RCEP_MEMBERS};

#[derive(Clone, Debug, PartialEq)]
pub struct IndexRow {
    pub index: IndexKind,
    pub year: Year,
    pub reporter: Iso3,
    pub partner: Iso3,
    /// The product code as in the canonical table, or `all`.
    pub product: String,
    pub value: f64,
}

pub const CSV_HEADER: &str = "index,year,reporter,partner,product,value";

/// The RCEP members with any data in a source and classification, in RCEP order.
pub fn countries_with_data(ds: &Dataset, source: Source, classification: Classification) -> Vec<Iso3> {
    let present = ds.reporters(source, classification);
    RCEP_MEMBERS.into_iter().filter(|c| present.contains(c)).collect()
}

/// Computes every row of one index in one classification; `year` limits to one year.
pub fn index_rows(ds: &Dataset, index: IndexKind, classification: Classification, year: Option<Year>) -> Vec<IndexRow> {
    let source = source_of(classification);
    let data_classification = if index == IndexKind::Tii { Classification::Total } else { classification };
    let years: Vec<Year> =
        ds.years(source, data_classification).into_iter().filter(|y| year.is_none_or(|only| only == *y)).collect();
    let countries = countries_with_data(ds, source, data_classification);
    let mut rows = Vec::new();
    let mut push = |year, reporter, partner, product: String, value: Option<f64>| {
        if let Some(value) = value {
            rows.push(IndexRow { index, year, reporter, partner, product, value });
        }
    };
    let all = || "all".to_string();
    for &year in &years {
        match index {
            IndexKind::Tci | IndexKind::Tii => {
                for &i in &countries {
                    for &j in countries.iter().filter(|&&j| j != i) {
                        let value = if index == IndexKind::Tci {
                            tci::tci(ds, classification, i, j, year)
                        } else {
                            tii::tii(ds, i, j, year)
                        };
                        push(year, i, j, all(), value);
                    }
                }
            }
            IndexKind::Esi => {
                for (n, &i) in countries.iter().enumerate() {
                    for &j in &countries[n + 1..] {
                        push(year, i, j, all(), esi::esi(ds, classification, i, j, year));
                    }
                }
            }
            IndexKind::GlAggregate => {
                for &i in &countries {
                    push(year, i, Iso3::WORLD, all(), iit::gl_aggregate(ds, classification, i, year));
                }
            }
            IndexKind::Rca | IndexKind::Rsca | IndexKind::Tsc | IndexKind::Gl => {
                for &i in &countries {
                    let by_product = match index {
                        IndexKind::Rca => rca::rca(ds, classification, i, year),
                        IndexKind::Rsca => rca::rsca(ds, classification, i, year),
                        IndexKind::Tsc => tsc::tsc(ds, classification, i, year),
                        _ => iit::gl(ds, classification, i, year),
                    };
                    for (k, value) in by_product.unwrap_or_default().into_iter().enumerate() {
                        push(year, i, Iso3::WORLD, classification.product_code(k), value);
                    }
                }
            }
        }
    }
    rows
}

/// Appends rows as CSV lines; values carry six decimals.
pub fn write_rows_csv(out: &mut String, rows: &[IndexRow]) {
    for row in rows {
        let product = crate::data::csv::quote_field(&row.product);
        let _ = writeln!(
            out,
            "{},{},{},{},{},{:.6}",
            row.index.code(),
            row.year,
            row.reporter,
            row.partner,
            product,
            row.value
        );
    }
}
