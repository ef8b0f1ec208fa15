//! PURE. Which index value's working is open ("Why this number?"): the index's code, what the
//! value is about, and the year, as the link writes it: `tci:KOR>CHN:2018` (a pair),
//! `rca:KOR>13:2019` (a country and a WITS group, 0–15), `tsc:CHN>15:2018` (a country and an HS
//! section, 0–20), `gl:JPN:2018` (a country with the world). A heatmap cell names its value with
//! the same key as the line of that pair or country.

use std::fmt;

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
}

impl WhyIndex {
    pub const ALL: [WhyIndex; 8] = [
        WhyIndex::Tci,
        WhyIndex::Esi,
        WhyIndex::Rca,
        WhyIndex::Tii,
        WhyIndex::Tsc,
        WhyIndex::Gl,
        WhyIndex::Intermediate,
        WhyIndex::Machinery,
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
            WhyIndex::Machinery => super::View::Between,
        }
    }

    /// Whether `view` shows values of the index (the share of HS 84–85 is also checked against
    /// the article in its own view).
    pub fn shown_in(self, view: super::View) -> bool {
        view == self.view() || (self == WhyIndex::Machinery && view == super::View::Article)
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
        let subject = match (index, subject.split_once('>')) {
            (WhyIndex::Gl, None) => WhySubject::Country(Iso3::parse(subject)?),
            (WhyIndex::Gl, Some(_)) | (_, None) => return None,
            (_, Some((first, second))) => {
                let first = Iso3::parse(first)?;
                match index.product_count() {
                    Some(count) => {
                        let product: usize = second.parse().ok().filter(|p| *p < count)?;
                        // One spelling per product: "05" is not "5".
                        (product.to_string() == second).then_some(())?;
                        WhySubject::CountryProduct(first, product)
                    }
                    None => WhySubject::Pair(first, Iso3::parse(second).filter(|s| *s != first)?),
                }
            }
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
            "tci:KOR>CHN:20180000000000000000000000000000",
        ] {
            assert_eq!(WhyKey::parse(text), None, "{text:?} should be refused");
        }
    }
}
