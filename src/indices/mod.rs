//! PURE. The trade indices, one file each, and the shared selection types.
//!
//! Shares are always computed within one source and one classification: `wits16` values come
//! from WITS, `hs_section` values from OEC, and no index mixes the two. A value that cannot be
//! computed (a zero denominator, a missing year, an incomplete product vector) is `None`,
//! never NaN and never 0.

pub mod bilateral;
pub mod esi;
pub mod iit;
pub mod mirror;
pub mod rca;
pub mod report;
pub mod tci;
pub mod tii;
pub mod tsc;
pub mod value_chain;

use crate::data::{Classification, Source};

/// The indices the engine computes.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub enum IndexKind {
    Tci,
    Rca,
    Rsca,
    Esi,
    Tsc,
    Gl,
    GlAggregate,
    Tii,
    /// A product's share (%) of a country's exports to the world or to another of the three.
    ExportShare,
    /// The intermediate-use share (%) of a country's exports to another of the three (WIOD).
    IntermediateShare,
}

impl IndexKind {
    pub const ALL: [IndexKind; 10] = [
        IndexKind::Tci,
        IndexKind::Rca,
        IndexKind::Rsca,
        IndexKind::Esi,
        IndexKind::Tsc,
        IndexKind::Gl,
        IndexKind::GlAggregate,
        IndexKind::Tii,
        IndexKind::ExportShare,
        IndexKind::IntermediateShare,
    ];

    pub fn code(self) -> &'static str {
        match self {
            IndexKind::Tci => "tci",
            IndexKind::Rca => "rca",
            IndexKind::Rsca => "rsca",
            IndexKind::Esi => "esi",
            IndexKind::Tsc => "tsc",
            IndexKind::Gl => "gl",
            IndexKind::GlAggregate => "gl_aggregate",
            IndexKind::Tii => "tii",
            IndexKind::ExportShare => "export_share",
            IndexKind::IntermediateShare => "intermediate_share",
        }
    }

    pub fn parse(code: &str) -> Option<IndexKind> {
        IndexKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The classification used when none is asked for.
    pub fn default_classification(self) -> Classification {
        match self {
            IndexKind::Tci | IndexKind::Tsc | IndexKind::Gl | IndexKind::GlAggregate => Classification::HsSection,
            IndexKind::Rca | IndexKind::Rsca | IndexKind::Esi => Classification::Wits16,
            IndexKind::Tii => Classification::Total,
            IndexKind::ExportShare => Classification::Hs2,
            IndexKind::IntermediateShare => Classification::Wiod35,
        }
    }

    /// Whether the data hold what the index needs in that classification.
    pub fn supports(self, classification: Classification) -> bool {
        use Classification::*;
        match self {
            // Imports by product: OEC sections (with the world) and Atlas chapters (with the world
            // and between the three).
            IndexKind::Tci | IndexKind::Tsc | IndexKind::Gl | IndexKind::GlAggregate => {
                matches!(classification, HsSection | Hs2)
            }
            // World exports by product exist only in WITS groups.
            IndexKind::Rca | IndexKind::Rsca => classification == Wits16,
            IndexKind::Esi => matches!(classification, Wits16 | HsSection | Hs2),
            IndexKind::Tii => classification == Total,
            IndexKind::ExportShare => classification == Hs2,
            IndexKind::IntermediateShare => classification == Wiod35,
        }
    }

    /// Every classification the index supports, in [`Classification::ALL`] order.
    pub fn classifications(self) -> Vec<Classification> {
        Classification::ALL.into_iter().filter(|c| self.supports(*c)).collect()
    }

    /// Why the index cannot use a classification, for a usage message.
    pub fn unsupported_reason(self) -> &'static str {
        match self {
            IndexKind::Tci | IndexKind::Tsc | IndexKind::Gl | IndexKind::GlAggregate => {
                "needs imports by product, which only the OEC HS sections (hs_section) and the Atlas chapters (hs2) have"
            }
            IndexKind::Rca | IndexKind::Rsca => {
                "needs world exports by product, which only the WITS groups (wits16) have"
            }
            IndexKind::Esi => "compares product shares, so it needs wits16, hs_section or hs2",
            IndexKind::Tii => "uses all-products bilateral totals (classification total)",
            IndexKind::ExportShare => "uses the Atlas's exports by chapter, to the world and between the three (hs2)",
            IndexKind::IntermediateShare => "uses WIOD's flows by industry and use (wiod35)",
        }
    }
}

