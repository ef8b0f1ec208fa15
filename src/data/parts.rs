//! The files the widget fetches lazily, one per part of the data, and the manifest that names
//! them. Each file name carries a hash of its content (`oec-sections.1f2e….bin`), so a host can
//! cache it for ever; only `manifest.txt` (and `index.html`) must be revalidated.
//!
//! Manifest lines (`#` starts a comment):
//! ```text
//! file <part> <file name>
//! view <view code> <part> <part> …
//! lang <language code> <file name>
//! ```
//!
//! `lang` lines name the translation files of the languages the wasm does not hold
//! (`i18n::bundle`).

use super::schema::{Classification, Source};

/// Where the parts live, relative to the widget's folder.
pub const PARTS_FOLDER: &str = "data/parts/";
/// The manifest's name inside [`PARTS_FOLDER`].
pub const MANIFEST_NAME: &str = "manifest.txt";

/// One lazily loaded part of the data.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub enum DataPart {
    /// OEC exports and imports by HS section (TCI, TSC, Grubel–Lloyd, ESI on sections).
    OecSections,
    /// WITS exports by the 16 product groups (RCA, ESI, composition).
    WitsGroups,
    /// WITS all-products totals, to the world and to top-5 partners (trade ties, TII).
    WitsTotals,
    /// Atlas flows among China, Japan and Korea and with the world, by HS chapter (bilateral
    /// intra-industry trade, bilateral TSC, composition, chapter-level TCI).
    AtlasChapters,
    /// IMF DOTS monthly totals among the three, each side's own report.
    MonthlyTotals,
    /// WIOD value chains among the three: flows by industry, intermediate and final use.
    ValueChains,
    /// The article's own figures.
    ArticleFigures,
    /// The cooperation parks.
    Parks,
    /// The map's basemap.
    Basemap,
}

impl DataPart {
    pub const ALL: [DataPart; 9] = [
        DataPart::OecSections,
        DataPart::WitsGroups,
        DataPart::WitsTotals,
        DataPart::AtlasChapters,
        DataPart::MonthlyTotals,
        DataPart::ValueChains,
        DataPart::ArticleFigures,
        DataPart::Parks,
        DataPart::Basemap,
    ];

    /// The name used in the manifest and as the start of the file name.
    pub fn code(self) -> &'static str {
        match self {
            DataPart::OecSections => "oec-sections",
            DataPart::WitsGroups => "wits-groups",
            DataPart::WitsTotals => "wits-totals",
            DataPart::AtlasChapters => "atlas-chapters",
            DataPart::MonthlyTotals => "monthly-totals",
            DataPart::ValueChains => "value-chains",
            DataPart::ArticleFigures => "article-figures",
            DataPart::Parks => "parks",
            DataPart::Basemap => "basemap",
        }
    }

    pub fn parse(code: &str) -> Option<DataPart> {
        DataPart::ALL.into_iter().find(|p| p.code() == code)
    }

    pub fn extension(self) -> &'static str {
        match self {
            DataPart::OecSections | DataPart::WitsGroups | DataPart::WitsTotals | DataPart::AtlasChapters => "bin",
            DataPart::MonthlyTotals | DataPart::ValueChains | DataPart::ArticleFigures | DataPart::Parks => "csv",
            DataPart::Basemap => "txt",
        }
    }

    /// The source and classification of a trade slice; `None` for the other parts.
    pub fn trade_slice(self) -> Option<(Source, Classification)> {
        match self {
            DataPart::OecSections => Some((Source::Oec, Classification::HsSection)),
            DataPart::WitsGroups => Some((Source::Wits, Classification::Wits16)),
            DataPart::WitsTotals => Some((Source::Wits, Classification::Total)),
            DataPart::AtlasChapters => Some((Source::Atlas, Classification::Hs2)),
            _ => None,
        }
    }

    /// The part that holds a source and classification's trade values.
    pub fn of_trade(source: Source, classification: Classification) -> Option<DataPart> {
        DataPart::ALL.into_iter().find(|p| p.trade_slice() == Some((source, classification)))
    }
}

/// A content hash for file names: 64-bit FNV-1a as 16 hex digits. Hand-written because it is
/// six lines and only has to change when the bytes change; it is not a security measure.
pub fn content_hash(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// The hashed file name of a part with these bytes.
pub fn hashed_file_name(part: DataPart, bytes: &[u8]) -> String {
    format!("{}.{}.{}", part.code(), content_hash(bytes), part.extension())
}

/// The hashed file name of a language's translation file (`language` is its code, such as "ja").
pub fn translation_file_name(language: &str, bytes: &[u8]) -> String {
    format!("lang-{language}.{}.txt", content_hash(bytes))
}

/// What the manifest says: each part's file, which parts each view needs first, and each
/// fetched language's translation file.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Manifest {
    pub files: Vec<(DataPart, String)>,
    pub views: Vec<(String, Vec<DataPart>)>,
    /// By language code ("ja").
    pub translations: Vec<(String, String)>,
}

