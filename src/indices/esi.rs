//! Export similarity index (Finger and Kreinin, 1979).
//!
//! ESI_ij = 100 * sum_k min(x_ik, x_jk)
//!
//! `x_ik` is the share of product k in country i's exports to the world. 100 means identical
//! export mixes (the two compete head-on in the same products); 0 means no overlap. Symmetric.
//! Data: WITS 16 groups (every WITS country, every year), OEC HS sections (2010-2018, RCEP) or
//! the Atlas's chapters. A product the source leaves out counts as zero where the source confirms
//! it (OEC/BACI lists only non-zero flows; WITS groups that still add up to the stated total; see
//! `Dataset::world_values_usd_absent_as_zero`). No value when a vector is missing or sums to zero.

use super::{share_overlap, shares, source_of, ShareWorking};
use crate::data::{Classification, Dataset, Flow, Iso3, Year};

/// ESI from two export share vectors (each summing to 1).
pub fn esi_from_shares(a_shares: &[f64], b_shares: &[f64]) -> f64 {
    share_overlap(a_shares, b_shares).value
}

/// The working of the ESI of `a` and `b` in `year`: per product, each one's share of its exports
/// to the world (`first_share` is `a`'s) and the term `100 × min`, and the value, their sum.
pub fn working(ds: &Dataset, classification: Classification, a: Iso3, b: Iso3, year: Year) -> Option<ShareWorking> {
    let source = source_of(classification);
    let (a_exports, _) = ds.world_values_usd_absent_as_zero(source, classification, Flow::Export, a, year)?;
    let (b_exports, _) = ds.world_values_usd_absent_as_zero(source, classification, Flow::Export, b, year)?;
    Some(share_overlap(&shares(&a_exports)?, &shares(&b_exports)?))
}

/// ESI of the exports of `a` and `b` to the world in `year`.
pub fn esi(ds: &Dataset, classification: Classification, a: Iso3, b: Iso3, year: Year) -> Option<f64> {
    working(ds, classification, a, b, year).map(|w| w.value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hand_computed_case() {
        // min(0.5, 0.2) + min(0.3, 0.3) + min(0.2, 0.5) = 0.2 + 0.3 + 0.2 = 0.7 -> 70.
        assert!((esi_from_shares(&[0.5, 0.3, 0.2], &[0.2, 0.3, 0.5]) - 70.0).abs() < 1e-12);
        assert_eq!(esi_from_shares(&[1.0, 0.0], &[0.0, 1.0]), 0.0);
    }
}
