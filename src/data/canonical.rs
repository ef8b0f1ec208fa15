//! The canonical tidy table of trade values, `www/data/trade.csv`: one value per row.
//!
//! `source,year,reporter,partner,classification,product,flow,value_usd,precision`
//! - reporter/partner: ISO3 codes, `WLD` for the world;
//! - classification: `wits16`, `hs_section` or `total` (product `all`);
//! - product: the WITS group name as the source writes it, or the HS section number 1-21;
//! - value_usd: exact decimal US dollars, every source digit kept;
//! - precision: `usd_10k` (WITS), `full`, or `N_sig_digits` (a rounded OEC value).

use std::collections::HashSet;

use super::csv::{parse_csv, write_record};
use super::decimal::ExactDecimal;
use super::schema::{Classification, Flow, Iso3, Precision, Source, TradeRecord};

/// The column of the value in US dollars.
pub(crate) const VALUE_COLUMN: &str = "value_usd";

pub const HEADER: [&str; 9] =
    ["source", "year", "reporter", "partner", "classification", "product", "flow", VALUE_COLUMN, "precision"];

/// A row of the canonical table that cannot be read, with its line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CanonicalError {
    pub line: usize,
    pub reason: String,
}

impl std::fmt::Display for CanonicalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

/// The identity of a value: two rows with the same key are a duplicate.
pub type RecordKey = (Source, Classification, Iso3, Iso3, Flow, u16, usize);

pub fn record_key(r: &TradeRecord) -> RecordKey {
    (r.source, r.classification, r.reporter, r.partner, r.flow, r.year, r.product)
}

/// Writes records in a fixed order so that two builds give identical bytes.
pub fn write_canonical(records: &[TradeRecord]) -> String {
    let mut sorted: Vec<&TradeRecord> = records.iter().collect();
    crate::order::sort_by_key(&mut sorted, |r| record_key(r));
    let mut out = String::with_capacity(records.len() * 64);
    write_record(&mut out, &HEADER);
    for r in sorted {
        let year = r.year.to_string();
        let product = r.classification.product_code(r.product);
        let precision = r.precision.code();
        write_record(
            &mut out,
            &[
                r.source.code(),
                &year,
                r.reporter.as_str(),
                r.partner.as_str(),
                r.classification.code(),
                &product,
                r.flow.code(),
                &r.value_usd,
                &precision,
            ],
        );
    }
    out
}

/// Reads the canonical table, checking every field; the first bad row stops the parse.
pub fn parse_canonical(text: &str) -> Result<Vec<TradeRecord>, CanonicalError> {
    let rows = parse_csv(text).map_err(|e| CanonicalError { line: e.line, reason: e.reason })?;
    let Some((header, rows)) = rows.split_first() else {
        return Err(CanonicalError { line: 1, reason: "the table is empty".into() });
    };
    if header.fields != HEADER {
        return Err(CanonicalError { line: 1, reason: format!("the header must be {}", HEADER.join(",")) });
    }
    let mut records = Vec::with_capacity(rows.len());
    let mut seen = HashSet::with_capacity(rows.len());
    for row in rows {
        let record = parse_row(&row.fields).map_err(|e| CanonicalError { line: row.line, reason: e.reason })?;
        if !seen.insert(record_key(&record)) {
            return Err(CanonicalError { line: row.line, reason: "duplicate of an earlier row".into() });
        }
        records.push(record);
    }
    Ok(records)
}

/// Why a row of the table cannot be read: the column at fault (`None` when the row has the wrong
/// number of fields) and the reason.
pub(crate) struct RowError {
    pub column: Option<&'static str>,
    pub reason: String,
}

