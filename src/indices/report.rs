//! Every value of an index for every pair and year, as rows of
//! `index,classification,year,reporter,partner,product,value` (the `indices` command prints these).
//!
//! Which countries and pairs:
//! - TCI, TII, ESI: every ordered pair of distinct countries with data (ESI is symmetric, and both
//!   orders are printed);
//! - RCA, RSCA: every country and product, partner `WLD`;
//! - TSC, GL, GL aggregate (product `all`): partner `WLD`; on the Atlas chapters (`hs2`) also each
//!   of the other two of the three (bilateral);
//! - export share: every country and chapter, partner `WLD` and each of the other two;
//! - intermediate share: every ordered pair, product `goods` (c1-c16 together) and each industry.
//!
//! Countries are the RCEP members with data in the index's source, in RCEP order. Values that
//! cannot be computed are left out (the index module says why such a value does not exist).

use std::fmt::Write;

use super::{bilateral, esi, iit, rca, source_of, tci, tii, tsc, value_chain, IndexKind};
use crate::data::wiod::WIOD_INDUSTRIES;
use crate::data::{Classification, Dataset, Iso3, Source, Year, FOCUS_COUNTRIES, RCEP_MEMBERS};

#[derive(Clone, Debug, PartialEq)]
pub struct IndexRow {
    pub index: IndexKind,
    pub classification: Classification,
    pub year: Year,
    pub reporter: Iso3,
    pub partner: Iso3,
    /// The product code as in the canonical table, `all`, or `goods`.
    pub product: String,
    pub value: f64,
}

pub const CSV_HEADER: &str = "index,classification,year,reporter,partner,product,value";

/// The RCEP members with any data in a source and classification, in RCEP order.
pub fn countries_with_data(ds: &Dataset, source: Source, classification: Classification) -> Vec<Iso3> {
    let present = ds.reporters(source, classification);
    RCEP_MEMBERS.into_iter().filter(|c| present.contains(c)).collect()
}

/// The years of WIOD's value chains.
fn wiod_years(ds: &Dataset) -> Vec<Year> {
    let years: std::collections::BTreeSet<Year> = ds.value_chains().iter().map(|f| f.year).collect();
    years.into_iter().collect()
}

/// Computes every row of one index in one classification; `year` limits to one year.
pub fn index_rows(ds: &Dataset, index: IndexKind, classification: Classification, year: Option<Year>) -> Vec<IndexRow> {
    let source = source_of(classification);
    let data_classification = if index == IndexKind::Tii { Classification::Total } else { classification };
    let all_years =
        if index == IndexKind::IntermediateShare { wiod_years(ds) } else { ds.years(source, data_classification) };
    let years: Vec<Year> = all_years.into_iter().filter(|y| year.is_none_or(|only| only == *y)).collect();
    let countries = if index == IndexKind::IntermediateShare {
        FOCUS_COUNTRIES.to_vec()
    } else {
        countries_with_data(ds, source, data_classification)
    };
    // The partners of a by-product or aggregate index: the world, and on the Atlas chapters the
    // other two of the three.
    let partners_of = |i: Iso3| -> Vec<Iso3> {
        let mut partners = vec![Iso3::WORLD];
        if classification == Classification::Hs2 {
            partners.extend(FOCUS_COUNTRIES.into_iter().filter(|&j| j != i));
        }
        partners
    };
    let mut rows = Vec::new();
    let mut push = |year, reporter, partner, product: String, value: Option<f64>| {
        if let Some(value) = value {
            rows.push(IndexRow { index, classification, year, reporter, partner, product, value });
        }
    };
    let all = || "all".to_string();
    let by_product = |year, i, j| -> Option<Vec<Option<f64>>> {
        match (index, j == Iso3::WORLD) {
            (IndexKind::Rca, _) => rca::rca(ds, classification, i, year),
            (IndexKind::Rsca, _) => rca::rsca(ds, classification, i, year),
            (IndexKind::Tsc, true) => tsc::tsc(ds, classification, i, year),
            (IndexKind::Tsc, false) => bilateral::tsc_by_chapter(ds, i, j, year),
            (IndexKind::Gl, true) => iit::gl(ds, classification, i, year),
            (IndexKind::Gl, false) => bilateral::gl_by_chapter(ds, i, j, year),
            (IndexKind::ExportShare, _) => bilateral::export_shares_percent(ds, i, j, year),
            _ => None,
        }
    };
    for &year in &years {
        match index {
            IndexKind::Tci | IndexKind::Tii | IndexKind::Esi => {
                for &i in &countries {
                    for &j in countries.iter().filter(|&&j| j != i) {
                        let value = match index {
                            IndexKind::Tci => tci::tci(ds, classification, i, j, year),
                            IndexKind::Esi => esi::esi(ds, classification, i, j, year),
                            _ => tii::tii(ds, i, j, year),
                        };
                        push(year, i, j, all(), value);
                    }
                }
            }
            IndexKind::GlAggregate => {
                for &i in &countries {
                    for j in partners_of(i) {
                        let value = if j == Iso3::WORLD {
                            iit::gl_aggregate(ds, classification, i, year)
                        } else {
                            bilateral::gl_aggregate(ds, i, j, year)
                        };
                        push(year, i, j, all(), value);
                    }
                }
            }
            IndexKind::Rca | IndexKind::Rsca | IndexKind::Tsc | IndexKind::Gl | IndexKind::ExportShare => {
                for &i in &countries {
                    let partners = if matches!(index, IndexKind::Rca | IndexKind::Rsca) {
                        vec![Iso3::WORLD]
                    } else {
                        partners_of(i)
                    };
                    for j in partners {
                        for (k, value) in by_product(year, i, j).unwrap_or_default().into_iter().enumerate() {
                            push(year, i, j, classification.product_code(k), value);
                        }
                    }
                }
            }
            IndexKind::IntermediateShare => {
                let flows = ds.value_chains();
                for &i in &countries {
                    for &j in countries.iter().filter(|&&j| j != i) {
                        push(
                            year,
                            i,
                            j,
                            "goods".into(),
                            value_chain::intermediate_share_percent(flows, i, j, year, None),
                        );
                        for (k, industry) in WIOD_INDUSTRIES.iter().enumerate() {
                            let value = value_chain::intermediate_share_percent(flows, i, j, year, Some(k));
                            push(year, i, j, industry.code.to_string(), value);
                        }
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
            "{},{},{},{},{},{},{:.6}",
            row.index.code(),
            row.classification.code(),
            row.year,
            row.reporter,
            row.partner,
            product,
            row.value
        );
    }
}
