//! PURE. Countries from a reader's own files inside the dataset: each gets a code of ISO 3166's
//! user-assigned range (XAA, XAB, …), so that "Vietnam (your data)" sits beside the article's
//! Vietnam without replacing it, and removing it leaves the article's data as they were.

use super::dataset::Dataset;
use super::schema::{Classification, Flow, Iso3, Source, Year};
use super::user_file::UserCountryData;

/// A country loaded from a reader's file.
#[derive(Clone, Debug, PartialEq)]
pub struct UserCountry {
    /// Its code in the dataset, XAA–XZZ.
    pub code: Iso3,
    /// The name the file gives ("Vietnam"), or its ISO3 code for the widget's table.
    pub name: String,
    /// The ISO3 code the file names, when it is a known one (its name is then translated).
    pub known_code: Option<Iso3>,
    pub file: String,
    pub years: (Year, Year),
    pub has_imports_by_product: bool,
}

impl Dataset {
    /// Adds the countries of a file under fresh codes and returns those codes. `None` when the
    /// 676 user codes are used up; nothing is added then.
    pub fn add_user_countries(&mut self, countries: Vec<UserCountryData>) -> Option<Vec<Iso3>> {
        let mut free = (0..).map_while(Iso3::user_assigned).filter(|c| self.user_country(*c).is_none());
        let codes: Vec<Iso3> = countries.iter().map(|_| free.next()).collect::<Option<_>>()?;
        for (country, code) in countries.into_iter().zip(&codes) {
            let Some(years) = country.years() else { continue };
            let has_imports_by_product = country.has_imports_by_product();
            for mut record in country.records {
                record.reporter = *code;
                self.insert_record(&record);
            }
            self.user_countries.push(UserCountry {
                code: *code,
                name: country.name,
                known_code: country.known_code,
                file: country.file,
                years,
                has_imports_by_product,
            });
        }
        Some(codes)
    }

    /// Removes one loaded country and all its values.
    pub fn remove_user_country(&mut self, code: Iso3) {
        if code.is_user_assigned() {
            self.remove_reporter(code);
            self.user_countries.retain(|c| c.code != code);
        }
    }

    /// Removes every loaded country: the article's data alone remain.
    pub fn clear_user_countries(&mut self) {
        for code in self.user_countries.iter().map(|c| c.code).collect::<Vec<_>>() {
            self.remove_user_country(code);
        }
    }

    pub fn user_countries(&self) -> &[UserCountry] {
        &self.user_countries
    }

    pub fn user_country(&self, code: Iso3) -> Option<&UserCountry> {
        self.user_countries.iter().find(|c| c.code == code)
    }

    /// Whether a loaded country has the WITS export values by group that RCA, RSCA and ESI need.
    pub fn user_country_has_group_exports(&self, code: Iso3) -> bool {
        self.user_country(code).is_some_and(|c| {
            (c.years.0..=c.years.1).any(|year| {
                self.world_values_usd(Source::Wits, Classification::Wits16, Flow::Export, code, year).is_some()
            })
        })
    }
}