pub(crate) fn parse_row(fields: &[String]) -> Result<TradeRecord, RowError> {
    let [source, year, reporter, partner, classification, product, flow, value, precision] = fields else {
        return Err(RowError { column: None, reason: format!("{} fields, expected {}", fields.len(), HEADER.len()) });
    };
    let at = |column: &'static str| move |reason: String| RowError { column: Some(column), reason };
    let source = Source::parse(source).ok_or_else(|| format!("unknown source {source:?}")).map_err(at("source"))?;
    let year = year
        .parse()
        .ok()
        .filter(|y| super::schema::YEARS.contains(y))
        .ok_or_else(|| format!("{year:?} is not a year"))
        .map_err(at("year"))?;
    let reporter =
        Iso3::parse(reporter).ok_or_else(|| format!("{reporter:?} is not an ISO3 code")).map_err(at("reporter"))?;
    let partner =
        Iso3::parse(partner).ok_or_else(|| format!("{partner:?} is not an ISO3 code")).map_err(at("partner"))?;
    let classification = Classification::parse(classification)
        .ok_or_else(|| format!("unknown classification {classification:?}"))
        .map_err(at("classification"))?;
    let product = classification
        .product_index(product)
        .ok_or_else(|| format!("{product:?} is not a product of {}", classification.code()))
        .map_err(at("product"))?;
    let flow =
        Flow::parse(flow).ok_or_else(|| format!("flow must be export or import, not {flow:?}")).map_err(at("flow"))?;
    let decimal = ExactDecimal::parse(value).map_err(|e| format!("value_usd: {}", e.0)).map_err(at(VALUE_COLUMN))?;
    if decimal.is_negative() || decimal.is_scientific() {
        return Err(at(VALUE_COLUMN)(format!("value_usd must be a plain non-negative number, not {value:?}")));
    }
    let precision = Precision::parse(precision)
        .ok_or_else(|| format!("unknown precision {precision:?}"))
        .map_err(at("precision"))?;
    Ok(TradeRecord {
        source,
        year,
        reporter,
        partner,
        classification,
        product,
        flow,
        value_usd: value.clone(),
        precision,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<TradeRecord> {
        vec![
            TradeRecord {
                source: Source::Oec,
                year: 2010,
                reporter: Iso3::CHN,
                partner: Iso3::WORLD,
                classification: Classification::HsSection,
                product: 15,
                flow: Flow::Export,
                value_usd: "849000000000".into(),
                precision: Precision::SignificantDigits(3),
            },
            TradeRecord {
                source: Source::Wits,
                year: 2019,
                reporter: Iso3::KOR,
                partner: Iso3::WORLD,
                classification: Classification::Wits16,
                product: 13,
                flow: Flow::Export,
                value_usd: "16105720000".into(),
                precision: Precision::Usd10k,
            },
        ]
    }

    #[test]
    fn round_trip_and_stable_order() {
        let text = write_canonical(&sample());
        assert!(text.starts_with("source,year,reporter,partner,classification,product,flow,value_usd,precision\n"));
        assert!(text.contains("wits,2019,KOR,WLD,wits16,Mach and Elec,export,16105720000,usd_10k\n"));
        let back = parse_canonical(&text).unwrap();
        assert_eq!(back.len(), 2);
        assert_eq!(write_canonical(&back), text);
        let mut reversed = sample();
        reversed.reverse();
        assert_eq!(write_canonical(&reversed), text);
    }

    #[test]
    fn every_bad_field_is_reported_with_its_line() {
        let good = write_canonical(&sample());
        let cases = [
            ("oec,", "xyz,"),
            ("2010", "20x0"),
            ("CHN", "China"),
            ("hs_section,16", "hs_section,22"),
            ("export,849", "sideways,849"),
            ("849000000000", "-5"),
            ("3_sig_digits", "3_sig"),
        ];
        for (from, to) in cases {
            let bad = good.replacen(from, to, 1);
            let expected_line = 1 + bad.lines().position(|l| l.contains(to)).unwrap();
            let error = parse_canonical(&bad).unwrap_err();
            assert_eq!(error.line, expected_line, "{to}: {error}");
        }
        let duplicated = format!("{good}{}", good.lines().nth(1).unwrap());
        assert_eq!(parse_canonical(&duplicated).unwrap_err().line, 4);
        assert_eq!(parse_canonical("a,b\n").unwrap_err().line, 1);
        assert!(parse_canonical("").is_err());
    }
}
