//! PURE. The parks on the map: which pass the reader's filters, their short labels, and the
//! product groups their focus industries point to (for the trade figures on a park's card).

use crate::data::parks::{Park, ParkKind};
use crate::data::{HsSection, Iso3, WitsGroup, Year};
use crate::i18n::Locale;
/// Which parks the map and list show, by partner country.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub enum PartnerFilter {
    #[default]
    All,
    Japan,
    Korea,
}

impl PartnerFilter {
    pub fn code(self) -> &'static str {
        match self {
            PartnerFilter::All => "all",
            PartnerFilter::Japan => "japan",
            PartnerFilter::Korea => "korea",
        }
    }

    pub fn parse(code: &str) -> Option<PartnerFilter> {
        [PartnerFilter::All, PartnerFilter::Japan, PartnerFilter::Korea].into_iter().find(|p| p.code() == code)
    }
}

/// The reader's filters on the parks: partner, approval period (inclusive; `None`, no bound) and
/// a focus-industry keyword (case-insensitive; empty shows all).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ParkFilter<'a> {
    pub partner: PartnerFilter,
    pub approved_from: Option<Year>,
    pub approved_to: Option<Year>,
    pub keyword: &'a str,
}

/// Whether a park passes the partner, approval-period and keyword filters.
pub fn passes(park: &Park, filters: &ParkFilter) -> bool {
    let partner = match filters.partner {
        PartnerFilter::All => true,
        PartnerFilter::Japan => park.kind == ParkKind::ChinaJapan,
        PartnerFilter::Korea => {
            matches!(park.kind, ParkKind::ChinaKorea | ParkKind::KoreaHostedChina | ParkKind::ChinaKoreaCityPilot)
        }
    };
    let from = filters.approved_from.is_none_or(|y| park.approval_year >= y);
    let to = filters.approved_to.is_none_or(|y| park.approval_year <= y);
    let keyword = filters.keyword.trim().to_lowercase();
    let matches_keyword = keyword.is_empty()
        || park.text.focus_industries.to_lowercase().contains(&keyword)
        || park.text.name_en.to_lowercase().contains(&keyword)
        || park.text.name_zh.contains(filters.keyword.trim());
    partner && from && to && matches_keyword
}

/// The two economies of a park: the host first, then the partner.
pub fn economies(park: &Park) -> (Iso3, Iso3) {
    match park.kind {
        ParkKind::ChinaJapan => (Iso3::CHN, Iso3::JPN),
        ParkKind::ChinaKorea | ParkKind::ChinaKoreaCityPilot => (Iso3::CHN, Iso3::KOR),
        ParkKind::KoreaHostedChina => (Iso3::KOR, Iso3::CHN),
    }
}

/// The approval years present, for the period filter.
pub fn approval_years(parks: &[Park]) -> Vec<Year> {
    let mut years: Vec<Year> = parks.iter().map(|p| p.approval_year).collect();
    crate::order::sort(&mut years);
    years.dedup();
    years
}

/// The park's name for the reader: the Chinese name for Chinese readers where the sources give
/// one, else the English name.
pub fn display_name(locale: Locale, park: &Park) -> String {
    match (locale, park.text.name_zh.as_str()) {
        (Locale::Zh, zh) if !zh.is_empty() => zh.to_string(),
        _ => park.text.name_en.clone(),
    }
}

/// A park's place name on the map in each language.
struct MapLabel {
    id: &'static str,
    en: &'static str,
    zh: &'static str,
    ja: &'static str,
    ko: &'static str,
}

