//! Parser for the Atlas of Economic Complexity's files of China's, Japan's and Korea's trade with
//! every partner by HS chapter (`{CHN,JPN,KOR}_hs2_{year}.csv`), with the Atlas's product and
//! location tables (`hs_product.csv`, `location.csv`).
//!
//! Kept, per reporter, year, chapter and flow:
//! - the flows with the other two of the three (bilateral);
//! - the flows with the world, summed exactly over every partner in the file (the Atlas gives no
//!   world row). These are reconciled values: imports are mostly valued FOB and exclude
//!   re-imports, so they are lower than customs totals and must not be mixed with WITS or OEC.
//!
//! Values are whole US dollars written as `78449.0`; anything else stops the build.

use std::collections::BTreeMap;

use super::csv::{parse_csv, CsvRecord};
use super::hs2::chapter_index;
use super::schema::{Classification, Flow, Iso3, Precision, Source, TradeRecord, Year, FOCUS_COUNTRIES};
use super::{RawParse, SkippedRow, SourceError};

/// The Atlas's numeric ids of HS chapters (product ids) and of countries (location ids).
#[derive(Debug, Default)]
pub struct AtlasTables {
    /// product_id -> index into `HS2_CHAPTERS`.
    pub chapters: BTreeMap<u32, usize>,
    /// location_id -> ISO3 code as the Atlas writes it.
    pub locations: BTreeMap<u32, String>,
}

/// The header fields of a table, after the unnamed pandas index column.
fn check_header(file: &str, header: &[String], expected: &[&str]) -> Result<(), SourceError> {
    let names: Vec<&str> = header.iter().map(|f| f.trim()).collect();
    if names.len() < expected.len() + 1 || names[1..=expected.len()] != *expected {
        return Err(SourceError {
            file: file.into(),
            line: 1,
            reason: format!("expected the header ,{}", expected.join(",")),
        });
    }
    Ok(())
}

/// The rows of one of the Atlas's tables after checking its header.
fn table_rows(file: &str, text: &str, expected: &[&str]) -> Result<Vec<CsvRecord>, SourceError> {
    let mut rows = parse_csv(text).map_err(|e| SourceError { file: file.into(), line: e.line, reason: e.reason })?;
    let header = rows.first().ok_or(SourceError { file: file.into(), line: 1, reason: "empty".into() })?;
    check_header(file, &header.fields, expected)?;
    rows.remove(0);
    Ok(rows)
}

/// The numeric id in field `i` of a table row.
fn id_field(file: &str, row: &CsvRecord, i: usize, what: &str) -> Result<u32, SourceError> {
    let text = row.fields.get(i).map(|f| f.trim()).unwrap_or("");
    text.parse().map_err(|_| SourceError {
        file: file.into(),
        line: row.line,
        reason: format!("{text:?} is not a {what}"),
    })
}

/// Reads `hs_product.csv` and `location.csv`.
pub fn parse_tables(products_csv: &str, locations_csv: &str) -> Result<AtlasTables, SourceError> {
    let mut tables = AtlasTables::default();
    let product_columns = ["product_id", "hs_product_code", "hs_product_name_short_en", "level"];
    for row in table_rows("hs_product.csv", products_csv, &product_columns)? {
        let field = |i: usize| row.fields.get(i).map(|f| f.trim()).unwrap_or("");
        if field(4) != "2digit" {
            continue;
        }
        // The 2-digit level also lists services ("travel", "ict"): only HS chapters are goods.
        let Some(chapter) = chapter_index(field(2)) else { continue };
        tables.chapters.insert(id_field("hs_product.csv", &row, 1, "product id")?, chapter);
    }
    for row in table_rows("location.csv", locations_csv, &["location_id", "location_code"])? {
        let code = row.fields.get(2).map(|f| f.trim().to_string()).unwrap_or_default();
        tables.locations.insert(id_field("location.csv", &row, 1, "location id")?, code);
    }
    Ok(tables)
}

/// The reporter and year named by a file name such as `KOR_hs2_2018.csv`.
pub fn reporter_and_year_of_file(file_name: &str) -> Option<(Iso3, Year)> {
    let stem = file_name.strip_suffix(".csv")?;
    let (country, year) = stem.split_once("_hs2_")?;
    let reporter = FOCUS_COUNTRIES.into_iter().find(|c| c.as_str() == country)?;
    let year: Year = year.parse().ok()?;
    Some((reporter, year))
}

/// A whole number of US dollars written as digits with an optional `.0` (`78449.0`).
fn whole_dollars(text: &str) -> Option<u128> {
    let digits = text.strip_suffix(".0").unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.len() > 20 {
        return None;
    }
    digits.parse().ok()
}

