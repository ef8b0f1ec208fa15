//! Trade between two of the three countries, product by product (Atlas, HS chapters).
//!
//! With `X_ij,k` country i's exports of product k to country j:
//!
//! GL_ij,k  = 1 - |X_ij,k - X_ji,k| / (X_ij,k + X_ji,k)                in [0, 1]
//! GL_ij    = 1 - sum_k |X_ij,k - X_ji,k| / sum_k (X_ij,k + X_ji,k)    (trade-weighted aggregate)
//! TSC_ij,k = (X_ij,k - X_ji,k) / (X_ij,k + X_ji,k)                    in [-1, 1]
//!
//! `X_ji,k` is read as i's imports from j: the Atlas reconciles each flow to one value, so it is
//! the same number as j's exports to i (the build checks this). GL is symmetric
//! (GL_ij = GL_ji) and TSC antisymmetric (TSC_ij = -TSC_ji).
//!
//! A chapter the Atlas lists for neither direction (for example meat between Japan and Korea,
//! 2016-2020) had no recorded trade: it has no GL or TSC of its own and adds nothing to either
//! sum of the aggregate, exactly as a zero would. A chapter with trade in neither direction
//! (0 and 0) likewise has no value. Never mix with WITS or OEC values.

use super::iit::{gl_aggregate_working as gl_aggregate_working_of, gl_of, GlWorking};
use super::tsc::{exports_and_imports, tsc_of};
use crate::data::hs2::chapter_index;
use crate::data::{Classification, Dataset, Flow, Iso3, SeriesKey, Source, Year};

/// i's exports to and imports from j for every chapter in `year`: `None` for a chapter neither
/// file lists, and `None` overall when the Atlas has no values for the pair and year.
pub fn flows(ds: &Dataset, country: Iso3, partner: Iso3, year: Year) -> Option<Vec<Option<(f64, f64)>>> {
    if partner == Iso3::WORLD || partner == country {
        return None;
    }
    exports_and_imports(ds, Classification::Hs2, country, partner, year)
}

/// Bilateral GL of every chapter.
pub fn gl_by_chapter(ds: &Dataset, country: Iso3, partner: Iso3, year: Year) -> Option<Vec<Option<f64>>> {
    Some(flows(ds, country, partner, year)?.into_iter().map(|f| f.and_then(|(x, m)| gl_of(x, m))).collect())
}

/// Bilateral TSC of every chapter.
pub fn tsc_by_chapter(ds: &Dataset, country: Iso3, partner: Iso3, year: Year) -> Option<Vec<Option<f64>>> {
    Some(flows(ds, country, partner, year)?.into_iter().map(|f| f.and_then(|(x, m)| tsc_of(x, m))).collect())
}

/// Composition: each chapter's share (%) of `country`'s exports to `partner` (another of the
/// three, or `Iso3::WORLD`) in `year`. Chapters the Atlas does not list have no share; the shares
/// of those it lists sum to 100.
pub fn export_shares_percent(ds: &Dataset, country: Iso3, partner: Iso3, year: Year) -> Option<Vec<Option<f64>>> {
    let key = SeriesKey {
        source: Source::Atlas,
        classification: Classification::Hs2,
        flow: Flow::Export,
        reporter: country,
        partner,
        year,
    };
    let values = ds.product_values(&key)?;
    let total: f64 = values.iter().flatten().map(|v| v.usd).sum();
    (total > 0.0).then(|| values.iter().map(|v| v.map(|v| v.usd / total * 100.0)).collect())
}

/// The working of the trade-weighted bilateral GL: a term for every chapter the Atlas lists for
/// either direction (`GlTerm::product` is the chapter's index), whose sum is the value.
pub fn gl_aggregate_working(ds: &Dataset, country: Iso3, partner: Iso3, year: Year) -> Option<GlWorking> {
    let listed: Vec<(usize, (f64, f64))> =
        flows(ds, country, partner, year)?.into_iter().enumerate().filter_map(|(k, f)| Some((k, f?))).collect();
    let exports: Vec<f64> = listed.iter().map(|(_, (x, _))| *x).collect();
    let imports: Vec<f64> = listed.iter().map(|(_, (_, m))| *m).collect();
    let mut working = gl_aggregate_working_of(&exports, &imports)?;
    for term in &mut working.terms {
        term.product = listed[term.product].0;
    }
    Some(working)
}

