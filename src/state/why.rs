//! PURE. Which index value's working is open ("Why this number?"): the index's code, what the
//! value is about, and the year, as the link writes it: `tci:KOR>CHN:2018` (a pair),
//! `rca:KOR>13:2019` (a country and a WITS group, 0–15), `tsc:CHN>15:2018` (a country and an HS
//! section, 0–20), `gl:JPN:2018` (a country with the world), `btsc:CHN>JPN>85:2018` (two of the
//! three and an HS chapter, by its code). A heatmap cell names its value with the same key as the
//! line of that pair or country.

use std::fmt;

use crate::data::hs2::{chapter_index, HS2_CHAPTERS};
use crate::data::wiod::{GOODS_INDUSTRY_COUNT, WIOD_INDUSTRIES};
use crate::data::{Iso3, Year, HS_SECTIONS, WITS_GROUPS, YEARS};

/// The index whose working a key opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WhyIndex {
    /// Trade complementarity of an exporter's exports with an importer's imports.
    Tci,
    /// Export similarity of two countries' exports to the world.
    Esi,
    /// Revealed comparative advantage of a country in a WITS product group.
    Rca,
    /// Trade intensity of an exporter's exports to an importer.
    Tii,
    /// Trade specialisation of a country in an HS section, with the world.
    Tsc,
    /// A country's trade-weighted intra-industry trade with the world (aggregate Grubel–Lloyd).
    Gl,
    /// The share of an exporter's goods shipped to an importer that its industries use as inputs
    /// (WIOD).
    Intermediate,
    /// The share of HS chapters 84 and 85 in an exporter's exports to an importer (Atlas).
    Machinery,
    /// Trade complementarity on the Atlas's HS chapters (beside the one on HS sections).
    TciChapters,
    /// Intra-industry trade between two of the three, over every chapter or in one (Atlas).
    BilateralGl,
    /// Trade specialisation of one of the three with another in an HS chapter (Atlas).
    BilateralTsc,
}

impl WhyIndex {
    pub const ALL: [WhyIndex; 11] = [
        WhyIndex::Tci,
        WhyIndex::Esi,
        WhyIndex::Rca,
        WhyIndex::Tii,
        WhyIndex::Tsc,
        WhyIndex::Gl,
        WhyIndex::Intermediate,
        WhyIndex::Machinery,
        WhyIndex::TciChapters,
        WhyIndex::BilateralGl,
        WhyIndex::BilateralTsc,
    ];

    /// The view whose charts show the index's values.
    pub fn view(self) -> super::View {
        match self {
            WhyIndex::Tci => super::View::Complementarity,
            WhyIndex::Esi => super::View::Competition,
            WhyIndex::Rca => super::View::Advantage,
            WhyIndex::Tii => super::View::Ties,
            WhyIndex::Tsc | WhyIndex::Gl => super::View::Division,
            WhyIndex::Intermediate => super::View::ValueChains,
            WhyIndex::Machinery | WhyIndex::TciChapters | WhyIndex::BilateralGl | WhyIndex::BilateralTsc => {
                super::View::Between
            }
        }
    }

    /// Whether `view` shows values of the index (the share of HS 84–85 is also checked against
    /// the article in its own view; "Between the three" draws TCI on sections beside chapters).
    pub fn shown_in(self, view: super::View) -> bool {
        view == self.view()
            || (self == WhyIndex::Machinery && view == super::View::Article)
            || (self == WhyIndex::Tci && view == super::View::Between)
    }

    pub fn code(self) -> &'static str {
        match self {
            WhyIndex::Tci => "tci",
            WhyIndex::Esi => "esi",
            WhyIndex::Rca => "rca",
            WhyIndex::Tii => "tii",
            WhyIndex::Tsc => "tsc",
            WhyIndex::Gl => "gl",
            WhyIndex::Intermediate => "is",
            WhyIndex::Machinery => "hs8485",
            WhyIndex::TciChapters => "tcihs2",
            WhyIndex::BilateralGl => "bgl",
            WhyIndex::BilateralTsc => "btsc",
        }
    }

    /// How a product of a pair's index is spelled in a key: an HS chapter by its code ("85"), a
    /// WIOD goods industry by its code ("c14").
    fn pair_product_code(self, product: usize) -> Option<&'static str> {
        match self {
            WhyIndex::BilateralGl | WhyIndex::BilateralTsc => HS2_CHAPTERS.get(product).map(|c| c.code),
            WhyIndex::Intermediate => WIOD_INDUSTRIES[..GOODS_INDUSTRY_COUNT].get(product).map(|i| i.code),
            _ => None,
        }
    }

    /// The product a pair's index key spells `code`.
    fn pair_product(self, code: &str) -> Option<usize> {
        match self {
            WhyIndex::BilateralGl | WhyIndex::BilateralTsc => chapter_index(code),
            WhyIndex::Intermediate => WIOD_INDUSTRIES[..GOODS_INDUSTRY_COUNT].iter().position(|i| i.code == code),
            _ => None,
        }
    }

    /// How many products the index's classification has, for an index of one product (RCA on
    /// the WITS groups, TSC on the HS sections).
    fn product_count(self) -> Option<usize> {
        match self {
            WhyIndex::Rca => Some(WITS_GROUPS.len()),
            WhyIndex::Tsc => Some(HS_SECTIONS.len()),
            _ => None,
        }
    }
}

