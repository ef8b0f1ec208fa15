//! The vocabulary of the dataset: economies, sources, classifications, flows and products.
//!
//! Every trade value in the canonical table is identified by
//! `(source, year, reporter, partner, classification, product, flow)`.

use super::hs2::{chapter_index, HS2_CHAPTERS};
use super::wiod::{industry_index, WIOD_INDUSTRIES};
use std::fmt;

/// A calendar year of trade data.
pub type Year = u16;

/// The years a value may carry: anything outside is a typing error, not a year of trade data.
pub const YEARS: std::ops::RangeInclusive<Year> = 1900..=2100;

/// An ISO 3166-1 alpha-3 code, or `WLD` for the world aggregate.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Iso3([u8; 3]);

impl Iso3 {
    pub const WORLD: Iso3 = Iso3(*b"WLD");
    pub const CHN: Iso3 = Iso3(*b"CHN");
    pub const JPN: Iso3 = Iso3(*b"JPN");
    pub const KOR: Iso3 = Iso3(*b"KOR");

    /// A code from three upper-case ASCII letters, checked when the program is compiled (for
    /// tables such as `countries::COUNTRIES`).
    pub const fn new(letters: [u8; 3]) -> Iso3 {
        let mut i = 0;
        while i < 3 {
            assert!(letters[i].is_ascii_uppercase(), "an ISO3 code is three upper-case letters");
            i += 1;
        }
        Iso3(letters)
    }

    /// Parses three upper-case ASCII letters; anything else is rejected.
    pub fn parse(text: &str) -> Option<Iso3> {
        let bytes = text.as_bytes();
        if bytes.len() == 3 && bytes.iter().all(u8::is_ascii_uppercase) {
            Some(Iso3([bytes[0], bytes[1], bytes[2]]))
        } else {
            None
        }
    }

    /// How many codes ISO 3166's user-assigned range XAA–XZZ holds.
    pub const USER_ASSIGNED_COUNT: usize = 26 * 26;

    /// The `n`th code of ISO 3166's user-assigned range XAA–XZZ (`None` past XZZ): the codes of
    /// countries from a reader's own files, which can never clash with a real one.
    pub fn user_assigned(n: usize) -> Option<Iso3> {
        (n < Iso3::USER_ASSIGNED_COUNT).then(|| Iso3([b'X', b'A' + (n / 26) as u8, b'A' + (n % 26) as u8]))
    }

    /// Whether the code is in the user-assigned range XAA–XZZ.
    pub fn is_user_assigned(&self) -> bool {
        self.0[0] == b'X'
    }

    pub fn as_str(&self) -> &str {
        // Construction guarantees three ASCII letters.
        std::str::from_utf8(&self.0).unwrap_or("???")
    }
}

impl fmt::Display for Iso3 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Iso3 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Iso3({})", self.as_str())
    }
}

/// The three economies the article is about, in the order every view lists them.
pub const FOCUS_COUNTRIES: [Iso3; 3] = [Iso3::CHN, Iso3::JPN, Iso3::KOR];

/// Where a value comes from. Indices never mix sources.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub enum Source {
    /// World Bank WITS "Trade Summary" bulk files (UN Comtrade, reporter data).
    Wits,
    /// Observatory of Economic Complexity, HS sections (BACI-based), via a 2021 student project.
    Oec,
    /// Harvard Growth Lab's Atlas of Economic Complexity: UN Comtrade flows reconciled from both
    /// partners' reports (one value per flow), by HS chapter, for China, Japan and Korea.
    Atlas,
    /// World Input-Output Database, 2013 release: flows among the three by industry and use
    /// (held in `value_chains.csv`, not in the trade table).
    Wiod,
}

impl Source {
    pub const ALL: [Source; 4] = [Source::Wits, Source::Oec, Source::Atlas, Source::Wiod];

    pub fn code(self) -> &'static str {
        match self {
            Source::Wits => "wits",
            Source::Oec => "oec",
            Source::Atlas => "atlas",
            Source::Wiod => "wiod",
        }
    }

    pub fn parse(code: &str) -> Option<Source> {
        Source::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// A product classification. `Total` holds the all-products rows.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub enum Classification {
    /// The 16 HS-based WITS product groups.
    Wits16,
    /// The 21 sections of the Harmonized System.
    HsSection,
    /// The 97 chapters (2-digit codes) of HS 1992, see [`super::hs2::HS2_CHAPTERS`].
    Hs2,
    /// The 35 industries of WIOD 2013, see [`super::wiod::WIOD_INDUSTRIES`].
    Wiod35,
    /// All products together (one product, `all`).
    Total,
}