/// The trade-weighted bilateral GL over every chapter either country trades with the other.
pub fn gl_aggregate(ds: &Dataset, country: Iso3, partner: Iso3, year: Year) -> Option<f64> {
    gl_aggregate_working(ds, country, partner, year).map(|w| w.value)
}

/// The machinery-and-electrical chapters the article's "approximately 50%" refers to.
pub const MACHINERY_CHAPTERS: [&str; 2] = ["84", "85"];

/// The working of the machinery share: the exports of chapters 84 and 85 (`None` where the
/// Atlas does not list the chapter for the flow) and of every chapter it lists, in US$.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MachineryWorking {
    pub chapters_usd: [Option<f64>; 2],
    pub total_usd: f64,
}

impl MachineryWorking {
    /// `100 × (X₈₄ + X₈₅) / Σ X`, each chapter's share taken on its own as the composition chart
    /// does; `None` when neither chapter is listed.
    pub fn share_percent(&self) -> Option<f64> {
        let listed: Vec<f64> = self.chapters_usd.iter().flatten().map(|x| x / self.total_usd * 100.0).collect();
        (!listed.is_empty()).then(|| listed.iter().sum())
    }
}

/// The flows behind the share of chapters 84 and 85 in `exporter`'s exports to `importer`.
pub fn machinery_working(ds: &Dataset, exporter: Iso3, importer: Iso3, year: Year) -> Option<MachineryWorking> {
    let key = SeriesKey {
        source: Source::Atlas,
        classification: Classification::Hs2,
        flow: Flow::Export,
        reporter: exporter,
        partner: importer,
        year,
    };
    let values = ds.product_values(&key)?;
    let total_usd: f64 = values.iter().flatten().map(|v| v.usd).sum();
    let chapter = |code: &str| values.get(chapter_index(code)?).copied().flatten().map(|v| v.usd);
    (total_usd > 0.0).then(|| MachineryWorking {
        chapters_usd: [chapter(MACHINERY_CHAPTERS[0]), chapter(MACHINERY_CHAPTERS[1])],
        total_usd,
    })
}