/// The source whose values a classification's indices use.
pub fn source_of(classification: Classification) -> Source {
    match classification {
        Classification::HsSection => Source::Oec,
        Classification::Hs2 => Source::Atlas,
        Classification::Wiod35 => Source::Wiod,
        Classification::Wits16 | Classification::Total => Source::Wits,
    }
}

/// The sum of values that shares can be taken of; `None` when the sum is not positive or a value
/// is negative or not finite.
pub fn share_total(values: &[f64]) -> Option<f64> {
    if values.iter().any(|v| !v.is_finite() || *v < 0.0) {
        return None;
    }
    let total: f64 = values.iter().sum();
    (total > 0.0).then_some(total)
}

/// Each value's share of the sum; `None` when the sum is not positive or a value is negative.
pub fn shares(values: &[f64]) -> Option<Vec<f64>> {
    let total = share_total(values)?;
    Some(values.iter().map(|v| v / total).collect())
}

/// One product's term in an index that sums the overlap of two share vectors (TCI, ESI): the
/// two shares and the product's contribution, `100 × min(first, second)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ShareTerm {
    /// The product's index in its classification.
    pub product: usize,
    pub first_share: f64,
    pub second_share: f64,
}

impl ShareTerm {
    /// `|second − first|`: how far apart the two mixes are on this product.
    pub fn gap(&self) -> f64 {
        (self.second_share - self.first_share).abs()
    }

    /// The points this product adds to the index (0–100 scale).
    pub fn contribution(&self) -> f64 {
        100.0 * self.first_share.min(self.second_share)
    }
}

/// The working behind an overlap index: every product's term, and the value, which is the sum
/// of the contributions (so the terms add up to the value shown, by construction).
#[derive(Clone, Debug, PartialEq)]
pub struct ShareWorking {
    pub value: f64,
    pub terms: Vec<ShareTerm>,
}

/// `100 × Σ_k min(a_k, b_k)` with its terms, from two share vectors of the same products.
pub fn share_overlap(first_shares: &[f64], second_shares: &[f64]) -> ShareWorking {
    let terms: Vec<ShareTerm> = first_shares
        .iter()
        .zip(second_shares)
        .enumerate()
        .map(|(product, (first, second))| ShareTerm { product, first_share: *first, second_share: *second })
        .collect();
    ShareWorking { value: terms.iter().map(ShareTerm::contribution).sum(), terms }
}

/// `numerator / denominator` when the result is a finite number, else `None`.
pub fn ratio(numerator: f64, denominator: f64) -> Option<f64> {
    let value = numerator / denominator;
    (denominator != 0.0 && value.is_finite()).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_refuse_empty_zero_and_negative_totals() {
        assert_eq!(shares(&[1.0, 3.0]), Some(vec![0.25, 0.75]));
        assert_eq!(shares(&[0.0, 0.0]), None);
        assert_eq!(shares(&[]), None);
        assert_eq!(shares(&[2.0, -1.0]), None);
        assert_eq!(shares(&[f64::NAN, 1.0]), None);
    }

    #[test]
    fn ratio_refuses_zero_denominators() {
        assert_eq!(ratio(1.0, 4.0), Some(0.25));
        assert_eq!(ratio(1.0, 0.0), None);
        assert_eq!(ratio(0.0, 0.0), None);
    }

    #[test]
    fn codes_round_trip_and_defaults_are_supported() {
        for kind in IndexKind::ALL {
            assert_eq!(IndexKind::parse(kind.code()), Some(kind));
            assert!(kind.supports(kind.default_classification()));
        }
    }
}