impl Classification {
    pub const ALL: [Classification; 5] = [
        Classification::Wits16,
        Classification::HsSection,
        Classification::Hs2,
        Classification::Wiod35,
        Classification::Total,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Classification::Wits16 => "wits16",
            Classification::HsSection => "hs_section",
            Classification::Hs2 => "hs2",
            Classification::Wiod35 => "wiod35",
            Classification::Total => "total",
        }
    }

    pub fn parse(code: &str) -> Option<Classification> {
        Classification::ALL.into_iter().find(|c| c.code() == code)
    }

    /// How many products the classification has.
    pub fn product_count(self) -> usize {
        match self {
            Classification::Wits16 => WITS_GROUPS.len(),
            Classification::HsSection => HS_SECTIONS.len(),
            Classification::Hs2 => HS2_CHAPTERS.len(),
            Classification::Wiod35 => WIOD_INDUSTRIES.len(),
            Classification::Total => 1,
        }
    }

    /// The code of the product at `index` as written in the canonical table.
    pub fn product_code(self, index: usize) -> String {
        match self {
            Classification::Wits16 => WITS_GROUPS.get(index).map(|g| g.name).unwrap_or("?").to_string(),
            Classification::HsSection => (index + 1).to_string(),
            Classification::Hs2 => HS2_CHAPTERS.get(index).map(|c| c.code).unwrap_or("?").to_string(),
            Classification::Wiod35 => WIOD_INDUSTRIES.get(index).map(|i| i.code).unwrap_or("?").to_string(),
            Classification::Total => "all".to_string(),
        }
    }

    /// The index of the product written as `code`, if the classification has it.
    pub fn product_index(self, code: &str) -> Option<usize> {
        match self {
            Classification::Wits16 => WITS_GROUPS.iter().position(|g| g.name == code),
            Classification::HsSection => {
                let number: usize = code.parse().ok()?;
                (1..=HS_SECTIONS.len()).contains(&number).then(|| number - 1)
            }
            Classification::Hs2 => chapter_index(code),
            Classification::Wiod35 => industry_index(code),
            Classification::Total => (code == "all").then_some(0),
        }
    }
}

/// The direction of a flow, seen from the reporter.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub enum Flow {
    Export,
    Import,
}

impl Flow {
    pub fn code(self) -> &'static str {
        match self {
            Flow::Export => "export",
            Flow::Import => "import",
        }
    }

    pub fn parse(code: &str) -> Option<Flow> {
        match code {
            "export" => Some(Flow::Export),
            "import" => Some(Flow::Import),
            _ => None,
        }
    }
}

/// How precisely the source states a value.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Precision {
    /// WITS states US$ millions with two decimals: exact to US$10,000.
    Usd10k,
    /// A spreadsheet kept only this many significant digits (OEC values written as `2.10E+11`).
    SignificantDigits(u8),
    /// The value as published, every digit kept.
    Full,
}

impl Precision {
    pub fn code(self) -> String {
        match self {
            Precision::Usd10k => "usd_10k".to_string(),
            Precision::SignificantDigits(n) => format!("{n}_sig_digits"),
            Precision::Full => "full".to_string(),
        }
    }

    pub fn parse(code: &str) -> Option<Precision> {
        match code {
            "usd_10k" => Some(Precision::Usd10k),
            "full" => Some(Precision::Full),
            _ => {
                let digits: u8 = code.strip_suffix("_sig_digits")?.parse().ok()?;
                (1..=15).contains(&digits).then_some(Precision::SignificantDigits(digits))
            }
        }
    }
}

/// One WITS product group: its name as the source writes it and the HS chapters it covers.
#[derive(Clone, Copy, Debug)]
pub struct ProductGroup {
    pub name: &'static str,
    pub hs_chapters: &'static str,
}

/// One of the 16 WITS product groups, valid by construction (its position in [`WITS_GROUPS`]).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct WitsGroup(u8);

impl WitsGroup {
    pub const FOOD_PRODUCTS: WitsGroup = WitsGroup(2);
    pub const CHEMICALS: WitsGroup = WitsGroup(5);
    pub const TEXTILES_AND_CLOTHING: WitsGroup = WitsGroup(9);
    pub const MACHINERY_AND_ELECTRICAL: WitsGroup = WitsGroup(13);
    pub const TRANSPORTATION: WitsGroup = WitsGroup(14);
    pub const MISCELLANEOUS: WitsGroup = WitsGroup(15);

    /// The group at `index` in [`WITS_GROUPS`], if there is one.
    pub fn new(index: usize) -> Option<WitsGroup> {
        (index < WITS_GROUPS.len()).then_some(WitsGroup(index as u8))
    }

    /// Every group, in WITS's order.
    pub fn all() -> impl Iterator<Item = WitsGroup> {
        (0..WITS_GROUPS.len()).map(|index| WitsGroup(index as u8))
    }

    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    pub fn group(self) -> &'static ProductGroup {
        &WITS_GROUPS[self.index()]
    }
}