/// The share (%) of chapters 84 and 85 in `exporter`'s exports to `importer`. A chapter the
/// Atlas does not list for the flow had no recorded trade and adds nothing.
pub fn machinery_share_percent(ds: &Dataset, exporter: Iso3, importer: Iso3, year: Year) -> Option<f64> {
    machinery_working(ds, exporter, importer, year)?.share_percent()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Precision, TradeRecord};

    fn record(reporter: Iso3, partner: Iso3, flow: Flow, chapter: usize, value: &str) -> TradeRecord {
        TradeRecord {
            source: Source::Atlas,
            year: 2018,
            reporter,
            partner,
            classification: Classification::Hs2,
            product: chapter,
            flow,
            value_usd: value.into(),
            precision: Precision::Full,
        }
    }

    /// China exports 30 of chapter 0 and 5 of chapter 1 to Japan, and imports 10 and 15 from it;
    /// chapter 2 is in neither file.
    fn two_chapters() -> Dataset {
        let (c, j) = (Iso3::CHN, Iso3::JPN);
        Dataset::from_records(&[
            record(c, j, Flow::Export, 0, "30"),
            record(c, j, Flow::Import, 0, "10"),
            record(c, j, Flow::Export, 1, "5"),
            record(c, j, Flow::Import, 1, "15"),
            record(j, c, Flow::Export, 0, "10"),
            record(j, c, Flow::Import, 0, "30"),
            record(j, c, Flow::Export, 1, "15"),
            record(j, c, Flow::Import, 1, "5"),
        ])
    }

    #[test]
    fn hand_computed_cases() {
        let ds = two_chapters();
        let (c, j) = (Iso3::CHN, Iso3::JPN);
        let gl = gl_by_chapter(&ds, c, j, 2018).unwrap();
        assert_eq!((gl[0], gl[1], gl[2]), (Some(0.5), Some(0.5), None));
        let tsc = tsc_by_chapter(&ds, c, j, 2018).unwrap();
        assert_eq!((tsc[0], tsc[1], tsc[2]), (Some(0.5), Some(-0.5), None));
        // |30-10| + |5-15| = 30 of 60 traded: 1 - 0.5; chapter 2 adds nothing.
        assert_eq!(gl_aggregate(&ds, c, j, 2018), Some(0.5));
        assert_eq!(gl_aggregate(&ds, j, c, 2018), Some(0.5));
        assert_eq!(gl_aggregate(&ds, c, Iso3::KOR, 2018), None);
        assert_eq!(gl_aggregate(&ds, c, j, 2017), None);
        assert_eq!(gl_aggregate(&ds, c, Iso3::WORLD, 2018), None);
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn machinery_and_electrical_shares_of_exports_to_china_match_the_provenance_check() {
        // PROVENANCE.md (checked independently in Python): chapters 84+85 were 40.3% of Japan's
        // exports to China in 2020 and 53.9% of Korea's.
        let ds = crate::data::embedded().unwrap();
        let (c84, c85) =
            (crate::data::hs2::chapter_index("84").unwrap(), crate::data::hs2::chapter_index("85").unwrap());
        for (exporter, expected) in [(Iso3::JPN, 40.3), (Iso3::KOR, 53.9)] {
            let shares = export_shares_percent(ds, exporter, Iso3::CHN, 2020).unwrap();
            let machinery = shares[c84].unwrap() + shares[c85].unwrap();
            assert!((machinery - expected).abs() < 0.05, "{exporter}: {machinery:.2}%");
            assert!((shares.iter().flatten().sum::<f64>() - 100.0).abs() < 1e-9);
        }
        assert!(export_shares_percent(ds, Iso3::CHN, Iso3::WORLD, 2018).is_some());
        assert!(export_shares_percent(ds, Iso3::CHN, Iso3::JPN, 2009).is_none());
    }

    /// On the real data: GL in [0, 1] and symmetric, TSC in [-1, 1] and antisymmetric, for every
    /// pair, year and chapter.
    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn properties_hold_on_the_atlas_data() {
        use crate::data::FOCUS_COUNTRIES;
        let ds = crate::data::embedded().unwrap();
        let years = ds.years(Source::Atlas, Classification::Hs2);
        assert_eq!(years.first().zip(years.last()), Some((&2010, &2020)));
        let mut checked = 0;
        for &i in &FOCUS_COUNTRIES {
            for &j in FOCUS_COUNTRIES.iter().filter(|&&j| j != i) {
                for &year in &years {
                    let (gl_ij, gl_ji) =
                        (gl_by_chapter(ds, i, j, year).unwrap(), gl_by_chapter(ds, j, i, year).unwrap());
                    let (tsc_ij, tsc_ji) =
                        (tsc_by_chapter(ds, i, j, year).unwrap(), tsc_by_chapter(ds, j, i, year).unwrap());
                    for k in 0..gl_ij.len() {
                        if let Some(g) = gl_ij[k] {
                            assert!((0.0..=1.0).contains(&g));
                            assert!((g - gl_ji[k].unwrap()).abs() < 1e-12, "{i}-{j} {year} {k}");
                            let t = tsc_ij[k].unwrap();
                            assert!((-1.0..=1.0).contains(&t));
                            assert!((t + tsc_ji[k].unwrap()).abs() < 1e-12);
                            checked += 1;
                        }
                    }
                    let aggregate = gl_aggregate(ds, i, j, year).unwrap();
                    assert!((0.0..=1.0).contains(&aggregate));
                    assert!((aggregate - gl_aggregate(ds, j, i, year).unwrap()).abs() < 1e-12);
                }
            }
        }
        assert!(checked > 6 * 11 * 90, "{checked} chapter values checked");
    }
}
