//! PURE. The HS 1992 chapters (2-digit codes), the classification of the Atlas's bilateral data,
//! and the HS section each belongs to.

use super::schema::HS_SECTIONS;

/// One HS chapter: its two-digit code as the canonical table writes it, and its English name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hs2Chapter {
    pub code: &'static str,
    pub name: &'static str,
}

/// The 97 HS 1992 chapters (01-97 without 77, and 99 "not specified") with the Growth Lab's short
/// English names (`atlas-common-data` hs92.csv). Two typos of the source are corrected: "Diary"
/// (dairy, chapter 04) and "Manufactues" (chapter 46).
pub const HS2_CHAPTERS: [Hs2Chapter; 97] = [
    Hs2Chapter { code: "01", name: "Live animals" },
    Hs2Chapter { code: "02", name: "Meat" },
    Hs2Chapter { code: "03", name: "Fish" },
    Hs2Chapter { code: "04", name: "Dairy products" },
    Hs2Chapter { code: "05", name: "Animal products" },
    Hs2Chapter { code: "06", name: "Plants" },
    Hs2Chapter { code: "07", name: "Vegetables" },
    Hs2Chapter { code: "08", name: "Fruits and nuts" },
    Hs2Chapter { code: "09", name: "Coffee, tea and spices" },
    Hs2Chapter { code: "10", name: "Cereals" },
    Hs2Chapter { code: "11", name: "Flours, starches and malts" },
    Hs2Chapter { code: "12", name: "Oil seeds and oleaginous fruits" },
    Hs2Chapter { code: "13", name: "Lac and other vegetable extracts" },
    Hs2Chapter { code: "14", name: "Other vegetable materials" },
    Hs2Chapter { code: "15", name: "Animal or vegetable fats, oils or waxes" },
    Hs2Chapter { code: "16", name: "Preparations of meat or fish" },
    Hs2Chapter { code: "17", name: "Sugar and candy" },
    Hs2Chapter { code: "18", name: "Cocoa" },
    Hs2Chapter { code: "19", name: "Preparations of cereals, flour, starch or milk" },
    Hs2Chapter { code: "20", name: "Preparations of vegetables, fruit, or nuts" },
    Hs2Chapter { code: "21", name: "Miscellaneous edible preparations" },
    Hs2Chapter { code: "22", name: "Beverages" },
    Hs2Chapter { code: "23", name: "Food residues and animal feed" },
    Hs2Chapter { code: "24", name: "Tobacco" },
    Hs2Chapter { code: "25", name: "Salt, sulphur, lime, cement, etc." },
    Hs2Chapter { code: "26", name: "Ores, slag and ash" },
    Hs2Chapter { code: "27", name: "Mineral fuels, oils and waxes" },
    Hs2Chapter { code: "28", name: "Inorganic chemicals" },
    Hs2Chapter { code: "29", name: "Organic chemicals" },
    Hs2Chapter { code: "30", name: "Pharmaceutical products" },
    Hs2Chapter { code: "31", name: "Fertilisers" },
    Hs2Chapter { code: "32", name: "Dyes, paints, inks, etc." },
    Hs2Chapter { code: "33", name: "Essential oils" },
    Hs2Chapter { code: "34", name: "Soaps, waxes, and paints" },
    Hs2Chapter { code: "35", name: "Albuminoidals; modified starches; glues; enzymes" },
    Hs2Chapter { code: "36", name: "Explosives" },
    Hs2Chapter { code: "37", name: "Photographic or cinematographic goods" },
    Hs2Chapter { code: "38", name: "Miscellaneous chemical products" },
    Hs2Chapter { code: "39", name: "Plastics" },
    Hs2Chapter { code: "40", name: "Rubber" },
    Hs2Chapter { code: "41", name: "Leather and skins" },
    Hs2Chapter { code: "42", name: "Articles of leather" },
    Hs2Chapter { code: "43", name: "Furskins" },
    Hs2Chapter { code: "44", name: "Wood" },
    Hs2Chapter { code: "45", name: "Cork" },
    Hs2Chapter { code: "46", name: "Manufactures of plaiting materials" },
    Hs2Chapter { code: "47", name: "Pulp of wood" },
    Hs2Chapter { code: "48", name: "Paper and paperboard" },
    Hs2Chapter { code: "49", name: "Products of the printing industry" },
    Hs2Chapter { code: "50", name: "Silk" },
    Hs2Chapter { code: "51", name: "Wool" },
    Hs2Chapter { code: "52", name: "Cotton" },
    Hs2Chapter { code: "53", name: "Other vegetable textile fibres" },
    Hs2Chapter { code: "54", name: "Man-made filaments" },
    Hs2Chapter { code: "55", name: "Man-made staple fibres" },
    Hs2Chapter { code: "56", name: "Wadding, felt and nonwovens" },
    Hs2Chapter { code: "57", name: "Carpets" },
    Hs2Chapter { code: "58", name: "Special woven fabrics" },
    Hs2Chapter { code: "59", name: "Impregnated, coated or laminated textile fabrics" },
    Hs2Chapter { code: "60", name: "Knitted fabrics" },
    Hs2Chapter { code: "61", name: "Apparel, knit" },
    Hs2Chapter { code: "62", name: "Apparel, not knit" },
    Hs2Chapter { code: "63", name: "Other made up textile articles" },
    Hs2Chapter { code: "64", name: "Footwear" },
    Hs2Chapter { code: "65", name: "Headgear" },
    Hs2Chapter { code: "66", name: "Umbrellas and walking-sticks" },
    Hs2Chapter { code: "67", name: "Feathers and down" },
    Hs2Chapter { code: "68", name: "Articles of stone, plaster, cement, etc." },
    Hs2Chapter { code: "69", name: "Ceramic products" },
    Hs2Chapter { code: "70", name: "Glass and glassware" },
    Hs2Chapter { code: "71", name: "Precious metals and stones" },
    Hs2Chapter { code: "72", name: "Iron and steel" },
    Hs2Chapter { code: "73", name: "Articles of iron or steel" },
    Hs2Chapter { code: "74", name: "Copper" },
    Hs2Chapter { code: "75", name: "Nickel" },
    Hs2Chapter { code: "76", name: "Aluminium" },
    Hs2Chapter { code: "78", name: "Lead" },
    Hs2Chapter { code: "79", name: "Zinc" },
    Hs2Chapter { code: "80", name: "Tin" },
    Hs2Chapter { code: "81", name: "Other base metals" },
    Hs2Chapter { code: "82", name: "Metal tools and tableware" },
    Hs2Chapter { code: "83", name: "Miscellaneous articles of base metal" },
    Hs2Chapter { code: "84", name: "Industrial Machinery" },
    Hs2Chapter { code: "85", name: "Electrical machinery and equipment" },
    Hs2Chapter { code: "86", name: "Trains" },
    Hs2Chapter { code: "87", name: "Vehicles" },
    Hs2Chapter { code: "88", name: "Aircraft" },
    Hs2Chapter { code: "89", name: "Ships" },
    Hs2Chapter { code: "90", name: "Apparatuses (optical, medical, etc.)" },
    Hs2Chapter { code: "91", name: "Clocks" },
    Hs2Chapter { code: "92", name: "Musical instruments" },
    Hs2Chapter { code: "93", name: "Arms and ammunition" },
    Hs2Chapter { code: "94", name: "Furniture" },
    Hs2Chapter { code: "95", name: "Toys" },
    Hs2Chapter { code: "96", name: "Miscellaneous manufactured articles" },
    Hs2Chapter { code: "97", name: "Art" },
    Hs2Chapter { code: "99", name: "Other" },
];