/// One of the 21 HS sections, valid by construction (its position in [`HS_SECTIONS`]).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct HsSection(u8);

impl HsSection {
    /// Section IV, prepared foodstuffs, beverages and tobacco.
    pub const FOODSTUFFS: HsSection = HsSection(3);
    /// Section VI, chemical products.
    pub const CHEMICALS: HsSection = HsSection(5);
    /// Section XI, textiles.
    pub const TEXTILES: HsSection = HsSection(10);
    /// Section XVI, machinery and electrical equipment.
    pub const MACHINERY: HsSection = HsSection(15);
    /// Section XVII, vehicles and other transport equipment.
    pub const TRANSPORT: HsSection = HsSection(16);
    /// Section XVIII, optical, medical and precision instruments.
    pub const INSTRUMENTS: HsSection = HsSection(17);

    pub fn index(self) -> usize {
        usize::from(self.0)
    }
}

/// The 16 WITS product groups, in the order WITS documents them.
pub const WITS_GROUPS: [ProductGroup; 16] = [
    ProductGroup { name: "Animal", hs_chapters: "01-05" },
    ProductGroup { name: "Vegetable", hs_chapters: "06-15" },
    ProductGroup { name: "Food Products", hs_chapters: "16-24" },
    ProductGroup { name: "Minerals", hs_chapters: "25-26" },
    ProductGroup { name: "Fuels", hs_chapters: "27" },
    ProductGroup { name: "Chemicals", hs_chapters: "28-38" },
    ProductGroup { name: "Plastic or Rubber", hs_chapters: "39-40" },
    ProductGroup { name: "Hides and Skins", hs_chapters: "41-43" },
    ProductGroup { name: "Wood", hs_chapters: "44-49" },
    ProductGroup { name: "Textiles and Clothing", hs_chapters: "50-63" },
    ProductGroup { name: "Footwear", hs_chapters: "64-67" },
    ProductGroup { name: "Stone and Glass", hs_chapters: "68-71" },
    ProductGroup { name: "Metals", hs_chapters: "72-83" },
    ProductGroup { name: "Mach and Elec", hs_chapters: "84-85" },
    ProductGroup { name: "Transportation", hs_chapters: "86-89" },
    ProductGroup { name: "Miscellaneous", hs_chapters: "90-99" },
];

/// The 21 HS sections with the names OEC gives them and their WCO chapter ranges.
pub const HS_SECTIONS: [ProductGroup; 21] = [
    ProductGroup { name: "Animal Products", hs_chapters: "01-05" },
    ProductGroup { name: "Vegetable Products", hs_chapters: "06-14" },
    ProductGroup { name: "Animal and Vegetable Bi-Products", hs_chapters: "15" },
    ProductGroup { name: "Foodstuffs", hs_chapters: "16-24" },
    ProductGroup { name: "Mineral Products", hs_chapters: "25-27" },
    ProductGroup { name: "Chemical Products", hs_chapters: "28-38" },
    ProductGroup { name: "Plastics and Rubbers", hs_chapters: "39-40" },
    ProductGroup { name: "Animal Hides", hs_chapters: "41-43" },
    ProductGroup { name: "Wood Products", hs_chapters: "44-46" },
    ProductGroup { name: "Paper Goods", hs_chapters: "47-49" },
    ProductGroup { name: "Textiles", hs_chapters: "50-63" },
    ProductGroup { name: "Footwear and Headwear", hs_chapters: "64-67" },
    ProductGroup { name: "Stone And Glass", hs_chapters: "68-70" },
    ProductGroup { name: "Precious Metals", hs_chapters: "71" },
    ProductGroup { name: "Metals", hs_chapters: "72-83" },
    ProductGroup { name: "Machines", hs_chapters: "84-85" },
    ProductGroup { name: "Transportation", hs_chapters: "86-89" },
    ProductGroup { name: "Instruments", hs_chapters: "90-92" },
    ProductGroup { name: "Weapons", hs_chapters: "93" },
    ProductGroup { name: "Miscellaneous", hs_chapters: "94-96" },
    ProductGroup { name: "Arts and Antiques", hs_chapters: "97" },
];

/// One trade value of the canonical table.
#[derive(Clone, Debug, PartialEq)]
pub struct TradeRecord {
    pub source: Source,
    pub year: Year,
    pub reporter: Iso3,
    pub partner: Iso3,
    pub classification: Classification,
    /// Index into the classification's product list (0 for `Total`).
    pub product: usize,
    pub flow: Flow,
    /// The value in US dollars, written exactly as a decimal number.
    pub value_usd: String,
    pub precision: Precision,
}

impl TradeRecord {
    /// The value as a float for computation. The canonical text was validated on parsing.
    pub fn value_usd_f64(&self) -> f64 {
        self.value_usd.parse().unwrap_or(f64::NAN)
    }
}