const MAP_LABELS: [MapLabel; 13] = [
    MapLabel { id: "cn-jp-qingdao", en: "Qingdao", zh: "青岛", ja: "青島", ko: "칭다오" },
    MapLabel { id: "cn-jp-tianjin", en: "Tianjin", zh: "天津", ja: "天津", ko: "톈진" },
    MapLabel { id: "cn-jp-dalian", en: "Dalian", zh: "大连", ja: "大連", ko: "다롄" },
    MapLabel { id: "cn-jp-shanghai", en: "Shanghai", zh: "上海", ja: "上海", ko: "상하이" },
    MapLabel { id: "cn-jp-suzhou", en: "Suzhou", zh: "苏州", ja: "蘇州", ko: "쑤저우" },
    MapLabel { id: "cn-jp-chengdu", en: "Chengdu", zh: "成都", ja: "成都", ko: "청두" },
    MapLabel { id: "cn-jp-beijing", en: "Beijing", zh: "北京", ja: "北京", ko: "베이징" },
    MapLabel { id: "cn-kr-yancheng", en: "Yancheng", zh: "盐城", ja: "塩城", ko: "옌청" },
    MapLabel { id: "cn-kr-yantai", en: "Yantai", zh: "烟台", ja: "煙台", ko: "옌타이" },
    MapLabel { id: "cn-kr-huizhou", en: "Huizhou", zh: "惠州", ja: "恵州", ko: "후이저우" },
    MapLabel { id: "kr-cn-saemangeum", en: "Saemangeum", zh: "新万金", ja: "セマングム", ko: "새만금" },
    MapLabel { id: "cn-kr-changchun", en: "Changchun", zh: "长春", ja: "長春", ko: "창춘" },
    MapLabel { id: "cn-kr-weihai", en: "Weihai", zh: "威海", ja: "威海", ko: "웨이하이" },
];

/// The park's place name in the reader's language, when the widget has one.
fn translated_label(locale: Locale, id: &str) -> Option<&'static str> {
    let label = MAP_LABELS.iter().find(|l| l.id == id)?;
    Some(match locale {
        Locale::En => label.en,
        Locale::Zh => label.zh,
        Locale::Ja => label.ja,
        Locale::Ko => label.ko,
    })
}

/// A short label for the map: the city (or site), in the reader's language where known, else
/// the city as the data write it.
pub fn short_label(locale: Locale, park: &Park) -> String {
    translated_label(locale, park.id()).map_or_else(|| park.text.city.clone(), str::to_string)
}

/// A product group a park's focus industries point to, in both classifications.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProductLink {
    /// The WITS group (for RCA).
    pub wits_group: WitsGroup,
    /// The HS section (for TSC).
    pub hs_section: HsSection,
}

const MACHINERY: ProductLink =
    ProductLink { wits_group: WitsGroup::MACHINERY_AND_ELECTRICAL, hs_section: HsSection::MACHINERY };
const TRANSPORT: ProductLink = ProductLink { wits_group: WitsGroup::TRANSPORTATION, hs_section: HsSection::TRANSPORT };
const CHEMICALS: ProductLink = ProductLink { wits_group: WitsGroup::CHEMICALS, hs_section: HsSection::CHEMICALS };
/// WITS has no instruments group: they are in "Miscellaneous".
const INSTRUMENTS: ProductLink =
    ProductLink { wits_group: WitsGroup::MISCELLANEOUS, hs_section: HsSection::INSTRUMENTS };
const FOOD: ProductLink = ProductLink { wits_group: WitsGroup::FOOD_PRODUCTS, hs_section: HsSection::FOODSTUFFS };
const TEXTILES: ProductLink =
    ProductLink { wits_group: WitsGroup::TEXTILES_AND_CLOTHING, hs_section: HsSection::TEXTILES };

/// Keywords of the focus-industry text and the goods they point to. Matching is by whole
/// words, so the mapping is approximate and the card says so.
const INDUSTRY_KEYWORDS: [(&str, ProductLink); 31] = [
    ("robot", MACHINERY),
    ("robots", MACHINERY),
    ("robotics", MACHINERY),
    ("machine tools", MACHINERY),
    ("equipment", MACHINERY),
    ("manufacturing", MACHINERY),
    ("electronic", MACHINERY),
    ("it", MACHINERY),
    ("ai", MACHINERY),
    ("artificial intelligence", MACHINERY),
    ("semiconductors", MACHINERY),
    ("displays", MACHINERY),
    ("display", MACHINERY),
    ("mobile terminals", MACHINERY),
    ("laser", MACHINERY),
    ("smart energy", MACHINERY),
    ("environmental protection", MACHINERY),
    ("hydrogen", MACHINERY),
    ("vehicles", TRANSPORT),
    ("automobiles", TRANSPORT),
    ("nev", TRANSPORT),
    ("intelligent driving", TRANSPORT),
    ("pharma", CHEMICALS),
    ("medicine", CHEMICALS),
    ("new materials", CHEMICALS),
    ("life sciences", CHEMICALS),
    ("medical devices", INSTRUMENTS),
    ("medical", INSTRUMENTS),
    ("food", FOOD),
    ("fashion", TEXTILES),
    ("textiles", TEXTILES),
];

