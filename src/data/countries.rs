//! PURE. The one table of countries: ISO3 code, the names WITS and OEC give them in their files,
//! RCEP membership, and the name in English, Chinese, Japanese and Korean. The parsers, the
//! country pickers, the labels and the tests all read it.

use super::schema::Iso3;

/// One country (or the world aggregate, `WLD`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Country {
    pub iso3: Iso3,
    /// The reporter or partner name in WITS files; `None` where WITS has no file here (Laos).
    pub wits_name: Option<&'static str>,
    /// The country name in OEC file names (the RCEP members).
    pub oec_name: Option<&'static str>,
    pub rcep: bool,
    /// The name in `Locale::ALL` order: English, Chinese, Japanese, Korean.
    pub names: [&'static str; 4],
}

/// The world, the 15 RCEP members (alphabetical by ISO3 order of the source files), then the
/// other partners WITS names among the top five.
pub const COUNTRIES: [Country; 30] = [
    Country {
        iso3: Iso3::new(*b"WLD"),
        wits_name: Some("World"),
        oec_name: None,
        rcep: false,
        names: ["World", "世界", "世界", "세계"],
    },
    Country {
        iso3: Iso3::new(*b"AUS"),
        wits_name: Some("Australia"),
        oec_name: Some("Australia"),
        rcep: true,
        names: ["Australia", "澳大利亚", "オーストラリア", "호주"],
    },
    Country {
        iso3: Iso3::new(*b"BRN"),
        wits_name: Some("Brunei"),
        oec_name: Some("Brunei"),
        rcep: true,
        names: ["Brunei", "文莱", "ブルネイ", "브루나이"],
    },
    Country {
        iso3: Iso3::new(*b"KHM"),
        wits_name: Some("Cambodia"),
        oec_name: Some("Cambodia"),
        rcep: true,
        names: ["Cambodia", "柬埔寨", "カンボジア", "캄보디아"],
    },
    Country {
        iso3: Iso3::new(*b"CHN"),
        wits_name: Some("China"),
        oec_name: Some("China"),
        rcep: true,
        names: ["China", "中国", "中国", "중국"],
    },
    Country {
        iso3: Iso3::new(*b"IDN"),
        wits_name: Some("Indonesia"),
        oec_name: Some("Indonesia"),
        rcep: true,
        names: ["Indonesia", "印度尼西亚", "インドネシア", "인도네시아"],
    },
    Country {
        iso3: Iso3::new(*b"JPN"),
        wits_name: Some("Japan"),
        oec_name: Some("Japan"),
        rcep: true,
        names: ["Japan", "日本", "日本", "일본"],
    },
    Country {
        iso3: Iso3::new(*b"LAO"),
        wits_name: None,
        oec_name: Some("Laos"),
        rcep: true,
        names: ["Laos", "老挝", "ラオス", "라오스"],
    },
    Country {
        iso3: Iso3::new(*b"MYS"),
        wits_name: Some("Malaysia"),
        oec_name: Some("Malaysia"),
        rcep: true,
        names: ["Malaysia", "马来西亚", "マレーシア", "말레이시아"],
    },
    Country {
        iso3: Iso3::new(*b"MMR"),
        wits_name: Some("Myanmar"),
        oec_name: Some("Myanmar"),
        rcep: true,
        names: ["Myanmar", "缅甸", "ミャンマー", "미얀마"],
    },
    Country {
        iso3: Iso3::new(*b"NZL"),
        wits_name: Some("New Zealand"),
        oec_name: Some("New Zealand"),
        rcep: true,
        names: ["New Zealand", "新西兰", "ニュージーランド", "뉴질랜드"],
    },
    Country {
        iso3: Iso3::new(*b"PHL"),
        wits_name: Some("Philippines"),
        oec_name: Some("Philippines"),
        rcep: true,
        names: ["Philippines", "菲律宾", "フィリピン", "필리핀"],
    },
    Country {
        iso3: Iso3::new(*b"SGP"),
        wits_name: Some("Singapore"),
        oec_name: Some("Singapore"),
        rcep: true,
        names: ["Singapore", "新加坡", "シンガポール", "싱가포르"],
    },
    Country {
        iso3: Iso3::new(*b"KOR"),
        wits_name: Some("Korea, Rep."),
        oec_name: Some("South Korea"),
        rcep: true,
        names: ["South Korea", "韩国", "韓国", "한국"],
    },
    Country {
        iso3: Iso3::new(*b"THA"),
        wits_name: Some("Thailand"),
        oec_name: Some("Thailand"),
        rcep: true,
        names: ["Thailand", "泰国", "タイ", "태국"],
    },
    Country {
        iso3: Iso3::new(*b"VNM"),
        wits_name: Some("Vietnam"),
        oec_name: Some("Vietnam"),
        rcep: true,
        names: ["Vietnam", "越南", "ベトナム", "베트남"],
    },
    Country {
        iso3: Iso3::new(*b"USA"),
        wits_name: Some("United States"),
        oec_name: None,
        rcep: false,
        names: ["United States", "美国", "アメリカ", "미국"],
    },
    Country {
        iso3: Iso3::new(*b"DEU"),
        wits_name: Some("Germany"),
        oec_name: None,
        rcep: false,
        names: ["Germany", "德国", "ドイツ", "독일"],
    },
    Country {
        iso3: Iso3::new(*b"HKG"),
        wits_name: Some("Hong Kong, China"),
        oec_name: None,
        rcep: false,
        names: ["Hong Kong", "中国香港", "香港", "홍콩"],
    },
    Country {
        iso3: Iso3::new(*b"GBR"),
        wits_name: Some("United Kingdom"),
        oec_name: None,
        rcep: false,
        names: ["United Kingdom", "英国", "イギリス", "영국"],
    },
    Country {
        iso3: Iso3::new(*b"NLD"),
        wits_name: Some("Netherlands"),
        oec_name: None,
        rcep: false,
        names: ["Netherlands", "荷兰", "オランダ", "네덜란드"],
    },
    Country {
        iso3: Iso3::new(*b"IND"),
        wits_name: Some("India"),
        oec_name: None,
        rcep: false,
        names: ["India", "印度", "インド", "인도"],
    },
    Country {
        iso3: Iso3::new(*b"SAU"),
        wits_name: Some("Saudi Arabia"),
        oec_name: None,
        rcep: false,
        names: ["Saudi Arabia", "沙特阿拉伯", "サウジアラビア", "사우디아라비아"],
    },
    Country {
        iso3: Iso3::new(*b"CAN"),
        wits_name: Some("Canada"),
        oec_name: None,
        rcep: false,
        names: ["Canada", "加拿大", "カナダ", "캐나다"],
    },
    Country {
        iso3: Iso3::new(*b"ARE"),
        wits_name: Some("United Arab Emirates"),
        oec_name: None,
        rcep: false,
        names: ["United Arab Emirates", "阿联酋", "アラブ首長国連邦", "아랍에미리트"],
    },
    Country {
        iso3: Iso3::new(*b"FRA"),
        wits_name: Some("France"),
        oec_name: None,
        rcep: false,
        names: ["France", "法国", "フランス", "프랑스"],
    },
    Country {
        iso3: Iso3::new(*b"CHE"),
        wits_name: Some("Switzerland"),
        oec_name: None,
        rcep: false,
        names: ["Switzerland", "瑞士", "スイス", "스위스"],
    },
    Country {
        iso3: Iso3::new(*b"ITA"),
        wits_name: Some("Italy"),
        oec_name: None,
        rcep: false,
        names: ["Italy", "意大利", "イタリア", "이탈리아"],
    },
    Country {
        iso3: Iso3::new(*b"QAT"),
        wits_name: Some("Qatar"),
        oec_name: None,
        rcep: false,
        names: ["Qatar", "卡塔尔", "カタール", "카타르"],
    },
    Country {
        iso3: Iso3::new(*b"PAK"),
        wits_name: Some("Pakistan"),
        oec_name: None,
        rcep: false,
        names: ["Pakistan", "巴基斯坦", "パキスタン", "파키스탄"],
    },
];

