//! Revealed comparative advantage (Balassa) and its symmetric form.
//!
//! RCA_ik = (X_ik / X_i) / (X_wk / X_w)
//! RSCA_ik = (RCA_ik - 1) / (RCA_ik + 1), in [-1, 1), 0 where RCA = 1.
//!
//! - `X_ik`: country i's exports of product k to the world; `X_i = sum_k X_ik`;
//! - `X_wk`: world exports of product k (the WITS World file); `X_w = sum_k X_wk`.
//!
//! RCA > 1 means product k weighs more in i's exports than in world exports. Totals are the sums
//! of the product values, so the world-share-weighted mean of a country's RCA is exactly 1.
//! (WITS World's group sums differ from its stated total in 1991-1998; see SOURCES.md.)
//! Data: WITS 16 groups, every WITS country and year. No value for a country-year whose product
//! vector is incomplete, or for a product with no world exports.

use super::{ratio, share_total, source_of};
use crate::data::{Classification, Dataset, Flow, Iso3, SeriesKey, Value, Year};

/// The working of one product's RCA: the four export values (US$) and the two shares.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RcaWorking {
    /// `X_ik`: the country's exports of the product to the world.
    pub country_product_usd: f64,
    /// `X_i`: the country's exports of every product.
    pub country_total_usd: f64,
    /// `X_wk`: world exports of the product.
    pub world_product_usd: f64,
    /// `X_w`: world exports of every product.
    pub world_total_usd: f64,
}

impl RcaWorking {
    /// `X_ik / X_i`.
    pub fn country_share(&self) -> Option<f64> {
        ratio(self.country_product_usd, self.country_total_usd)
    }

    /// `X_wk / X_w`.
    pub fn world_share(&self) -> Option<f64> {
        ratio(self.world_product_usd, self.world_total_usd)
    }

    /// The ratio of the two shares.
    pub fn rca(&self) -> Option<f64> {
        ratio(self.country_share()?, self.world_share()?)
    }

    pub fn rsca(&self) -> Option<f64> {
        rsca_of(self.rca()?)
    }
}

/// Every product's RCA working from a country's and the world's export values by product;
/// `None` if either has no positive total or a value that is negative or not finite.
pub fn workings_from_values(country_exports: &[f64], world_exports: &[f64]) -> Option<Vec<RcaWorking>> {
    let country_total_usd = share_total(country_exports)?;
    let world_total_usd = share_total(world_exports)?;
    Some(
        country_exports
            .iter()
            .zip(world_exports)
            .map(|(country, world)| RcaWorking {
                country_product_usd: *country,
                country_total_usd,
                world_product_usd: *world,
                world_total_usd,
            })
            .collect(),
    )
}

/// RCA per product from a country's and the world's export values by product.
pub fn rca_from_values(country_exports: &[f64], world_exports: &[f64]) -> Option<Vec<Option<f64>>> {
    Some(workings_from_values(country_exports, world_exports)?.iter().map(RcaWorking::rca).collect())
}

/// The symmetric RSCA of one RCA value.
pub fn rsca_of(rca: f64) -> Option<f64> {
    ratio(rca - 1.0, rca + 1.0)
}

/// The RCA working of every product for `country` in `year`; `None` for a product the source
/// does not list for the country. When every product is listed, `X_i` is their sum (as `X_w` is
/// the world's); when some are not (WITS leaves out a few groups of Brunei and Cambodia in
/// some years), a listed product's RCA needs only its own exports, the country's total and the
/// world's, so `X_i` is the country's stated all-products total (WITS's own row), and the
/// unlisted products stay blank.
pub fn workings(
    ds: &Dataset,
    classification: Classification,
    country: Iso3,
    year: Year,
) -> Option<Vec<Option<RcaWorking>>> {
    let source = source_of(classification);
    let world_exports = ds.world_values_usd(source, classification, Flow::Export, Iso3::WORLD, year)?;
    if let Some(country_exports) = ds.world_values_usd(source, classification, Flow::Export, country, year) {
        return Some(workings_from_values(&country_exports, &world_exports)?.into_iter().map(Some).collect());
    }
    let listed = ds.product_values(&SeriesKey::to_world(source, classification, Flow::Export, country, year))?;
    let country_total_usd = ds.total(source, Flow::Export, country, Iso3::WORLD, year)?.usd;
    let world_total_usd = share_total(&world_exports)?;
    share_total(&[country_total_usd])?;
    let working = |(listed, world): (&Option<Value>, &f64)| {
        Some(RcaWorking {
            country_product_usd: listed.as_ref()?.usd,
            country_total_usd,
            world_product_usd: *world,
            world_total_usd,
        })
    };
    Some(listed.iter().zip(&world_exports).map(working).collect())
}

/// The products a country's RCA leaves blank in a year because the source does not list them,
/// by their index; empty when every product is listed or the country has no data.
pub fn unlisted_products(ds: &Dataset, classification: Classification, country: Iso3, year: Year) -> Vec<usize> {
    let key = SeriesKey::to_world(source_of(classification), classification, Flow::Export, country, year);
    let Some(values) = ds.product_values(&key) else { return Vec::new() };
    values.iter().enumerate().filter(|(_, v)| v.is_none()).map(|(k, _)| k).collect()
}

/// RCA of every product for `country` in `year`.
pub fn rca(ds: &Dataset, classification: Classification, country: Iso3, year: Year) -> Option<Vec<Option<f64>>> {
    let workings = workings(ds, classification, country, year)?;
    Some(workings.iter().map(|w| w.as_ref().and_then(RcaWorking::rca)).collect())
}

/// RSCA of every product for `country` in `year`.
pub fn rsca(ds: &Dataset, classification: Classification, country: Iso3, year: Year) -> Option<Vec<Option<f64>>> {
    Some(rca(ds, classification, country, year)?.into_iter().map(|v| v.and_then(rsca_of)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hand_computed_case() {
        // Country: 30 of A, 70 of B; world: 10 of A, 90 of B.
        // RCA_A = 0.3 / 0.1 = 3; RCA_B = 0.7 / 0.9 = 0.777...
        let rca = rca_from_values(&[30.0, 70.0], &[10.0, 90.0]).unwrap();
        assert!((rca[0].unwrap() - 3.0).abs() < 1e-12);
        assert!((rca[1].unwrap() - 7.0 / 9.0).abs() < 1e-12);
        assert!((rsca_of(3.0).unwrap() - 0.5).abs() < 1e-12);
        assert_eq!(rsca_of(1.0), Some(0.0));
        let working = workings_from_values(&[30.0, 70.0], &[10.0, 90.0]).unwrap()[0];
        assert_eq!(
            (
                working.country_product_usd,
                working.country_total_usd,
                working.world_product_usd,
                working.world_total_usd
            ),
            (30.0, 100.0, 10.0, 100.0)
        );
        assert_eq!((working.country_share(), working.world_share()), (Some(0.3), Some(0.1)));
        assert!((working.rsca().unwrap() - 0.5).abs() < 1e-12);
    }

    #[test]
    fn a_product_the_world_does_not_export_has_no_value() {
        let rca = rca_from_values(&[1.0, 0.0], &[5.0, 0.0]).unwrap();
        assert_eq!(rca[1], None);
        assert_eq!(rca_from_values(&[0.0, 0.0], &[1.0, 1.0]), None);
    }
}
