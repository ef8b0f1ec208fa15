//! PURE. Which index value's working is open ("Why this number?"): the series key the link
//! already uses in `hide=`-style keys, with the index's code first, then the year:
//! `tci:KOR>CHN:2018`, `esi:CHN>JPN:2015`, `rca:KOR>13:2019`, `tii:JPN>CHN:2020`. A heatmap
//! cell names its value with the same key as the line of that pair or country.

use std::fmt;

use crate::data::{Iso3, WitsGroup, Year, YEARS};

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
}

impl WhyIndex {
    pub const ALL: [WhyIndex; 4] = [WhyIndex::Tci, WhyIndex::Esi, WhyIndex::Rca, WhyIndex::Tii];

    /// The view whose charts show the index's values.
    pub fn view(self) -> super::View {
        match self {
            WhyIndex::Tci => super::View::Complementarity,
            WhyIndex::Esi => super::View::Competition,
            WhyIndex::Rca => super::View::Advantage,
            WhyIndex::Tii => super::View::Ties,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            WhyIndex::Tci => "tci",
            WhyIndex::Esi => "esi",
            WhyIndex::Rca => "rca",
            WhyIndex::Tii => "tii",
        }
    }
}

/// What the value is about: two countries in order, or a country and a product group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WhySubject {
    Pair(Iso3, Iso3),
    CountryGroup(Iso3, WitsGroup),
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
            WhySubject::CountryGroup(country, group) => format!("{}:{country}>{}", index.code(), group.index()),
        }
    }

    /// Reads a key (`tci:KOR>CHN:2018`); `None` for anything else. A pair must be two different
    /// countries; RCA's subject is a country and a WITS group number (0–15).
    pub fn parse(text: &str) -> Option<WhyKey> {
        if text.chars().count() > MAX_KEY_CHARS {
            return None;
        }
        let (series, year) = text.rsplit_once(':')?;
        let year: Year = year.parse().ok().filter(|y| YEARS.contains(y))?;
        let (code, subject) = series.split_once(':')?;
        let index = WhyIndex::ALL.into_iter().find(|i| i.code() == code)?;
        let (first, second) = subject.split_once('>')?;
        let first = Iso3::parse(first)?;
        let subject = if index == WhyIndex::Rca {
            WhySubject::CountryGroup(first, WitsGroup::new(second.parse().ok()?)?)
        } else {
            let second = Iso3::parse(second).filter(|s| *s != first)?;
            WhySubject::Pair(first, second)
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
        for text in ["tci:KOR>CHN:2018", "esi:CHN>JPN:2015", "rca:KOR>13:2019", "tii:JPN>CHN:2020"] {
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
            "tci:KOR>CHN:1800",
            "tci:KOR>CHN:2018:2019",
            "tci:KOR>CHN:20180000000000000000000000000000",
        ] {
            assert_eq!(WhyKey::parse(text), None, "{text:?} should be refused");
        }
    }
}