/// Parses one reporter-year file.
pub fn parse_atlas_file(file_name: &str, text: &str, tables: &AtlasTables) -> Result<RawParse, SourceError> {
    let error = |line: usize, reason: String| SourceError { file: file_name.to_string(), line, reason };
    let (reporter, year) = reporter_and_year_of_file(file_name)
        .ok_or_else(|| error(0, "the file name is not <CHN|JPN|KOR>_hs2_<year>.csv".into()))?;
    let rows = parse_csv(text).map_err(|e| error(e.line, e.reason))?;
    let Some((header, rows)) = rows.split_first() else {
        return Err(error(1, "the file is empty".into()));
    };
    check_header(
        file_name,
        &header.fields,
        &["location_id", "partner_id", "product_id", "year", "export_value", "import_value"],
    )?;

    // (partner, chapter) -> (exports, imports); the world sums every partner.
    let mut bilateral: BTreeMap<(Iso3, usize), (u128, u128)> = BTreeMap::new();
    let mut world: BTreeMap<usize, (u128, u128)> = BTreeMap::new();
    let mut seen = std::collections::BTreeSet::new();
    let mut parse = RawParse::default();
    let file = AtlasFile { file_name, reporter, year, tables };
    for row in rows {
        let Some(row) = file.row(row)? else {
            parse.skipped.push(SkippedRow { file: file_name.into(), line: row.line, reason: "blank row".into() });
            continue;
        };
        if !seen.insert((row.partner_id, row.chapter)) {
            let (partner, product) = (row.partner, row.product);
            return Err(error(row.line, format!("a second row for partner {partner} and chapter {product}")));
        }
        let totals = world.entry(row.chapter).or_default();
        totals.0 += row.exports;
        totals.1 += row.imports;
        if let Some(partner) = FOCUS_COUNTRIES.into_iter().find(|c| c.as_str() == row.partner && *c != reporter) {
            bilateral.insert((partner, row.chapter), (row.exports, row.imports));
        }
    }

    let record = |partner: Iso3, chapter: usize, flow: Flow, value: u128| TradeRecord {
        source: Source::Atlas,
        year,
        reporter,
        partner,
        classification: Classification::Hs2,
        product: chapter,
        flow,
        value_usd: value.to_string(),
        precision: Precision::Full,
    };
    for ((partner, chapter), (exports, imports)) in bilateral {
        parse.records.push(record(partner, chapter, Flow::Export, exports));
        parse.records.push(record(partner, chapter, Flow::Import, imports));
    }
    for (chapter, (exports, imports)) in world {
        parse.records.push(record(Iso3::WORLD, chapter, Flow::Export, exports));
        parse.records.push(record(Iso3::WORLD, chapter, Flow::Import, imports));
    }
    Ok(parse)
}

/// One Atlas file: whose it is, and the tables that name its ids.
struct AtlasFile<'a> {
    file_name: &'a str,
    reporter: Iso3,
    year: Year,
    tables: &'a AtlasTables,
}

/// One row of an Atlas file, checked.
struct AtlasRow<'a> {
    line: usize,
    partner_id: u32,
    /// The partner's ISO3 code as the Atlas writes it.
    partner: &'a str,
    product: u32,
    chapter: usize,
    exports: u128,
    imports: u128,
}