impl Manifest {
    pub fn file_of(&self, part: DataPart) -> Option<&str> {
        self.files.iter().find(|(p, _)| *p == part).map(|(_, name)| name.as_str())
    }

    pub fn translation_of(&self, language: &str) -> Option<&str> {
        self.translations.iter().find(|(code, _)| code == language).map(|(_, name)| name.as_str())
    }

    pub fn write(&self) -> String {
        let mut out = String::from("# Written by build-dataset: the widget's lazily loaded data files.\n");
        for (part, name) in &self.files {
            out.push_str(&format!("file {} {name}\n", part.code()));
        }
        for (view, parts) in &self.views {
            let codes: Vec<&str> = parts.iter().map(|p| p.code()).collect();
            out.push_str(&format!("view {view} {}\n", codes.join(" ")));
        }
        for (language, name) in &self.translations {
            out.push_str(&format!("lang {language} {name}\n"));
        }
        out
    }

    /// Reads a manifest; a line it cannot understand is an error naming the line.
    pub fn parse(text: &str) -> Result<Manifest, String> {
        let mut manifest = Manifest::default();
        for (index, line) in text.lines().enumerate() {
            let line_no = index + 1;
            let words: Vec<&str> = line.split_whitespace().collect();
            match words.as_slice() {
                [] => {}
                [first, ..] if first.starts_with('#') => {}
                ["file", part, name] => {
                    let part = DataPart::parse(part).ok_or(format!("line {line_no}: unknown part {part}"))?;
                    manifest.files.push((part, safe_file_name(name, line_no)?));
                }
                ["lang", code, name] => {
                    if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_lowercase()) {
                        return Err(format!("line {line_no}: unknown language {code}"));
                    }
                    manifest.translations.push((code.to_string(), safe_file_name(name, line_no)?));
                }
                ["view", view, parts @ ..] => {
                    let parts = parts
                        .iter()
                        .map(|p| DataPart::parse(p).ok_or(format!("line {line_no}: unknown part {p}")))
                        .collect::<Result<Vec<_>, _>>()?;
                    manifest.views.push((view.to_string(), parts));
                }
                _ => {
                    return Err(format!(
                        "line {line_no}: expected `file <part> <name>`, `view <code> <parts>` or `lang <code> <name>`"
                    ))
                }
            }
        }
        Ok(manifest)
    }
}

/// A file name inside the parts folder: no path, only letters, digits, '.' and '-'.
fn safe_file_name(name: &str, line_no: usize) -> Result<String, String> {
    if name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-') && !name.starts_with('.') {
        Ok(name.to_string())
    } else {
        Err(format!("line {line_no}: a file name may hold only letters, digits, '.' and '-'"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifest_round_trips_and_rejects_unsafe_names() {
        let manifest = Manifest {
            files: vec![(DataPart::OecSections, "oec-sections.0123456789abcdef.bin".into())],
            views: vec![("tci".into(), vec![DataPart::OecSections])],
            translations: vec![("ja".into(), "lang-ja.0123456789abcdef.txt".into())],
        };
        assert_eq!(Manifest::parse(&manifest.write()), Ok(manifest.clone()));
        assert_eq!(manifest.translation_of("ja"), Some("lang-ja.0123456789abcdef.txt"));
        assert_eq!(manifest.translation_of("ko"), None);
        assert!(Manifest::parse("file parks ../secret.csv").unwrap_err().contains("line 1"));
        assert!(Manifest::parse("lang zh ../lang-zh.txt").unwrap_err().contains("line 1"));
        // The manifest knows language codes, not which languages the widget speaks (i18n does).
        assert!(Manifest::parse("lang fr lang-fr.txt").is_ok());
        assert!(Manifest::parse("lang fr-CA lang-fr.txt").unwrap_err().contains("unknown language"));
        assert!(Manifest::parse("view tci nope").unwrap_err().contains("unknown part"));
        assert!(Manifest::parse("\n\nbogus").unwrap_err().starts_with("line 3"));
    }

    #[test]
    fn hashes_change_with_content_and_codes_round_trip() {
        assert_ne!(content_hash(b"a"), content_hash(b"b"));
        assert_eq!(content_hash(b"").len(), 16);
        for part in DataPart::ALL {
            assert_eq!(DataPart::parse(part.code()), Some(part));
        }
        assert_eq!(DataPart::of_trade(Source::Oec, Classification::HsSection), Some(DataPart::OecSections));
    }
}