/// Whether `needle` occurs in `haystack` as whole words (both lower case).
fn contains_words(haystack: &str, needle: &str) -> bool {
    haystack.match_indices(needle).any(|(at, _)| {
        let before = haystack[..at].chars().next_back();
        let after = haystack[at + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The product groups a park's focus industries point to, in a stable order, without repeats.
pub fn linked_products(park: &Park) -> Vec<ProductLink> {
    let text = park.text.focus_industries.to_lowercase();
    let mut links: Vec<ProductLink> = Vec::new();
    for (keyword, link) in INDUSTRY_KEYWORDS {
        if contains_words(&text, keyword) && !links.contains(&link) {
            links.push(link);
        }
    }
    crate::order::sort_by_key(&mut links, |l| l.wits_group);
    links
}

// The tests read the embedded data, which only native builds carry.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::data::parks::{parse_parks, EMBEDDED_PARKS_CSV};

    const NO_FILTER: ParkFilter =
        ParkFilter { partner: PartnerFilter::All, approved_from: None, approved_to: None, keyword: "" };

    fn ids_passing(filter: &ParkFilter) -> Vec<String> {
        parks().iter().filter(|p| passes(p, filter)).map(|p| p.id().to_string()).collect()
    }

    fn parks() -> Vec<Park> {
        parse_parks(EMBEDDED_PARKS_CSV).unwrap()
    }

    fn park(id: &str) -> Park {
        parks().into_iter().find(|p| p.id() == id).unwrap()
    }

    #[test]
    fn partner_filter_keeps_the_korean_parks_including_saemangeum() {
        let ids = ids_passing(&ParkFilter { partner: PartnerFilter::Korea, ..NO_FILTER });
        assert_eq!(ids.len(), 6);
        assert!(ids.iter().all(|id| id.contains("kr")));
        assert!(ids.contains(&"kr-cn-saemangeum".to_string()));
    }

    #[test]
    fn period_and_keyword_filters() {
        let filter =
            ParkFilter { approved_from: Some(2017), approved_to: Some(2017), keyword: "Vehicles", ..NO_FILTER };
        assert_eq!(ids_passing(&filter), ["cn-kr-yancheng"]);
        assert_eq!(ids_passing(&NO_FILTER).len(), parks().len());
    }

    #[test]
    fn industries_point_to_the_right_goods() {
        let suzhou = linked_products(&park("cn-jp-suzhou"));
        assert!(suzhou.contains(&MACHINERY) && suzhou.contains(&TRANSPORT) && suzhou.contains(&INSTRUMENTS));
        assert_eq!(
            linked_products(&park("kr-cn-saemangeum")),
            vec![FOOD, TEXTILES, MACHINERY].into_iter().fold(Vec::new(), |mut v, l| {
                v.push(l);
                crate::order::sort_by_key(&mut v, |l: &ProductLink| l.wits_group);
                v
            })
        );
        // Weihai lists services and trade only: no goods to link.
        assert!(linked_products(&park("cn-kr-weihai")).is_empty());
        // Whole words: "it" does not match inside "cities" or "quality".
        assert!(!contains_words("cities and quality", "it"));
        assert!(contains_words("new-generation it; ai", "it"));
    }

    #[test]
    fn every_park_has_a_label_in_every_language() {
        // Every park of the data has its own label in every language (not the city fallback),
        // and the Chinese, Japanese and Korean ones are not the English one.
        for park in parks() {
            for locale in Locale::ALL {
                let label = translated_label(locale, park.id());
                assert!(label.is_some_and(|l| !l.is_empty()), "{} has no {locale:?} label", park.id());
            }
            let english = translated_label(Locale::En, park.id());
            for locale in [Locale::Zh, Locale::Ja, Locale::Ko] {
                assert_ne!(translated_label(locale, park.id()), english, "{} in {locale:?}", park.id());
            }
        }
        assert_eq!(translated_label(Locale::En, "cn-kr-unknown"), None);
        assert_eq!(short_label(Locale::Ko, &park("kr-cn-saemangeum")), "새만금");
        assert_eq!(economies(&park("kr-cn-saemangeum")), (Iso3::KOR, Iso3::CHN));
    }
}