/// The 15 RCEP members, in the table's order.
pub const RCEP_MEMBERS: [Iso3; 15] = {
    let mut members = [Iso3::WORLD; 15];
    let (mut row, mut found) = (0, 0);
    while row < COUNTRIES.len() {
        if COUNTRIES[row].rcep {
            members[found] = COUNTRIES[row].iso3;
            found += 1;
        }
        row += 1;
    }
    assert!(found == 15, "RCEP has 15 members");
    members
};

/// A country of the table.
pub fn country(iso3: Iso3) -> Option<&'static Country> {
    COUNTRIES.iter().find(|c| c.iso3 == iso3)
}

/// The ISO3 code of a WITS country name (leading and trailing spaces ignored).
pub fn iso3_of_wits_name(name: &str) -> Option<Iso3> {
    let name = name.trim();
    COUNTRIES.iter().find(|c| c.wits_name == Some(name)).map(|c| c.iso3)
}

/// The ISO3 code of an OEC file-name country name.
pub fn iso3_of_oec_name(name: &str) -> Option<Iso3> {
    COUNTRIES.iter().find(|c| c.oec_name == Some(name)).map(|c| c.iso3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_listed_once_and_rcep_has_its_fifteen() {
        for (i, a) in COUNTRIES.iter().enumerate() {
            assert!(COUNTRIES[i + 1..].iter().all(|b| b.iso3 != a.iso3), "{} twice", a.iso3);
            assert!(a.names.iter().all(|n| !n.is_empty()), "{}", a.iso3);
        }
        assert_eq!(RCEP_MEMBERS.len(), 15);
        assert!(RCEP_MEMBERS.iter().all(|c| country(*c).is_some_and(|c| c.oec_name.is_some())));
        assert_eq!(iso3_of_wits_name(" Korea, Rep. "), Some(Iso3::KOR));
        assert_eq!(iso3_of_oec_name("South Korea"), Some(Iso3::KOR));
        assert_eq!(iso3_of_wits_name("Other Asia, nes"), None);
    }
}
