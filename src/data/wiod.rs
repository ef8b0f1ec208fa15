//! PURE. Value chains among China, Japan and Korea from the World Input-Output Database (2013
//! release): each directed pair's flows by the exporter's industry (35 WIOD industries, c1-c16
//! goods), split into intermediate use (by the importer's industries) and final demand, 1995-2011,
//! in whole US$ millions.
//!
//! Two tables: the raw file (`wiod2013_cjk_bilateral_by_sector_1995_2011.csv`, with a total
//! column the build checks) and the widget's `value_chains.csv`
//! (`year,exporter,importer,industry,intermediate_musd,final_musd`), which the reader downloads
//! and the widget fetches for the value-chain view.

use super::csv::{parse_csv, write_record};
use super::schema::{Iso3, Year, FOCUS_COUNTRIES};
use super::SourceError;

/// One WIOD industry: its code (`c1`-`c35`), its ISIC Rev. 3 code and its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WiodIndustry {
    pub code: &'static str,
    pub isic_rev3: &'static str,
    pub name: &'static str,
}

/// How many of the industries, from the first, produce goods (c1-c16).
pub const GOODS_INDUSTRY_COUNT: usize = 16;

/// The 35 industries of the WIOD 2013 release.
pub const WIOD_INDUSTRIES: [WiodIndustry; 35] = [
    WiodIndustry { code: "c1", isic_rev3: "AtB", name: "Agriculture, Hunting, Forestry and Fishing" },
    WiodIndustry { code: "c2", isic_rev3: "C", name: "Mining and Quarrying" },
    WiodIndustry { code: "c3", isic_rev3: "15t16", name: "Food, Beverages and Tobacco" },
    WiodIndustry { code: "c4", isic_rev3: "17t18", name: "Textiles and Textile Products" },
    WiodIndustry { code: "c5", isic_rev3: "19", name: "Leather, Leather and Footwear" },
    WiodIndustry { code: "c6", isic_rev3: "20", name: "Wood and Products of Wood and Cork" },
    WiodIndustry { code: "c7", isic_rev3: "21t22", name: "Pulp, Paper, Printing and Publishing" },
    WiodIndustry { code: "c8", isic_rev3: "23", name: "Coke, Refined Petroleum and Nuclear Fuel" },
    WiodIndustry { code: "c9", isic_rev3: "24", name: "Chemicals and Chemical Products" },
    WiodIndustry { code: "c10", isic_rev3: "25", name: "Rubber and Plastics" },
    WiodIndustry { code: "c11", isic_rev3: "26", name: "Other Non-Metallic Mineral" },
    WiodIndustry { code: "c12", isic_rev3: "27t28", name: "Basic Metals and Fabricated Metal" },
    WiodIndustry { code: "c13", isic_rev3: "29", name: "Machinery, Nec" },
    WiodIndustry { code: "c14", isic_rev3: "30t33", name: "Electrical and Optical Equipment" },
    WiodIndustry { code: "c15", isic_rev3: "34t35", name: "Transport Equipment" },
    WiodIndustry { code: "c16", isic_rev3: "36t37", name: "Manufacturing, Nec; Recycling" },
    WiodIndustry { code: "c17", isic_rev3: "E", name: "Electricity, Gas and Water Supply" },
    WiodIndustry { code: "c18", isic_rev3: "F", name: "Construction" },
    WiodIndustry {
        code: "c19",
        isic_rev3: "50",
        name: "Sale, Maintenance and Repair of Motor Vehicles; Retail Sale of Fuel",
    },
    WiodIndustry { code: "c20", isic_rev3: "51", name: "Wholesale Trade and Commission Trade" },
    WiodIndustry { code: "c21", isic_rev3: "52", name: "Retail Trade; Repair of Household Goods" },
    WiodIndustry { code: "c22", isic_rev3: "H", name: "Hotels and Restaurants" },
    WiodIndustry { code: "c23", isic_rev3: "60", name: "Inland Transport" },
    WiodIndustry { code: "c24", isic_rev3: "61", name: "Water Transport" },
    WiodIndustry { code: "c25", isic_rev3: "62", name: "Air Transport" },
    WiodIndustry { code: "c26", isic_rev3: "63", name: "Other Supporting and Auxiliary Transport Activities" },
    WiodIndustry { code: "c27", isic_rev3: "64", name: "Post and Telecommunications" },
    WiodIndustry { code: "c28", isic_rev3: "J", name: "Financial Intermediation" },
    WiodIndustry { code: "c29", isic_rev3: "70", name: "Real Estate Activities" },
    WiodIndustry { code: "c30", isic_rev3: "71t74", name: "Renting of M&Eq and Other Business Activities" },
    WiodIndustry { code: "c31", isic_rev3: "L", name: "Public Admin and Defence; Compulsory Social Security" },
    WiodIndustry { code: "c32", isic_rev3: "M", name: "Education" },
    WiodIndustry { code: "c33", isic_rev3: "N", name: "Health and Social Work" },
    WiodIndustry { code: "c34", isic_rev3: "O", name: "Other Community, Social and Personal Services" },
    WiodIndustry { code: "c35", isic_rev3: "P", name: "Private Households with Employed Persons" },
];