/// The chapters' English names in [`HS2_CHAPTERS`] order, for the English locale.
pub const fn english_chapter_names() -> [&'static str; HS2_CHAPTERS.len()] {
    let mut names = [""; HS2_CHAPTERS.len()];
    let mut index = 0;
    while index < names.len() {
        names[index] = HS2_CHAPTERS[index].name;
        index += 1;
    }
    names
}

/// The index of chapter `code` in [`HS2_CHAPTERS`].
pub fn chapter_index(code: &str) -> Option<usize> {
    HS2_CHAPTERS.iter().position(|c| c.code == code)
}

/// The index into [`HS_SECTIONS`] of the section that holds chapter `code` (WCO boundaries, the
/// ranges in `HS_SECTIONS`), or `None` for chapter 99, which no section holds.
pub fn section_of_chapter(code: &str) -> Option<usize> {
    let chapter: u32 = code.parse().ok()?;
    HS_SECTIONS.iter().position(|section| {
        let (first, last) = section.hs_chapters.split_once('-').unwrap_or((section.hs_chapters, section.hs_chapters));
        matches!((first.parse::<u32>(), last.parse::<u32>()), (Ok(a), Ok(b)) if (a..=b).contains(&chapter))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_has_97_distinct_chapters_in_order_without_77() {
        let codes: Vec<u32> = HS2_CHAPTERS.iter().map(|c| c.code.parse().unwrap()).collect();
        assert!(codes.windows(2).all(|w| w[0] < w[1]));
        assert!(!codes.contains(&77));
        assert_eq!((codes[0], codes[96]), (1, 99));
        assert!(HS2_CHAPTERS.iter().all(|c| c.code.len() == 2 && !c.name.is_empty()));
    }

    #[test]
    fn every_chapter_but_99_has_one_section_and_sections_are_in_order() {
        assert_eq!(section_of_chapter("01"), Some(0));
        assert_eq!(section_of_chapter("15"), Some(2));
        assert_eq!(section_of_chapter("84"), Some(15));
        assert_eq!(section_of_chapter("85"), Some(15));
        assert_eq!(section_of_chapter("97"), Some(20));
        assert_eq!(section_of_chapter("99"), None);
        let sections: Vec<usize> =
            HS2_CHAPTERS.iter().filter(|c| c.code != "99").map(|c| section_of_chapter(c.code).unwrap()).collect();
        assert!(sections.windows(2).all(|w| w[0] <= w[1]));
        assert_eq!(sections.iter().collect::<std::collections::BTreeSet<_>>().len(), HS_SECTIONS.len());
    }

    #[test]
    fn chapter_codes_are_found_and_unknown_ones_are_not() {
        assert_eq!(chapter_index("01"), Some(0));
        assert_eq!(chapter_index("99"), Some(96));
        assert_eq!(chapter_index("77"), None);
        assert_eq!(chapter_index("1"), None);
    }
}