impl<'a> AtlasFile<'a> {
    /// Reads a row: `None` for a blank one; an error names the line and what is wrong.
    fn row(&self, row: &CsvRecord) -> Result<Option<AtlasRow<'a>>, SourceError> {
        let error = |reason: String| SourceError { file: self.file_name.to_string(), line: row.line, reason };
        let field = |i: usize| row.fields.get(i).map(|f| f.trim()).unwrap_or("");
        let number = |i: usize, what: &str| -> Result<u32, SourceError> {
            field(i).parse().map_err(|_| error(format!("{:?} is not a {what}", field(i))))
        };
        if row.fields.iter().all(|f| f.trim().is_empty()) {
            return Ok(None);
        }
        let (reporter, year) = (self.reporter, self.year);
        let location = number(1, "location id")?;
        if self.tables.locations.get(&location).map(String::as_str) != Some(reporter.as_str()) {
            return Err(error(format!("location {location} is not the file's reporter {reporter}")));
        }
        if number(4, "year")? != year as u32 {
            return Err(error(format!("year {} in the file for {year}", field(4))));
        }
        let partner_id = number(2, "partner id")?;
        let partner =
            self.tables.locations.get(&partner_id).ok_or_else(|| error(format!("unknown partner id {partner_id}")))?;
        let product = number(3, "product id")?;
        let Some(&chapter) = self.tables.chapters.get(&product) else {
            return Err(error(format!("product {product} is not an HS chapter")));
        };
        let value = |i: usize| {
            whole_dollars(field(i)).ok_or_else(|| error(format!("{:?} is not a whole number of US dollars", field(i))))
        };
        let (exports, imports) = (value(5)?, value(6)?);
        Ok(Some(AtlasRow { line: row.line, partner_id, partner, product, chapter, exports, imports }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PRODUCTS: &str = ",product_id,hs_product_code,hs_product_name_short_en,level,parent_id\n\
        -1,-1,-1,All,all,\n10,100,01,Live animals,2digit,1.0\n11,183,84,Industrial Machinery,2digit,7.0\n\
        12,401,travel,Travel and tourism,2digit,10.0\n";
    const LOCATIONS: &str = ",location_id,location_code,location_name_short_en,level,parent_id\n\
        0,43,CHN,China,country,353.0\n1,114,JPN,Japan,country,353.0\n2,121,KOR,South Korea,country,353.0\n\
        3,231,USA,United States,country,354.0\n";
    const HEADER: &str = ",location_id,partner_id,product_id,year,export_value,import_value\n";

    fn tables() -> AtlasTables {
        parse_tables(PRODUCTS, LOCATIONS).unwrap()
    }

    #[test]
    fn tables_map_chapters_and_countries_and_skip_services() {
        let t = tables();
        assert_eq!(t.chapters.get(&100), Some(&0));
        assert_eq!(t.chapters.get(&183), Some(&chapter_index("84").unwrap()));
        assert!(!t.chapters.contains_key(&401));
        assert_eq!(t.locations.get(&121).map(String::as_str), Some("KOR"));
    }

    #[test]
    fn bilateral_flows_are_kept_and_the_world_sums_every_partner_exactly() {
        let text = format!(
            "{HEADER}0,43,114,183,2018,10000000000000000001.0,5.0\n1,43,121,183,2018,2.0,0.0\n2,43,231,183,2018,3.0,7.0\n"
        );
        let parse = parse_atlas_file("CHN_hs2_2018.csv", &text, &tables()).unwrap();
        let find = |partner: Iso3, flow: Flow| {
            parse.records.iter().find(|r| r.partner == partner && r.flow == flow).map(|r| r.value_usd.clone())
        };
        assert_eq!(find(Iso3::JPN, Flow::Export).as_deref(), Some("10000000000000000001"));
        assert_eq!(find(Iso3::KOR, Flow::Import).as_deref(), Some("0"));
        assert_eq!(find(Iso3::WORLD, Flow::Export).as_deref(), Some("10000000000000000006"));
        assert_eq!(find(Iso3::WORLD, Flow::Import).as_deref(), Some("12"));
        // The United States only counts towards the world.
        assert_eq!(parse.records.len(), 6);
        assert!(parse.records.iter().all(|r| r.source == Source::Atlas && r.classification == Classification::Hs2));
    }

    #[test]
    fn broken_rows_name_the_file_line_and_reason() {
        let cases = [
            ("0,43,114,183,2018,12.5,0.0\n", "whole number"),
            ("0,43,114,183,2018,-3.0,0.0\n", "whole number"),
            ("0,43,114,183,2018,abc,0.0\n", "whole number"),
            ("0,43,114,183,2017,1.0,0.0\n", "year"),
            ("0,43,999,183,2018,1.0,0.0\n", "unknown partner"),
            ("0,43,114,401,2018,1.0,0.0\n", "not an HS chapter"),
            ("0,114,43,183,2018,1.0,0.0\n", "reporter"),
            ("0,43,114,183,2018,1.0,0.0\n1,43,114,183,2018,1.0,0.0\n", "second row"),
        ];
        for (rows, reason) in cases {
            let error = parse_atlas_file("CHN_hs2_2018.csv", &format!("{HEADER}{rows}"), &tables()).unwrap_err();
            assert!(error.reason.contains(reason), "{rows:?}: {}", error.reason);
            assert!(error.line >= 2, "{rows:?}");
        }
        assert!(parse_atlas_file("CHN_hs2_2018.csv", "a,b\n", &tables()).unwrap_err().reason.contains("header"));
        assert!(parse_atlas_file("USA_hs2_2018.csv", HEADER, &tables()).is_err());
        assert!(parse_atlas_file("CHN_hs2_2018.csv", "", &tables()).is_err());
    }

    #[test]
    fn file_names_give_reporter_and_year() {
        assert_eq!(reporter_and_year_of_file("KOR_hs2_2020.csv"), Some((Iso3::KOR, 2020)));
        assert_eq!(reporter_and_year_of_file("KOR_hs_2010_to_2020.csv"), None);
        assert_eq!(reporter_and_year_of_file("USA_hs2_2020.csv"), None);
    }
}