/// The English names of the goods industries c1-c16, for the English locale.
pub const fn english_goods_industry_names() -> [&'static str; GOODS_INDUSTRY_COUNT] {
    let mut names = [""; GOODS_INDUSTRY_COUNT];
    let mut index = 0;
    while index < GOODS_INDUSTRY_COUNT {
        names[index] = WIOD_INDUSTRIES[index].name;
        index += 1;
    }
    names
}

/// The index of industry `code` (`c1`-`c35`).
pub fn industry_index(code: &str) -> Option<usize> {
    WIOD_INDUSTRIES.iter().position(|i| i.code == code)
}

/// One directed flow of one industry's output in one year, in whole US$ millions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WiodFlow {
    pub year: Year,
    pub exporter: Iso3,
    pub importer: Iso3,
    /// Index into [`WIOD_INDUSTRIES`].
    pub industry: usize,
    /// Used by the importer's industries as inputs.
    pub intermediate_musd: u64,
    /// Used by the importer's final demand (households, government, investment…).
    pub final_musd: u64,
}

/// The widget's table.
pub const HEADER: [&str; 6] = ["year", "exporter", "importer", "industry", "intermediate_musd", "final_musd"];
const RAW_HEADER: [&str; 9] = [
    "year",
    "exporter",
    "importer",
    "wiod_sector",
    "isic_rev3",
    "sector_name",
    "intermediate_musd",
    "final_musd",
    "total_musd",
];