/// What the value is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WhySubject {
    /// Two countries in order (exporter and importer, or the two compared).
    Pair(Iso3, Iso3),
    /// A country and a product of the index's classification (by its index).
    CountryProduct(Iso3, usize),
    /// A country, with the world.
    Country(Iso3),
    /// Two countries in order and a product of the index's classification (by its index): an
    /// HS chapter (`HS2_CHAPTERS`) or a WIOD goods industry (`WIOD_INDUSTRIES`).
    PairProduct(Iso3, Iso3, usize),
}

/// One index value whose working is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct WhyKey {
    pub index: WhyIndex,
    pub subject: WhySubject,
    pub year: Year,
}

/// The longest `why=` value read; longer ones are refused before parsing.
const MAX_KEY_CHARS: usize = 40;

impl WhyKey {
    pub fn pair(index: WhyIndex, first: Iso3, second: Iso3, year: Year) -> WhyKey {
        WhyKey { index, subject: WhySubject::Pair(first, second), year }
    }

    /// The series part of the key, without the year (`tci:KOR>CHN`): what a chart's line or
    /// cell carries, to which the year of the point is added.
    pub fn series(index: WhyIndex, subject: WhySubject) -> String {
        match subject {
            WhySubject::Pair(a, b) => format!("{}:{a}>{b}", index.code()),
            WhySubject::CountryProduct(country, product) => format!("{}:{country}>{product}", index.code()),
            WhySubject::Country(country) => format!("{}:{country}", index.code()),
            WhySubject::PairProduct(a, b, product) => {
                format!("{}:{a}>{b}>{}", index.code(), index.pair_product_code(product).unwrap_or(""))
            }
        }
    }

    /// Reads a key (`tci:KOR>CHN:2018`); `None` for anything else. A pair must be two different
    /// countries; a product must be one of the index's classification.
    pub fn parse(text: &str) -> Option<WhyKey> {
        if text.chars().count() > MAX_KEY_CHARS {
            return None;
        }
        let (series, year) = text.rsplit_once(':')?;
        let year: Year = year.parse().ok().filter(|y| YEARS.contains(y))?;
        let (code, subject) = series.split_once(':')?;
        let index = WhyIndex::ALL.into_iter().find(|i| i.code() == code)?;
        let parts: Vec<&str> = subject.split('>').collect();
        let pair = |a: &str, b: &str| Some((Iso3::parse(a)?, Iso3::parse(b)?)).filter(|(a, b)| a != b);
        let subject = match (index, parts.as_slice()) {
            (WhyIndex::Gl, [country]) => WhySubject::Country(Iso3::parse(country)?),
            (_, [a, b, product]) if index.pair_product(product).is_some() => {
                let (a, b) = pair(a, b)?;
                WhySubject::PairProduct(a, b, index.pair_product(product)?)
            }
            (WhyIndex::Gl | WhyIndex::BilateralTsc, _) | (_, [_] | [_, _, _]) => return None,
            (_, [first, second]) => match index.product_count() {
                Some(count) => {
                    let product: usize = second.parse().ok().filter(|p| *p < count)?;
                    // One spelling per product: "05" is not "5".
                    (product.to_string() == *second).then_some(())?;
                    WhySubject::CountryProduct(Iso3::parse(first)?, product)
                }
                None => {
                    let (a, b) = pair(first, second)?;
                    WhySubject::Pair(a, b)
                }
            },
            _ => return None,
        };
        Some(WhyKey { index, subject, year })
    }
}

impl fmt::Display for WhyKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", WhyKey::series(self.index, self.subject), self.year)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip() {
        for text in [
            "tci:KOR>CHN:2018",
            "esi:CHN>JPN:2015",
            "rca:KOR>13:2019",
            "tii:JPN>CHN:2020",
            "tsc:CHN>20:2018",
            "gl:JPN:2012",
            "is:KOR>CHN:2011",
            "hs8485:JPN>CHN:2019",
            "tcihs2:CHN>KOR:2005",
            "bgl:CHN>JPN:2020",
            "bgl:JPN>KOR>85:2018",
            "btsc:KOR>CHN>01:2010",
            "is:JPN>KOR>c14:2008",
        ] {
            let key = WhyKey::parse(text).unwrap_or_else(|| panic!("{text} should parse"));
            assert_eq!(key.to_string(), text);
        }
    }

    #[test]
    fn malformed_keys_are_refused() {
        for text in [
            "",
            "tci",
            "tci:KOR>CHN",
            "tci:KOR>CHN:twenty",
            "tci:KOR>KOR:2018",
            "tci:KOR-CHN:2018",
            "xyz:KOR>CHN:2018",
            "rca:KOR>16:2019",
            "rca:KOR>CHN:2019",
            "rca:KOR>05:2019",
            "tsc:CHN>21:2018",
            "gl:JPN>CHN:2012",
            "tci:KOR:2018",
            "tci:KOR>CHN:1800",
            "tci:KOR>CHN:2018:2019",
            "btsc:KOR>CHN:2010",
            "btsc:KOR>CHN>1:2010",
            "btsc:KOR>KOR>85:2010",
            "bgl:KOR>CHN>100:2010",
            "tci:KOR>CHN>85:2010",
            "gl:JPN>CHN>85:2012",
            "is:JPN>KOR>c17:2008",
            "is:JPN>KOR>85:2008",
            "btsc:JPN>KOR>c14:2008",
            "tci:KOR>CHN:20180000000000000000000000000000",
        ] {
            assert_eq!(WhyKey::parse(text), None, "{text:?} should be refused");
        }
    }
}
