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
}

impl IndexKind {
    pub const ALL: [IndexKind; 8] = [
        IndexKind::Tci,
        IndexKind::Rca,
        IndexKind::Rsca,
        IndexKind::Esi,
        IndexKind::Tsc,
        IndexKind::Gl,
        IndexKind::GlAggregate,
        IndexKind::Tii,
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
        }
    }

    /// Whether the data hold what the index needs in that classification.
    pub fn supports(self, classification: Classification) -> bool {
        match self {
            // Imports by product exist only in OEC sections.
            IndexKind::Tci | IndexKind::Tsc | IndexKind::Gl | IndexKind::GlAggregate => {
                classification == Classification::HsSection
            }
            // World exports by product exist only in WITS groups.
            IndexKind::Rca | IndexKind::Rsca => classification == Classification::Wits16,
            IndexKind::Esi => classification != Classification::Total,
            IndexKind::Tii => classification == Classification::Total,
        }
    }

    /// Why the index cannot use a classification, for a usage message.
    pub fn unsupported_reason(self) -> &'static str {
        match self {
            IndexKind::Tci | IndexKind::Tsc | IndexKind::Gl | IndexKind::GlAggregate => {
                "needs imports by product, which only the OEC HS sections (hs_section) have"
            }
            IndexKind::Rca | IndexKind::Rsca => {
                "needs world exports by product, which only the WITS groups (wits16) have"
            }
            IndexKind::Esi => "compares product shares, so it needs wits16 or hs_section",
            IndexKind::Tii => "uses all-products bilateral totals (classification total)",
        }
    }
}

/// The source whose values a classification's indices use.
pub fn source_of(classification: Classification) -> Source {
    match classification {
        Classification::HsSection => Source::Oec,
        Classification::Hs2 => Source::Atlas,
        Classification::Wits16 | Classification::Total => Source::Wits,
    }
}

/// Each value's share of the sum; `None` when the sum is not positive or a value is negative.
pub fn shares(values: &[f64]) -> Option<Vec<f64>> {
    if values.iter().any(|v| !v.is_finite() || *v < 0.0) {
        return None;
    }
    let total: f64 = values.iter().sum();
    if total > 0.0 {
        Some(values.iter().map(|v| v / total).collect())
    } else {
        None
    }
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
