//! Trade intensity index.
//!
//! TII_ij = (X_ij / X_i) / (M_j / M_w)
//!
//! - `X_ij`: i's exports to j (WITS top-5 export partner rows of i's file);
//! - `X_i`: i's total exports; `M_j`: j's total imports; `M_w`: world imports (WITS World file).
//!
//! Above 1, i sends a larger share of its exports to j than j's share of world imports would
//! suggest. WITS lists a partner only in years it was among the reporter's top five, so some
//! years have no value; missing years stay missing, never interpolated.

use super::ratio;
use crate::data::{Dataset, Flow, Iso3, Source, Year};

/// The working of a TII: its four totals (US$) and the two shares.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TiiWorking {
    /// `X_ij`.
    pub exports_to_partner_usd: f64,
    /// `X_i`.
    pub exports_total_usd: f64,
    /// `M_j`.
    pub partner_imports_usd: f64,
    /// `M_w`.
    pub world_imports_usd: f64,
}

impl TiiWorking {
    /// `X_ij / X_i`: the partner's share of the exporter's exports.
    pub fn export_share(&self) -> Option<f64> {
        ratio(self.exports_to_partner_usd, self.exports_total_usd)
    }

    /// `M_j / M_w`: the partner's share of world imports.
    pub fn import_share(&self) -> Option<f64> {
        ratio(self.partner_imports_usd, self.world_imports_usd)
    }

    pub fn value(&self) -> Option<f64> {
        ratio(self.export_share()?, self.import_share()?)
    }
}

/// TII from its four totals.
pub fn tii_of(exports_to_partner: f64, exports_total: f64, partner_imports: f64, world_imports: f64) -> Option<f64> {
    TiiWorking {
        exports_to_partner_usd: exports_to_partner,
        exports_total_usd: exports_total,
        partner_imports_usd: partner_imports,
        world_imports_usd: world_imports,
    }
    .value()
}

/// The working of `exporter`'s TII with `importer` in `year`; `None` where a total is missing.
pub fn working(ds: &Dataset, exporter: Iso3, importer: Iso3, year: Year) -> Option<TiiWorking> {
    let total = |flow, reporter, partner| ds.total(Source::Wits, flow, reporter, partner, year).map(|v| v.usd);
    Some(TiiWorking {
        exports_to_partner_usd: total(Flow::Export, exporter, importer)?,
        exports_total_usd: total(Flow::Export, exporter, Iso3::WORLD)?,
        partner_imports_usd: total(Flow::Import, importer, Iso3::WORLD)?,
        world_imports_usd: total(Flow::Import, Iso3::WORLD, Iso3::WORLD)?,
    })
}

/// TII of `exporter` with `importer` in `year`.
pub fn tii(ds: &Dataset, exporter: Iso3, importer: Iso3, year: Year) -> Option<f64> {
    working(ds, exporter, importer, year)?.value()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hand_computed_cases() {
        // i sends 20% of its exports to j; j takes 10% of world imports -> 2.
        assert!((tii_of(20.0, 100.0, 10.0, 100.0).unwrap() - 2.0).abs() < 1e-12);
        assert_eq!(tii_of(20.0, 0.0, 10.0, 100.0), None);
        assert_eq!(tii_of(20.0, 100.0, 0.0, 100.0), None);
    }
}
