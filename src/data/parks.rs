//! The Sino-Japanese and Sino-Korean cooperation parks (`parks.csv`), with approximate
//! coordinates and their sources.

use super::csv::{parse_csv, write_record};

/// The region the basemap covers and the map's projection is made for, in degrees (longitude,
/// latitude): 73–146 E, 18–54 N (from the Pamirs to Kamchatka's base, Hainan to the Amur).
/// Every park must lie inside it.
pub const EAST_ASIA_MIN_DEG: (f64, f64) = (73.0, 18.0);
pub const EAST_ASIA_MAX_DEG: (f64, f64) = (146.0, 54.0);

/// Declares the columns of `parks.csv` once: the header, and a struct with a field per column.
macro_rules! park_columns {
    ($($column:ident),* $(,)?) => {
        pub const HEADER: [&str; 26] = [$(stringify!($column)),*];

        /// Every column of a park's row, exactly as read: the source's wording, qualifiers and
        /// references (the numbers are parsed into [`Park`] as well).
        #[derive(Clone, Debug, PartialEq, Default)]
        pub struct ParkText {
            $(pub $column: String,)*
        }

        impl ParkText {
            fn from_fields(fields: &[String]) -> ParkText {
                let mut fields = fields.iter().cloned();
                ParkText { $($column: fields.next().unwrap_or_default(),)* }
            }

            fn columns(&self) -> [&str; 26] {
                [$(self.$column.as_str()),*]
            }
        }
    };
}

park_columns!(
    id,
    name_en,
    name_en_basis,
    name_zh,
    name_zh_basis,
    partner_country,
    host_country,
    city,
    district_or_site,
    province,
    lat,
    lon,
    coord_method,
    coord_precision,
    approval_year,
    approval_detail,
    launched,
    focus_industries,
    area_km2,
    area_note,
    src_name,
    src_approval,
    src_location,
    src_industries,
    src_area,
    notes,
);

/// Who the park's partner is; Saemangeum is the one park hosted by Korea with China as partner.
/// Weihai is no park: the whole city is a China–Korea FTA local cooperation pilot.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]

pub enum ParkKind {
    ChinaJapan,
    ChinaKorea,
    KoreaHostedChina,
    ChinaKoreaCityPilot,
}

/// The sites that are city-level FTA pilots rather than parks. The shared `parks.csv` has no
/// column for this; a test checks that every id here is in it.
pub const CITY_PILOT_IDS: [&str; 1] = ["cn-kr-weihai"];

/// The sites the article names: seven China–Japan zones and its "four major" China–Korea parks.
/// The others were added from public sources.
pub const ARTICLE_NAMED_IDS: [&str; 11] = [
    "cn-jp-qingdao",
    "cn-jp-tianjin",
    "cn-jp-dalian",
    "cn-jp-shanghai",
    "cn-jp-suzhou",
    "cn-jp-chengdu",
    "cn-jp-beijing",
    "cn-kr-yancheng",
    "cn-kr-yantai",
    "cn-kr-huizhou",
    "kr-cn-saemangeum",
];

