//! Trade specialisation coefficient (also called the trade competitiveness index).
//!
//! TSC_ik = (X_ik - M_ik) / (X_ik + M_ik), in [-1, 1]
//!
//! `X_ik` and `M_ik` are country i's exports and imports of product k with the world. +1: i only
//! exports k; -1: i only imports k; near 0: i both exports and imports k. Data: OEC HS sections
//! (the only source with imports by product). No value for a product whose export or import is
//! missing, or whose trade is zero.

use super::{ratio, source_of};
use crate::data::{Classification, Dataset, Flow, Iso3, SeriesKey, Value, Year};

/// TSC from one product's exports and imports.
pub fn tsc_of(exports: f64, imports: f64) -> Option<f64> {
    ratio(exports - imports, exports + imports)
}

/// Exports to and imports from `partner` (the world, or on the Atlas chapters another of the
/// three) of every product for `country` in `year`, `None` where either is missing.
pub fn exports_and_imports(
    ds: &Dataset,
    classification: Classification,
    country: Iso3,
    partner: Iso3,
    year: Year,
) -> Option<Vec<Option<(f64, f64)>>> {
    let key =
        |flow| SeriesKey { source: source_of(classification), classification, flow, reporter: country, partner, year };
    let exports = ds.product_values(&key(Flow::Export))?;
    let imports = ds.product_values(&key(Flow::Import))?;
    let pair = |(x, m): (&Option<Value>, &Option<Value>)| Some((x.as_ref()?.usd, m.as_ref()?.usd));
    Some(exports.iter().zip(imports).map(pair).collect())
}

/// TSC of every product for `country` in `year`.
pub fn tsc(ds: &Dataset, classification: Classification, country: Iso3, year: Year) -> Option<Vec<Option<f64>>> {
    let flows = exports_and_imports(ds, classification, country, Iso3::WORLD, year)?;
    Some(flows.into_iter().map(|f| f.and_then(|(x, m)| tsc_of(x, m))).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hand_computed_cases() {
        assert_eq!(tsc_of(30.0, 10.0), Some(0.5));
        assert_eq!(tsc_of(0.0, 10.0), Some(-1.0));
        assert_eq!(tsc_of(10.0, 0.0), Some(1.0));
        assert_eq!(tsc_of(0.0, 0.0), None);
    }
}