/// Whole US$ millions written as digits with an optional `.0` (`952.0`).
fn whole_millions(text: &str) -> Option<u64> {
    let digits = text.strip_suffix(".0").unwrap_or(text);
    if digits.is_empty() || digits.len() > 12 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

fn country(code: &str) -> Option<Iso3> {
    FOCUS_COUNTRIES.into_iter().find(|c| c.as_str() == code)
}

/// Reads one row's common fields; `at` turns a reason into the caller's error.
fn read_flow<E>(fields: &[String], columns: [usize; 6], at: impl Fn(String) -> E) -> Result<WiodFlow, E> {
    let field = |i: usize| fields.get(i).map(|f| f.trim()).unwrap_or("");
    let [year, exporter, importer, industry, intermediate, final_use] = columns;
    let year: Year = field(year)
        .parse()
        .ok()
        .filter(|y| (1995..=2011).contains(y))
        .ok_or_else(|| at(format!("{:?} is not a year 1995-2011", field(year))))?;
    let exporter =
        country(field(exporter)).ok_or_else(|| at(format!("exporter {:?} is not CHN, JPN or KOR", field(exporter))))?;
    let importer =
        country(field(importer)).ok_or_else(|| at(format!("importer {:?} is not CHN, JPN or KOR", field(importer))))?;
    if exporter == importer {
        return Err(at(format!("{exporter} trades with itself")));
    }
    let industry = industry_index(field(industry))
        .ok_or_else(|| at(format!("{:?} is not a WIOD industry c1-c35", field(industry))))?;
    let musd = |i: usize| {
        whole_millions(field(i)).ok_or_else(|| at(format!("{:?} is not a whole number of US$ millions", field(i))))
    };
    Ok(WiodFlow {
        year,
        exporter,
        importer,
        industry,
        intermediate_musd: musd(intermediate)?,
        final_musd: musd(final_use)?,
    })
}

/// The rows read so far, by year, pair and industry: a second row for one of them is an error.
#[derive(Default)]
struct SeenRows(std::collections::BTreeSet<(Year, Iso3, Iso3, usize)>);

impl SeenRows {
    fn check(&mut self, flow: &WiodFlow) -> Result<(), String> {
        if self.0.insert((flow.year, flow.exporter, flow.importer, flow.industry)) {
            Ok(())
        } else {
            Err(format!(
                "a second row for {} {} to {} {}",
                flow.year, flow.exporter, flow.importer, WIOD_INDUSTRIES[flow.industry].code
            ))
        }
    }
}

/// Parses the raw file, checking each industry's name and that intermediate + final = total.
pub fn parse_raw_wiod(file_name: &str, text: &str) -> Result<Vec<WiodFlow>, SourceError> {
    let error = |line: usize, reason: String| SourceError { file: file_name.into(), line, reason };
    let rows = parse_csv(text).map_err(|e| error(e.line, e.reason))?;
    let Some((header, rows)) = rows.split_first() else { return Err(error(1, "the file is empty".into())) };
    if header.fields != RAW_HEADER {
        return Err(error(1, format!("expected the header {}", RAW_HEADER.join(","))));
    }
    let mut flows: Vec<WiodFlow> = Vec::with_capacity(rows.len());
    let mut seen = SeenRows::default();
    for row in rows {
        let at = |reason: String| error(row.line, reason);
        let flow = read_flow(&row.fields, [0, 1, 2, 3, 6, 7], at)?;
        let industry = WIOD_INDUSTRIES[flow.industry];
        if row.fields[4].trim() != industry.isic_rev3 || row.fields[5].trim() != industry.name {
            return Err(at(format!("{} is ISIC {} {:?}", industry.code, industry.isic_rev3, industry.name)));
        }
        let total =
            whole_millions(row.fields[8].trim()).ok_or_else(|| at(format!("{:?} is not a total", row.fields[8])))?;
        if flow.intermediate_musd + flow.final_musd != total {
            return Err(at(format!("intermediate + final is not the total {total}")));
        }
        seen.check(&flow).map_err(at)?;
        flows.push(flow);
    }
    crate::order::sort_by_key(&mut flows, |f| (f.year, f.exporter, f.importer, f.industry));
    Ok(flows)
}

/// Writes the widget's `value_chains.csv`, in a fixed order.
pub fn write_value_chains(flows: &[WiodFlow]) -> String {
    let mut out = String::new();
    write_record(&mut out, &HEADER);
    let mut sorted = flows.to_vec();
    crate::order::sort_by_key(&mut sorted, |f| (f.year, f.exporter, f.importer, f.industry));
    for f in sorted {
        write_record(
            &mut out,
            &[
                &f.year.to_string(),
                f.exporter.as_str(),
                f.importer.as_str(),
                WIOD_INDUSTRIES[f.industry].code,
                &f.intermediate_musd.to_string(),
                &f.final_musd.to_string(),
            ],
        );
    }
    out
}

/// Reads `value_chains.csv`; an error names the line.
pub fn parse_value_chains(text: &str) -> Result<Vec<WiodFlow>, String> {
    let rows = parse_csv(text).map_err(|e| e.to_string())?;
    let Some((header, rows)) = rows.split_first() else { return Err("line 1: the file is empty".into()) };
    if header.fields != HEADER {
        return Err(format!("line 1: the header must be {}", HEADER.join(",")));
    }
    let mut flows: Vec<WiodFlow> = Vec::with_capacity(rows.len());
    let mut seen = SeenRows::default();
    for row in rows {
        let at = |reason: String| format!("line {}: {reason}", row.line);
        if row.fields.len() != HEADER.len() {
            return Err(at(format!("{} fields, expected {}", row.fields.len(), HEADER.len())));
        }
        let flow = read_flow(&row.fields, [0, 1, 2, 3, 4, 5], at)?;
        seen.check(&flow).map_err(at)?;
        flows.push(flow);
    }
    Ok(flows)
}

#[cfg(test)]
mod tests {
    use super::*;

    const RAW_HEADER_LINE: &str =
        "year,exporter,importer,wiod_sector,isic_rev3,sector_name,intermediate_musd,final_musd,total_musd\n";

    #[test]
    fn the_raw_file_is_read_and_checked() {
        let text = format!(
            "{RAW_HEADER_LINE}1995,CHN,JPN,c1,AtB,\"Agriculture, Hunting, Forestry and Fishing\",952.0,1118.0,2070.0\n"
        );
        let flows = parse_raw_wiod("w.csv", &text).unwrap();
        assert_eq!(
            flows,
            [WiodFlow {
                year: 1995,
                exporter: Iso3::CHN,
                importer: Iso3::JPN,
                industry: 0,
                intermediate_musd: 952,
                final_musd: 1118
            }]
        );
        let cases = [
            ("1995,CHN,JPN,c1,AtB,\"Agriculture, Hunting, Forestry and Fishing\",952.0,1118.0,2071.0", "total"),
            ("1995,CHN,JPN,c1,AtB,Farming,952.0,1118.0,2070.0", "ISIC"),
            ("1995,CHN,USA,c1,AtB,x,1.0,1.0,2.0", "importer"),
            ("1995,CHN,CHN,c1,AtB,x,1.0,1.0,2.0", "itself"),
            ("1994,CHN,JPN,c1,AtB,x,1.0,1.0,2.0", "year"),
            ("1995,CHN,JPN,c36,AtB,x,1.0,1.0,2.0", "industry"),
            ("1995,CHN,JPN,c1,AtB,x,1.5,1.0,2.5", "whole number"),
            ("1995,CHN,JPN,c1,AtB,x,-1.0,1.0,0.0", "whole number"),
        ];
        for (row, reason) in cases {
            let error = parse_raw_wiod("w.csv", &format!("{RAW_HEADER_LINE}{row}\n")).unwrap_err();
            assert!(error.reason.contains(reason), "{row}: {}", error.reason);
            assert_eq!(error.line, 2);
        }
        let twice = format!("{RAW_HEADER_LINE}{0}{0}", "1995,CHN,JPN,c2,C,Mining and Quarrying,1.0,1.0,2.0\n");
        assert!(parse_raw_wiod("w.csv", &twice).unwrap_err().reason.contains("second row"));
        assert!(parse_raw_wiod("w.csv", "").is_err());
        assert!(parse_raw_wiod("w.csv", "year,exporter\n").unwrap_err().reason.contains("header"));
    }

    #[test]
    fn the_widget_table_round_trips_and_rejects_bad_rows() {
        let flows = vec![
            WiodFlow {
                year: 2011,
                exporter: Iso3::KOR,
                importer: Iso3::CHN,
                industry: 13,
                intermediate_musd: 40000,
                final_musd: 5000,
            },
            WiodFlow {
                year: 1995,
                exporter: Iso3::CHN,
                importer: Iso3::JPN,
                industry: 0,
                intermediate_musd: 952,
                final_musd: 1118,
            },
        ];
        let text = write_value_chains(&flows);
        assert!(text
            .starts_with("year,exporter,importer,industry,intermediate_musd,final_musd\n1995,CHN,JPN,c1,952,1118\n"));
        let mut expected = flows.clone();
        expected.reverse();
        assert_eq!(parse_value_chains(&text).unwrap(), expected);
        assert!(parse_value_chains("year\n").unwrap_err().starts_with("line 1"));
        let broken = format!("{}2011,KOR,CHN,c14,x,5\n", HEADER.join(",") + "\n");
        assert!(parse_value_chains(&broken).unwrap_err().starts_with("line 2"));
        let short = format!("{}2011,KOR,CHN\n", HEADER.join(",") + "\n");
        assert!(parse_value_chains(&short).unwrap_err().contains("fields"));
    }

    #[test]
    fn sixteen_goods_industries_come_first() {
        assert_eq!(WIOD_INDUSTRIES[GOODS_INDUSTRY_COUNT - 1].code, "c16");
        assert_eq!(industry_index("c35"), Some(34));
        assert_eq!(industry_index("c0"), None);
    }
}