impl ParkKind {
    pub fn code(self) -> &'static str {
        match self {
            ParkKind::ChinaJapan => "cn-jp",
            ParkKind::ChinaKorea => "cn-kr",
            ParkKind::KoreaHostedChina => "kr-cn",
            ParkKind::ChinaKoreaCityPilot => "cn-kr-pilot",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Park {
    pub text: ParkText,
    pub kind: ParkKind,
    pub lat_deg: f64,
    pub lon_deg: f64,
    pub approval_year: u16,
    pub area_km2: Option<f64>,
}

impl Park {
    pub fn id(&self) -> &str {
        &self.text.id
    }
}

/// Parses and checks the parks; an error names the line.
pub fn parse_parks(text: &str) -> Result<Vec<Park>, String> {
    let rows = parse_csv(text).map_err(|e| e.to_string())?;
    let Some((header, rows)) = rows.split_first() else {
        return Err("line 1: the file is empty".into());
    };
    if header.fields != HEADER {
        return Err(format!("line 1: the header must be {}", HEADER.join(",")));
    }
    let mut parks: Vec<Park> = Vec::new();
    for row in rows {
        let at = |reason: String| format!("line {}: {reason}", row.line);
        if row.fields.len() != HEADER.len() {
            return Err(at(format!("{} fields, expected {}", row.fields.len(), HEADER.len())));
        }
        let text = ParkText::from_fields(&row.fields);
        let number = |name: &str, value: &str| -> Result<f64, String> {
            value
                .parse::<f64>()
                .ok()
                .filter(|v| v.is_finite())
                .ok_or_else(|| at(format!("{name} {value:?} is not a number")))
        };
        let lat_deg = number("lat", &text.lat)?;
        let lon_deg = number("lon", &text.lon)?;
        let (min, max) = (EAST_ASIA_MIN_DEG, EAST_ASIA_MAX_DEG);
        if !(min.1..=max.1).contains(&lat_deg) || !(min.0..=max.0).contains(&lon_deg) {
            return Err(at(format!("({lat_deg}, {lon_deg}) lies outside East Asia")));
        }
        let kind = match (text.host_country.as_str(), text.partner_country.as_str()) {
            ("China", "Japan") => ParkKind::ChinaJapan,
            ("China", "South Korea") if CITY_PILOT_IDS.contains(&text.id.as_str()) => ParkKind::ChinaKoreaCityPilot,
            ("China", "South Korea") => ParkKind::ChinaKorea,
            ("South Korea", "China") => ParkKind::KoreaHostedChina,
            (host, partner) => return Err(at(format!("unexpected host {host:?} and partner {partner:?}"))),
        };
        let approval_year = text
            .approval_year
            .parse()
            .ok()
            .filter(|y| (1990..=2030).contains(y))
            .ok_or_else(|| at(format!("approval_year {:?} is not a year", text.approval_year)))?;
        let area_km2 = if text.area_km2.is_empty() { None } else { Some(number("area_km2", &text.area_km2)?) };
        if text.id.is_empty() || text.name_en.is_empty() {
            return Err(at("id and name_en must not be empty".into()));
        }
        if parks.iter().any(|p| p.id() == text.id) {
            return Err(at(format!("duplicate id {:?}", text.id)));
        }
        parks.push(Park { text, kind, lat_deg, lon_deg, approval_year, area_km2 });
    }
    Ok(parks)
}

/// Writes the parks back with canonical quoting, in the order given.
pub fn write_parks(parks: &[Park]) -> String {
    let mut out = String::new();
    write_record(&mut out, &HEADER);
    for park in parks {
        write_record(&mut out, &park.text.columns());
    }
    out
}

/// The parks, compiled into the native tools and tests (the browser fetches them).
#[cfg(not(target_arch = "wasm32"))]
pub const EMBEDDED_PARKS_CSV: &str = include_str!("../../www/data/parks.csv");

#[cfg(test)]
mod tests {
    use super::*;

    fn row(lat: &str, host: &str, partner: &str) -> String {
        let mut fields = vec!["x"; HEADER.len()];
        fields[0] = "cn-jp-x";
        fields[5] = partner;
        fields[6] = host;
        fields[10] = lat;
        fields[11] = "120.5";
        fields[14] = "2020";
        fields[18] = "";
        fields.join(",")
    }

    #[test]
    fn parses_a_park_and_rejects_bad_rows_with_line() {
        let header = HEADER.join(",");
        let good = format!("{header}\n{}\n", row("31.4", "China", "Japan"));
        let parks = parse_parks(&good).unwrap();
        assert_eq!(parks[0].kind, ParkKind::ChinaJapan);
        assert_eq!(parks[0].area_km2, None);
        assert_eq!(write_parks(&parks), good);
        for bad in [row("91", "China", "Japan"), row("31", "China", "France"), row("north", "China", "Japan")] {
            let error = parse_parks(&format!("{header}\n{bad}\n")).unwrap_err();
            assert!(error.starts_with("line 2:"), "{error}");
        }
    }

    /// Weihai is marked as a city pilot, every listed id exists, and the China–Korea parks are the
    /// article's four plus Changchun.
    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn the_city_pilot_and_the_article_named_sites_are_in_the_data() {
        let parks = parse_parks(EMBEDDED_PARKS_CSV).unwrap();
        let kind_of = |id: &str| parks.iter().find(|p| p.id() == id).map(|p| p.kind);
        assert_eq!(kind_of("cn-kr-weihai"), Some(ParkKind::ChinaKoreaCityPilot));
        for id in CITY_PILOT_IDS.iter().chain(&ARTICLE_NAMED_IDS) {
            assert!(kind_of(id).is_some(), "{id} is not in parks.csv");
        }
        let korean_parks: Vec<&str> = parks
            .iter()
            .filter(|p| matches!(p.kind, ParkKind::ChinaKorea | ParkKind::KoreaHostedChina))
            .map(Park::id)
            .collect();
        let added: Vec<&&str> = korean_parks.iter().filter(|id| !ARTICLE_NAMED_IDS.contains(id)).collect();
        assert_eq!((korean_parks.len(), added), (5, vec![&"cn-kr-changchun"]));
    }
}
