//! PURE. Monthly trade totals among China, Japan and Korea from the IMF's Direction of Trade
//! Statistics (DOTS), 2011-2020: each country's own report of its exports to and imports from the
//! other two, so every flow is seen twice (the exporter's export and the importer's import).
//!
//! The raw file (`imf_dots_monthly_2011_2020.csv`) states US$ millions with up to six decimals,
//! that is whole dollars. 155 of its values were written by a float printer with 12-13 decimals
//! (`6836.916034999999`); each is within a millionth of a dollar of a whole dollar, to which the
//! build rounds it, and a value further from one stops the build. The widget's table
//! (`monthly_totals.csv`: `year,month,reporter,partner,flow,value_usd`) holds whole US dollars.

use super::csv::{parse_csv, write_record};
use super::schema::{Flow, Iso3, Year, FOCUS_COUNTRIES};
use super::SourceError;

/// One country's report of one month's flow with another of the three.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonthlyTotal {
    pub year: Year,
    /// 1-12.
    pub month: u8,
    pub reporter: Iso3,
    pub partner: Iso3,
    pub flow: Flow,
    pub value_usd: u64,
}

pub const HEADER: [&str; 6] = ["year", "month", "reporter", "partner", "flow", "value_usd"];
const RAW_HEADER: [&str; 8] =
    ["countrySource", "countryTarget", "value", "type", "year", "month", "source_iso", "target_iso"];
/// The names the raw file gives the three.
const RAW_NAMES: [(&str, Iso3); 3] = [("China", Iso3::CHN), ("Japan", Iso3::JPN), ("South Korea", Iso3::KOR)];

/// What reading the raw file found beyond the values: how many were float-printing artifacts
/// rounded to the dollar.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct DotsParse {
    pub totals: Vec<MonthlyTotal>,
    pub rounded_artifacts: usize,
}

fn country(code: &str) -> Option<Iso3> {
    FOCUS_COUNTRIES.into_iter().find(|c| c.as_str() == code)
}

/// US$ millions as the raw file writes them -> whole dollars, and whether it was an artifact.
fn dollars_of_millions(text: &str) -> Result<(u64, bool), String> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits_only = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || whole.len() > 9 || !digits_only(whole) || !digits_only(fraction) {
        return Err(format!("{text:?} is not a non-negative number of US$ millions"));
    }
    if fraction.len() <= 6 {
        let padded = format!("{whole}{fraction:0<6}");
        return padded.parse::<u64>().map(|v| (v, false)).map_err(|e| e.to_string());
    }
    // A float printer's artifact: the value must be within a millionth of a dollar of a whole one.
    let dollars = text.parse::<f64>().map_err(|e| e.to_string())? * 1e6;
    let rounded = dollars.round();
    if (dollars - rounded).abs() > 1e-3 {
        return Err(format!("{text:?} is not a whole number of dollars"));
    }
    Ok((rounded as u64, true))
}

/// A second report of the same month, reporter, partner and flow is an error.
#[derive(Default)]
struct SeenRows(std::collections::BTreeSet<(Year, u8, Iso3, Iso3, Flow)>);

impl SeenRows {
    fn check(&mut self, t: &MonthlyTotal) -> Result<(), String> {
        if self.0.insert((t.year, t.month, t.reporter, t.partner, t.flow)) {
            Ok(())
        } else {
            Err(format!("a second row for {} {}-{:02} {} {}", t.reporter, t.year, t.month, t.flow.code(), t.partner))
        }
    }
}

fn year_and_month(year: &str, month: &str) -> Result<(Year, u8), String> {
    let year: Year =
        year.parse().ok().filter(|y| (2011..=2020).contains(y)).ok_or(format!("{year:?} is not a year 2011-2020"))?;
    let month: u8 =
        month.parse().ok().filter(|m| (1..=12).contains(m)).ok_or(format!("{month:?} is not a month 1-12"))?;
    Ok((year, month))
}

