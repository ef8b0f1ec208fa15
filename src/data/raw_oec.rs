//! Parser for the OEC exports/imports by HS section files ("<Country> Exports processed.csv").
//!
//! Kept: the main block (section, section id, value in US$, year). Skipped with a reason: blank
//! rows and the trailing top-5 partner rows, whose year and unit the source does not state.

use super::countries::iso3_of_oec_name;
use super::csv::parse_csv;
use super::decimal::ExactDecimal;
use super::schema::{Classification, Flow, Iso3, Precision, Source, TradeRecord, Year, HS_SECTIONS};
use super::{RawParse, SkippedRow, SourceError};

/// The reporter and flow named by an OEC file name, e.g. "South Korea Imports processed.csv".
pub fn reporter_and_flow_of_file(file_name: &str) -> Option<(Iso3, Flow)> {
    let stem = file_name.strip_suffix(" processed.csv")?;
    let (country, flow) = if let Some(country) = stem.strip_suffix(" Exports") {
        (country, Flow::Export)
    } else {
        (stem.strip_suffix(" Imports")?, Flow::Import)
    };
    let iso3 = iso3_of_oec_name(country)?;
    Some((iso3, flow))
}

/// Parses one OEC file given as raw bytes (one file is not valid UTF-8 in its skipped rows).
pub fn parse_oec_file(file_name: &str, bytes: &[u8]) -> Result<RawParse, SourceError> {
    let error = |line: usize, reason: String| SourceError { file: file_name.to_string(), line, reason };
    let (reporter, flow) = reporter_and_flow_of_file(file_name)
        .ok_or_else(|| error(0, "the file name names no RCEP member and flow".into()))?;
    let text = String::from_utf8_lossy(bytes);
    let records = parse_csv(&text).map_err(|e| error(e.line, e.reason))?;
    let Some((header, rows)) = records.split_first() else {
        return Err(error(1, "the file is empty".into()));
    };
    if header.fields.len() < 4 || header.fields[..4] != ["Section", "Section ID", "Trade Value", "Year"] {
        return Err(error(1, "expected the header Section,Section ID,Trade Value,Year".into()));
    }

    let mut parse = RawParse::default();
    for row in rows {
        let field = |i: usize| row.fields.get(i).map(|f| f.trim()).unwrap_or("");
        let skip =
            |reason: &str| SkippedRow { file: file_name.to_string(), line: row.line, reason: reason.to_string() };
        if row.fields.iter().all(|f| f.trim().is_empty()) {
            parse.skipped.push(skip("blank row"));
            continue;
        }
        if field(3).is_empty() {
            parse
                .skipped
                .push(skip("top-5 partner row without a year: the source states neither its year nor its unit"));
            continue;
        }
        let year: Year = field(3).parse().map_err(|_| error(row.line, format!("{:?} is not a year", field(3))))?;
        let section_number: usize = field(1)
            .parse()
            .ok()
            .filter(|n| (1..=HS_SECTIONS.len()).contains(n))
            .ok_or_else(|| error(row.line, format!("{:?} is not a section id 1-21", field(1))))?;
        let name = field(0).trim_matches('"');
        let expected_name = HS_SECTIONS[section_number - 1].name;
        if name != expected_name {
            return Err(error(
                row.line,
                format!("section {section_number} is called {name:?}, expected {expected_name:?}"),
            ));
        }
        let value = ExactDecimal::parse(field(2)).map_err(|e| error(row.line, e.0))?;
        if value.is_negative() {
            return Err(error(row.line, format!("negative trade value {}", field(2))));
        }
        let precision = if value.is_scientific() {
            Precision::SignificantDigits(value.significant_digits().min(15) as u8)
        } else {
            Precision::Full
        };
        parse.records.push(TradeRecord {
            source: Source::Oec,
            year,
            reporter,
            partner: Iso3::WORLD,
            classification: Classification::HsSection,
            product: section_number - 1,
            flow,
            value_usd: value.to_plain_string(),
            precision,
        });
    }
    Ok(parse)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_give_reporter_and_flow() {
        assert_eq!(reporter_and_flow_of_file("South Korea Imports processed.csv"), Some((Iso3::KOR, Flow::Import)));
        assert_eq!(reporter_and_flow_of_file("China Exports processed.csv"), Some((Iso3::CHN, Flow::Export)));
        assert_eq!(reporter_and_flow_of_file("Mars Exports processed.csv"), None);
    }

    #[test]
    fn main_block_kept_partner_rows_skipped() {
        let bytes = b"Section,Section ID,Trade Value,Year,Country\n\
\"\"\"Animal Products\"\"\",1,11690028623,2010,\n\
\"\"\"Machines\"\"\",16,8.49E+11,2010,\n\
,,,,\n\
\"\"\"Machines\"\"\",,4570,,Hong Kong\n\
\"\"\"Machines\"\"\",,1640,,\xc8\xd5\xb1\xbe\n";
        let parse = parse_oec_file("China Exports processed.csv", bytes).unwrap();
        assert_eq!(parse.records.len(), 2);
        assert_eq!(parse.records[1].value_usd, "849000000000");
        assert_eq!(parse.records[1].precision, Precision::SignificantDigits(3));
        assert_eq!(parse.records[0].precision, Precision::Full);
        assert_eq!(parse.skipped.len(), 3);
        assert_eq!(parse.skipped[1].line, 5);
    }

    #[test]
    fn wrong_section_name_is_an_error_with_line() {
        let bytes = b"Section,Section ID,Trade Value,Year\n\"\"\"Machines\"\"\",15,1,2010\n";
        let error = parse_oec_file("China Exports processed.csv", bytes).unwrap_err();
        assert_eq!(error.line, 2);
        assert!(error.reason.contains("Metals"));
    }
}
