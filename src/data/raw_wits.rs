//! Parser for the WITS "Trade Summary" bulk files (one wide CSV per reporter, years as columns).
//!
//! Kept: exports by the 16 HS-based product groups, total exports and imports, and the
//! top-5 partner trade values (bilateral totals). Everything else is reported as skipped with
//! the reason, never dropped silently.

use super::countries::iso3_of_wits_name;
use super::csv::parse_csv;
use super::decimal::ExactDecimal;
use super::schema::{Classification, Flow, Iso3, Precision, Source, TradeRecord, Year, WITS_GROUPS};
use super::{RawParse, SkippedRow, SourceError};

const STAGE_GROUPS: [&str; 4] = ["Raw materials", "Intermediate goods", "Consumer goods", "Capital goods"];

/// What one WITS row holds, decided from its product and indicator columns.
enum RowKind {
    GroupExports(usize),
    TotalExports,
    TotalImports,
    PartnerTrade(Flow),
    Skip(String),
}

fn classify_row(product: &str, indicator: &str) -> RowKind {
    let product = product.trim();
    match indicator.trim() {
        "Export(US$ Mil)" | "Import(US$ Mil)" if STAGE_GROUPS.contains(&product) => RowKind::Skip(
            "BEC stage group (raw materials, intermediate, consumer, capital goods): overlaps the 16 HS groups and no index uses it".into(),
        ),
        "Export(US$ Mil)" => match WITS_GROUPS.iter().position(|g| g.name == product) {
            Some(index) => RowKind::GroupExports(index),
            None => RowKind::Skip(format!("unknown product group {product:?}")),
        },
        "Exports (in US$ Mil)" if product == "All Products" => RowKind::TotalExports,
        "Imports (in US$ Mil)" if product == "All Products" => RowKind::TotalImports,
        "Trade (US$ Mil)-Top 5 Export Partner" => RowKind::PartnerTrade(Flow::Export),
        "Trade (US$ Mil)-Top 5 Import Partner" => RowKind::PartnerTrade(Flow::Import),
        other if other.contains("share(%)") => {
            RowKind::Skip("share in percent: derived from values the table keeps".into())
        }
        other => RowKind::Skip(format!("not a trade value in US$ (indicator {other:?})")),
    }
}