/// Parses the raw DOTS file.
pub fn parse_raw_dots(file_name: &str, text: &str) -> Result<DotsParse, SourceError> {
    let error = |line: usize, reason: String| SourceError { file: file_name.into(), line, reason };
    let rows = parse_csv(text).map_err(|e| error(e.line, e.reason))?;
    let Some((header, rows)) = rows.split_first() else { return Err(error(1, "the file is empty".into())) };
    if header.fields != RAW_HEADER {
        return Err(error(1, format!("expected the header {}", RAW_HEADER.join(","))));
    }
    let mut parse = DotsParse::default();
    let mut seen = SeenRows::default();
    for row in rows {
        let at = |reason: String| error(row.line, reason);
        let [source_name, target_name, value, kind, year, month, source_iso, target_iso] = row.fields.as_slice() else {
            return Err(at(format!("{} fields, expected 8", row.fields.len())));
        };
        let named = |name: &str, iso: &str| {
            let code = country(iso).ok_or_else(|| at(format!("{iso:?} is not CHN, JPN or KOR")))?;
            match RAW_NAMES.iter().any(|(n, c)| *n == name && *c == code) {
                true => Ok(code),
                false => Err(at(format!("{name:?} does not name {iso}"))),
            }
        };
        let (reporter, partner) = (named(source_name, source_iso)?, named(target_name, target_iso)?);
        if reporter == partner {
            return Err(at(format!("{reporter} trades with itself")));
        }
        let flow = Flow::parse(kind).ok_or_else(|| at(format!("type {kind:?} is neither export nor import")))?;
        let (year, month) = year_and_month(year, month).map_err(at)?;
        let (value_usd, artifact) = dollars_of_millions(value.trim()).map_err(at)?;
        let total = MonthlyTotal { year, month, reporter, partner, flow, value_usd };
        seen.check(&total).map_err(at)?;
        parse.rounded_artifacts += usize::from(artifact);
        parse.totals.push(total);
    }
    crate::order::sort_by_key(&mut parse.totals, |t| (t.year, t.month, t.reporter, t.partner, t.flow));
    Ok(parse)
}

/// Writes `monthly_totals.csv`, in a fixed order.
pub fn write_monthly_totals(totals: &[MonthlyTotal]) -> String {
    let mut out = String::new();
    write_record(&mut out, &HEADER);
    let mut sorted = totals.to_vec();
    crate::order::sort_by_key(&mut sorted, |t| (t.year, t.month, t.reporter, t.partner, t.flow));
    for t in sorted {
        write_record(
            &mut out,
            &[
                &t.year.to_string(),
                &t.month.to_string(),
                t.reporter.as_str(),
                t.partner.as_str(),
                t.flow.code(),
                &t.value_usd.to_string(),
            ],
        );
    }
    out
}

/// Reads `monthly_totals.csv`; an error names the line.
pub fn parse_monthly_totals(text: &str) -> Result<Vec<MonthlyTotal>, String> {
    let rows = parse_csv(text).map_err(|e| e.to_string())?;
    let Some((header, rows)) = rows.split_first() else { return Err("line 1: the file is empty".into()) };
    if header.fields != HEADER {
        return Err(format!("line 1: the header must be {}", HEADER.join(",")));
    }
    let mut totals = Vec::with_capacity(rows.len());
    let mut seen = SeenRows::default();
    for row in rows {
        let at = |reason: String| format!("line {}: {reason}", row.line);
        let [year, month, reporter, partner, flow, value] = row.fields.as_slice() else {
            return Err(at(format!("{} fields, expected {}", row.fields.len(), HEADER.len())));
        };
        let (year, month) = year_and_month(year, month).map_err(at)?;
        let code = |c: &str| country(c).ok_or_else(|| at(format!("{c:?} is not CHN, JPN or KOR")));
        let (reporter, partner) = (code(reporter)?, code(partner)?);
        let flow = Flow::parse(flow).ok_or_else(|| at(format!("flow {flow:?} is neither export nor import")))?;
        let value_usd: u64 = value.parse().map_err(|_| at(format!("{value:?} is not a whole number of dollars")))?;
        let total = MonthlyTotal { year, month, reporter, partner, flow, value_usd };
        seen.check(&total).map_err(at)?;
        totals.push(total);
    }
    Ok(totals)
}

