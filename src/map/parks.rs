//! PURE. The parks on the map: which pass the reader's filters, their short labels, and the
//! product groups their focus industries point to (for the trade figures on a park's card).

use crate::data::parks::{Park, ParkKind};
use crate::data::{Iso3, Year};
use crate::i18n::Locale;
use crate::state::{ParksState, PartnerFilter};

/// Whether a park passes the partner, approval-period and keyword filters.
pub fn passes(park: &Park, filters: &ParksState) -> bool {
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
        || park.field("focus_industries").to_lowercase().contains(&keyword)
        || park.field("name_en").to_lowercase().contains(&keyword)
        || park.field("name_zh").contains(filters.keyword.trim());
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
    years.sort_unstable();
    years.dedup();
    years
}

/// The park's name for the reader: the Chinese name for Chinese readers where the sources give
/// one, else the English name.
pub fn display_name(locale: Locale, park: &Park) -> String {
    match (locale, park.field("name_zh")) {
        (Locale::Zh, zh) if !zh.is_empty() => zh.to_string(),
        _ => park.field("name_en").to_string(),
    }
}

/// A short label for the map: the city (or site), in the reader's language where known.
pub fn short_label(locale: Locale, park: &Park) -> String {
    const LABELS: [(&str, [&str; 4]); 13] = [
        ("cn-jp-qingdao", ["Qingdao", "青岛", "青島", "칭다오"]),
        ("cn-jp-tianjin", ["Tianjin", "天津", "天津", "톈진"]),
        ("cn-jp-dalian", ["Dalian", "大连", "大連", "다롄"]),
        ("cn-jp-shanghai", ["Shanghai", "上海", "上海", "상하이"]),
        ("cn-jp-suzhou", ["Suzhou", "苏州", "蘇州", "쑤저우"]),
        ("cn-jp-chengdu", ["Chengdu", "成都", "成都", "청두"]),
        ("cn-jp-beijing", ["Beijing", "北京", "北京", "베이징"]),
        ("cn-kr-yancheng", ["Yancheng", "盐城", "塩城", "옌청"]),
        ("cn-kr-yantai", ["Yantai", "烟台", "煙台", "옌타이"]),
        ("cn-kr-huizhou", ["Huizhou", "惠州", "恵州", "후이저우"]),
        ("kr-cn-saemangeum", ["Saemangeum", "新万金", "セマングム", "새만금"]),
        ("cn-kr-changchun", ["Changchun", "长春", "長春", "창춘"]),
        ("cn-kr-weihai", ["Weihai", "威海", "威海", "웨이하이"]),
    ];
    let index = Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0);
    match LABELS.iter().find(|(id, _)| *id == park.id()) {
        Some((_, names)) => names[index].to_string(),
        None => park.field("city").to_string(),
    }
}

/// A product group a park's focus industries point to, in both classifications.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProductLink {
    /// Index into the WITS groups (for RCA).
    pub wits_group: usize,
    /// Index into the HS sections (for TSC).
    pub hs_section: usize,
}

const MACHINERY: ProductLink = ProductLink { wits_group: 13, hs_section: 15 };
const TRANSPORT: ProductLink = ProductLink { wits_group: 14, hs_section: 16 };
const CHEMICALS: ProductLink = ProductLink { wits_group: 5, hs_section: 5 };
const INSTRUMENTS: ProductLink = ProductLink { wits_group: 15, hs_section: 17 };
const FOOD: ProductLink = ProductLink { wits_group: 2, hs_section: 3 };
const TEXTILES: ProductLink = ProductLink { wits_group: 9, hs_section: 10 };

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
    let text = park.field("focus_industries").to_lowercase();
    let mut links: Vec<ProductLink> = Vec::new();
    for (keyword, link) in INDUSTRY_KEYWORDS {
        if contains_words(&text, keyword) && !links.contains(&link) {
            links.push(link);
        }
    }
    links.sort_by_key(|l| l.wits_group);
    links
}

// The tests read the embedded data, which only native builds carry.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::data::parks::{parse_parks, EMBEDDED_PARKS_CSV};
    use crate::state::Action;

    fn parks() -> Vec<Park> {
        parse_parks(EMBEDDED_PARKS_CSV).unwrap()
    }

    fn park(id: &str) -> Park {
        parks().into_iter().find(|p| p.id() == id).unwrap()
    }

    #[test]
    fn partner_filter_keeps_the_korean_parks_including_saemangeum() {
        let state = crate::state::AppState::default().apply(Action::SetPartnerFilter(PartnerFilter::Korea));
        let ids: Vec<String> = parks().iter().filter(|p| passes(p, &state.parks)).map(|p| p.id().to_string()).collect();
        assert_eq!(ids.len(), 6);
        assert!(ids.iter().all(|id| id.contains("kr")));
        assert!(ids.contains(&"kr-cn-saemangeum".to_string()));
    }

    #[test]
    fn period_and_keyword_filters() {
        let state = crate::state::AppState::default()
            .apply(Action::SetApprovalPeriod(Some(2017), Some(2017)))
            .apply(Action::SetKeyword("Vehicles".into()));
        let ids: Vec<String> = parks().iter().filter(|p| passes(p, &state.parks)).map(|p| p.id().to_string()).collect();
        assert_eq!(ids, ["cn-kr-yancheng"]);
    }

    #[test]
    fn industries_point_to_the_right_goods() {
        let suzhou = linked_products(&park("cn-jp-suzhou"));
        assert!(suzhou.contains(&MACHINERY) && suzhou.contains(&TRANSPORT) && suzhou.contains(&INSTRUMENTS));
        assert_eq!(
            linked_products(&park("kr-cn-saemangeum")),
            vec![FOOD, TEXTILES, MACHINERY].into_iter().fold(Vec::new(), |mut v, l| {
                v.push(l);
                v.sort_by_key(|l: &ProductLink| l.wits_group);
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
        for park in parks() {
            for locale in Locale::ALL {
                assert!(!short_label(locale, &park).is_empty());
            }
        }
        assert_eq!(short_label(Locale::Ko, &park("kr-cn-saemangeum")), "새만금");
        assert_eq!(economies(&park("kr-cn-saemangeum")), (Iso3::KOR, Iso3::CHN));
    }
}