/// Parses one WITS file. `file_name` is used in messages only.
pub fn parse_wits_file(file_name: &str, text: &str) -> Result<RawParse, SourceError> {
    let error = |line: usize, reason: String| SourceError { file: file_name.to_string(), line, reason };
    let records = parse_csv(text).map_err(|e| error(e.line, e.reason))?;
    let Some((header, rows)) = records.split_first() else {
        return Err(error(1, "the file is empty".into()));
    };
    let expected = ["Reporter", "Partner", "Product categories", "Indicator Type", "Indicator"];
    if header.fields.len() < 6 || header.fields[..5] != expected {
        return Err(error(1, format!("expected a header starting with {expected:?}")));
    }
    let mut years: Vec<Year> = Vec::new();
    for cell in &header.fields[5..] {
        let year = cell.trim().parse().map_err(|_| error(1, format!("{cell:?} is not a year")))?;
        years.push(year);
    }

    let mut parse = RawParse::default();
    for row in rows {
        if row.fields.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if row.fields.len() != header.fields.len() {
            return Err(error(
                row.line,
                format!("{} fields, the header has {}", row.fields.len(), header.fields.len()),
            ));
        }
        let reporter = iso3_of_wits_name(&row.fields[0])
            .ok_or_else(|| error(row.line, format!("unknown reporter {:?}", row.fields[0])))?;
        let skip = |reason: String| SkippedRow { file: file_name.to_string(), line: row.line, reason };
        let (partner, classification, product, flow) = match classify_row(&row.fields[2], &row.fields[4]) {
            RowKind::Skip(reason) => {
                parse.skipped.push(skip(reason));
                continue;
            }
            RowKind::GroupExports(index) => (Iso3::WORLD, Classification::Wits16, index, Flow::Export),
            RowKind::TotalExports => (Iso3::WORLD, Classification::Total, 0, Flow::Export),
            RowKind::TotalImports => (Iso3::WORLD, Classification::Total, 0, Flow::Import),
            RowKind::PartnerTrade(flow) => match iso3_of_wits_name(&row.fields[1]) {
                Some(partner) => (partner, Classification::Total, 0, flow),
                None => {
                    let partner = row.fields[1].trim();
                    parse.skipped.push(skip(if partner == "Other Asia, nes" {
                        // UN Comtrade reports Taiwan's trade under this name.
                        "partner \"Other Asia, nes\", which is Taiwan in practice (UN Comtrade's name for it); it has no ISO3 code among the countries kept".to_string()
                    } else {
                        format!("partner {partner:?} is a WITS grouping with no ISO3 code")
                    }));
                    continue;
                }
            },
        };
        if row.fields[1].trim() != "World" && partner == Iso3::WORLD {
            return Err(error(row.line, format!("expected partner World, found {:?}", row.fields[1])));
        }
        for (cell, &year) in row.fields[5..].iter().zip(&years) {
            if cell.trim().is_empty() {
                continue;
            }
            let value = ExactDecimal::parse(cell).map_err(|e| error(row.line, format!("year {year}: {}", e.0)))?;
            if value.is_negative() {
                return Err(error(row.line, format!("year {year}: negative trade value {}", cell.trim())));
            }
            parse.records.push(TradeRecord {
                source: Source::Wits,
                year,
                reporter,
                partner,
                classification,
                product,
                flow,
                value_usd: value.times_power_of_ten(6).to_plain_string(),
                precision: Precision::Usd10k,
            });
        }
    }
    Ok(parse)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "Reporter,Partner,Product categories,Indicator Type,Indicator,2019,2018\n\
China,...,...,Development,GDP (current US$ Mil),       14279900.00,       13894800.00\n\
China,World,Animal,Export,Export(US$ Mil),          16105.72,          16989.41\n\
China,World,All Products,Export,Exports (in US$ Mil),  2498569.87,,\n\
China,\"Korea, Rep.\",All Products,Export,Trade (US$ Mil)-Top 5 Export Partner,110984.86,\n\
China,\"Other Asia, nes\",All Products,Import,Trade (US$ Mil)-Top 5 Import Partner,172801.01,\n\
China,World,Animal,Export,Export Product share(%),0.64,0.68\n";

    #[test]
    fn keeps_values_and_explains_skips() {
        let text = SAMPLE.replace(",  2498569.87,,", ",  2498569.87,");
        let parse = parse_wits_file("sample.csv", &text).unwrap();
        let values: Vec<(&str, Year)> = parse.records.iter().map(|r| (r.value_usd.as_str(), r.year)).collect();
        assert_eq!(
            values,
            vec![("16105720000", 2019), ("16989410000", 2018), ("2498569870000", 2019), ("110984860000", 2019)]
        );
        assert_eq!(parse.records[3].partner, Iso3::KOR);
        assert_eq!(parse.skipped.len(), 3);
        assert!(parse
            .skipped
            .iter()
            .any(|s| s.line == 6 && s.reason.contains("Other Asia") && s.reason.contains("Taiwan")));
        assert!(parse.skipped.iter().all(|s| !s.reason.is_empty()));
    }

    #[test]
    fn malformed_rows_name_file_and_line() {
        let error = parse_wits_file("sample.csv", SAMPLE).unwrap_err();
        assert_eq!((error.file.as_str(), error.line), ("sample.csv", 4));
        let bad_number = SAMPLE.replace("16989.41", "16,989.41");
        assert!(parse_wits_file("s.csv", &bad_number).is_err());
        let bad_value = SAMPLE.replace("16989.41", "n/a").replace(",  2498569.87,,", ",  1,");
        let error = parse_wits_file("s.csv", &bad_value).unwrap_err();
        assert_eq!(error.line, 3);
        assert!(error.reason.contains("2018"), "{}", error.reason);
    }
}