#[cfg(test)]
mod tests {
    use super::*;

    const RAW: &str = "countrySource,countryTarget,value,type,year,month,source_iso,target_iso\n";

    #[test]
    fn millions_become_whole_dollars_and_artifacts_are_rounded() {
        assert_eq!(dollars_of_millions("10029.641478"), Ok((10_029_641_478, false)));
        assert_eq!(dollars_of_millions("12.5"), Ok((12_500_000, false)));
        assert_eq!(dollars_of_millions("7"), Ok((7_000_000, false)));
        assert_eq!(dollars_of_millions("6836.916034999999"), Ok((6_836_916_035, true)));
        assert!(dollars_of_millions("6836.9160344").is_err());
        assert!(dollars_of_millions("-1.0").is_err());
        assert!(dollars_of_millions("1e5").is_err());
        assert!(dollars_of_millions("").is_err());
    }

    #[test]
    fn the_raw_file_is_read_and_checked() {
        let text = format!(
            "{RAW}South Korea,China,10029.641478,export,2011,1,KOR,CHN\nJapan,China,5.5,import,2020,12,JPN,CHN\n"
        );
        let parse = parse_raw_dots("d.csv", &text).unwrap();
        assert_eq!(parse.totals.len(), 2);
        assert_eq!(
            parse.totals[0],
            MonthlyTotal {
                year: 2011,
                month: 1,
                reporter: Iso3::KOR,
                partner: Iso3::CHN,
                flow: Flow::Export,
                value_usd: 10_029_641_478
            }
        );
        let cases = [
            ("Korea,China,1.0,export,2011,1,KOR,CHN", "does not name"),
            ("China,China,1.0,export,2011,1,CHN,CHN", "itself"),
            ("China,Japan,1.0,re-export,2011,1,CHN,JPN", "type"),
            ("China,Japan,1.0,export,2010,1,CHN,JPN", "year"),
            ("China,Japan,1.0,export,2011,13,CHN,JPN", "month"),
            ("China,Japan,x,export,2011,1,CHN,JPN", "US$ millions"),
            ("China,Japan,1.0,export,2011,1,CHN", "fields"),
        ];
        for (row, reason) in cases {
            let error = parse_raw_dots("d.csv", &format!("{RAW}{row}\n")).unwrap_err();
            assert!(error.reason.contains(reason), "{row}: {}", error.reason);
            assert_eq!(error.line, 2);
        }
        let twice = format!("{RAW}{0}{0}", "China,Japan,1.0,export,2011,1,CHN,JPN\n");
        assert!(parse_raw_dots("d.csv", &twice).unwrap_err().reason.contains("second row"));
        assert!(parse_raw_dots("d.csv", "a,b\n").unwrap_err().reason.contains("header"));
    }

    #[test]
    fn the_widget_table_round_trips() {
        let totals = vec![
            MonthlyTotal {
                year: 2020,
                month: 12,
                reporter: Iso3::JPN,
                partner: Iso3::CHN,
                flow: Flow::Import,
                value_usd: 5,
            },
            MonthlyTotal {
                year: 2011,
                month: 1,
                reporter: Iso3::KOR,
                partner: Iso3::CHN,
                flow: Flow::Export,
                value_usd: 10_029_641_478,
            },
        ];
        let text = write_monthly_totals(&totals);
        assert!(text.starts_with("year,month,reporter,partner,flow,value_usd\n2011,1,KOR,CHN,export,10029641478\n"));
        let mut expected = totals.clone();
        expected.reverse();
        assert_eq!(parse_monthly_totals(&text).unwrap(), expected);
        assert!(parse_monthly_totals(&format!("{}\n2011,1,KOR,CHN,export,1.5\n", HEADER.join(",")))
            .unwrap_err()
            .starts_with("line 2"));
        assert!(parse_monthly_totals("").is_err());
    }
}
