//! Intra-industry trade with the world (Grubel and Lloyd, 1975).
//!
//! GL_ik = 1 - |X_ik - M_ik| / (X_ik + M_ik), in [0, 1]
//! GL_i  = 1 - sum_k |X_ik - M_ik| / sum_k (X_ik + M_ik)   (the trade-weighted aggregate)
//!
//! `X_ik`, `M_ik`: country i's exports and imports of product k **with the world**. Bilateral flows
//! by product are not in the data, so this is not intra-industry trade between two of the three
//! countries and is never labelled so. Data: OEC HS sections. No value for a product with a missing
//! flow or zero trade; the aggregate needs both flows complete for every product.

use super::tsc::exports_and_imports;
use super::{ratio, source_of};
use crate::data::{Classification, Dataset, Flow, Iso3, Year};

/// GL of one product.
pub fn gl_of(exports: f64, imports: f64) -> Option<f64> {
    Some(1.0 - ratio((exports - imports).abs(), exports + imports)?)
}

/// One product's term of the aggregate GL: its flows, its weight (its share of all trade) and
/// its own GL. The aggregate is `Σ_k weight_k × GL_k`, which equals
/// `1 − Σ_k |X_k − M_k| / Σ_k (X_k + M_k)`; a product without trade weighs nothing.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GlTerm {
    pub product: usize,
    pub exports_usd: f64,
    pub imports_usd: f64,
    pub weight: f64,
}

impl GlTerm {
    pub fn gl(&self) -> Option<f64> {
        gl_of(self.exports_usd, self.imports_usd)
    }

    /// What the product adds to the aggregate: `weight × GL`, 0 for a product without trade.
    pub fn contribution(&self) -> f64 {
        self.gl().map_or(0.0, |gl| self.weight * gl)
    }
}

/// The aggregate GL's working: every product's term, and the value, their sum.
#[derive(Clone, Debug, PartialEq)]
pub struct GlWorking {
    pub value: f64,
    pub terms: Vec<GlTerm>,
}

/// The working of the trade-weighted aggregate GL; `None` when there is no trade at all.
pub fn gl_aggregate_working(exports: &[f64], imports: &[f64]) -> Option<GlWorking> {
    let trade: f64 = exports.iter().zip(imports).map(|(x, m)| x + m).sum();
    let terms: Vec<GlTerm> = exports
        .iter()
        .zip(imports)
        .enumerate()
        .map(|(product, (x, m))| {
            Some(GlTerm { product, exports_usd: *x, imports_usd: *m, weight: ratio(x + m, trade)? })
        })
        .collect::<Option<_>>()?;
    Some(GlWorking { value: terms.iter().map(GlTerm::contribution).sum(), terms })
}

/// The trade-weighted aggregate GL over all products.
pub fn gl_aggregate_of(exports: &[f64], imports: &[f64]) -> Option<f64> {
    gl_aggregate_working(exports, imports).map(|w| w.value)
}

/// GL of every product for `country` in `year`.
pub fn gl(ds: &Dataset, classification: Classification, country: Iso3, year: Year) -> Option<Vec<Option<f64>>> {
    let flows = exports_and_imports(ds, classification, country, Iso3::WORLD, year)?;
    Some(flows.into_iter().map(|f| f.and_then(|(x, m)| gl_of(x, m))).collect())
}

/// The working of `country`'s aggregate GL with the world in `year`: both flows must be
/// complete for every product.
pub fn aggregate_working(ds: &Dataset, classification: Classification, country: Iso3, year: Year) -> Option<GlWorking> {
    let source = source_of(classification);
    let exports = ds.world_values_usd(source, classification, Flow::Export, country, year)?;
    let imports = ds.world_values_usd(source, classification, Flow::Import, country, year)?;
    gl_aggregate_working(&exports, &imports)
}

/// The aggregate GL of `country` in `year`.
pub fn gl_aggregate(ds: &Dataset, classification: Classification, country: Iso3, year: Year) -> Option<f64> {
    aggregate_working(ds, classification, country, year).map(|w| w.value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hand_computed_cases() {
        assert_eq!(gl_of(30.0, 10.0), Some(0.5));
        assert_eq!(gl_of(10.0, 10.0), Some(1.0));
        assert_eq!(gl_of(0.0, 10.0), Some(0.0));
        assert_eq!(gl_of(0.0, 0.0), None);
        // |30-10| + |5-15| = 30 over 60 of trade -> 1 - 0.5 = 0.5.
        assert_eq!(gl_aggregate_of(&[30.0, 5.0], &[10.0, 15.0]), Some(0.5));
        assert_eq!(gl_aggregate_of(&[0.0], &[0.0]), None);
    }
}
