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
    let mut report = Report { ds, index, classification, countries, rows: Vec::new() };
    for &year in &years {
        match index {
            IndexKind::Tci | IndexKind::Tii | IndexKind::Esi => report.pairwise(year),
            IndexKind::GlAggregate => report.gl_aggregate(year),
            IndexKind::Rca | IndexKind::Rsca | IndexKind::Tsc | IndexKind::Gl | IndexKind::ExportShare => {
                report.by_product(year)
            }
            IndexKind::IntermediateShare => report.intermediate_shares(year),
        }
    }
    report.rows
}

/// The rows of one index as they are computed, year by year.
struct Report<'a> {
    ds: &'a Dataset,
    index: IndexKind,
    classification: Classification,
    countries: Vec<Iso3>,
    rows: Vec<IndexRow>,
}

impl Report<'_> {
    /// Adds a row where the index has a value.
    fn push(&mut self, year: Year, reporter: Iso3, partner: Iso3, product: String, value: Option<f64>) {
        if let Some(value) = value {
            let (index, classification) = (self.index, self.classification);
            self.rows.push(IndexRow { index, classification, year, reporter, partner, product, value });
        }
    }

    /// Every ordered pair of distinct countries.
    fn ordered_pairs(&self) -> Vec<(Iso3, Iso3)> {
        let countries = &self.countries;
        countries.iter().flat_map(|&i| countries.iter().filter(move |&&j| j != i).map(move |&j| (i, j))).collect()
    }

    /// The partners of a by-product or aggregate index: the world, and on the Atlas chapters the
    /// other two of the three.
    fn partners_of(&self, i: Iso3) -> Vec<Iso3> {
        let mut partners = vec![Iso3::WORLD];
        if self.classification == Classification::Hs2 {
            partners.extend(FOCUS_COUNTRIES.into_iter().filter(|&j| j != i));
        }
        partners
    }

    /// TCI, ESI and TII: one value per ordered pair.
    fn pairwise(&mut self, year: Year) {
        for (i, j) in self.ordered_pairs() {
            let value = match self.index {
                IndexKind::Tci => tci::tci(self.ds, self.classification, i, j, year),
                IndexKind::Esi => esi::esi(self.ds, self.classification, i, j, year),
                _ => tii::tii(self.ds, i, j, year),
            };
            self.push(year, i, j, "all".to_string(), value);
        }
    }

    /// Aggregate Grubel–Lloyd: with the world, and between the three on the Atlas chapters.
    fn gl_aggregate(&mut self, year: Year) {
        for i in self.countries.clone() {
            for j in self.partners_of(i) {
                let value = if j == Iso3::WORLD {
                    iit::gl_aggregate(self.ds, self.classification, i, year)
                } else {
                    bilateral::gl_aggregate(self.ds, i, j, year)
                };
                self.push(year, i, j, "all".to_string(), value);
            }
        }
    }

    /// The indices with one value per product: RCA and RSCA against the world; TSC, GL and the
    /// export shares against each partner.
    fn by_product(&mut self, year: Year) {
        for i in self.countries.clone() {
            let partners = if matches!(self.index, IndexKind::Rca | IndexKind::Rsca) {
                vec![Iso3::WORLD]
            } else {
                self.partners_of(i)
            };
            for j in partners {
                let values = self.product_values(year, i, j).unwrap_or_default();
                for (k, value) in values.into_iter().enumerate() {
                    self.push(year, i, j, self.classification.product_code(k), value);
                }
            }
        }
    }

    fn product_values(&self, year: Year, i: Iso3, j: Iso3) -> Option<Vec<Option<f64>>> {
        let (ds, classification) = (self.ds, self.classification);
        match (self.index, j == Iso3::WORLD) {
            (IndexKind::Rca, _) => rca::rca(ds, classification, i, year),
            (IndexKind::Rsca, _) => rca::rsca(ds, classification, i, year),
            (IndexKind::Tsc, true) => tsc::tsc(ds, classification, i, year),
            (IndexKind::Tsc, false) => bilateral::tsc_by_chapter(ds, i, j, year),
            (IndexKind::Gl, true) => iit::gl(ds, classification, i, year),
            (IndexKind::Gl, false) => bilateral::gl_by_chapter(ds, i, j, year),
            (IndexKind::ExportShare, _) => bilateral::export_shares_percent(ds, i, j, year),
            _ => None,
        }
    }

    /// The intermediate share of each direction's goods trade, and by WIOD industry.
    fn intermediate_shares(&mut self, year: Year) {
        let flows = self.ds.value_chains();
        for (i, j) in self.ordered_pairs() {
            let goods = value_chain::intermediate_share_percent(flows, i, j, year, None);
            self.push(year, i, j, "goods".into(), goods);
            for (k, industry) in WIOD_INDUSTRIES.iter().enumerate() {
                let value = value_chain::intermediate_share_percent(flows, i, j, year, Some(k));
                self.push(year, i, j, industry.code.to_string(), value);
            }
        }
    }
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
