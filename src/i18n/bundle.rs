//! PURE. The translation files the browser fetches. The Chinese, Japanese and Korean texts are
//! not compiled into the wasm (they were about 30 KB of its gzip size); each reader downloads
//! only their own language. English stays in the wasm: it is the default and the fallback.
//!
//! `build-dataset` writes one file per language from `src/i18n/{zh,ja,ko}.rs` into
//! `www/data/parts/` (named with a content hash, listed in the parts manifest). The format:
//! comment lines starting with `#`, then one `key text` line per field of [`Texts`] in the order
//! of `Texts::KEYS`, then one `list text` line per name of [`Names`], list by list, in order,
//! then the groups of texts the views own (`i18n::group`), one `group.key text` line per text.
//! The text runs from after the first space to the end of the line, so it may be empty or start
//! with a space; no text holds a line break (`write` refuses one).

use super::{Locale, Names, Texts};

/// One language's texts and names.
pub struct Translation {
    pub texts: Texts,
    pub names: Names,
    /// The groups of texts the views own, as read from the file (empty where compiled in).
    pub groups: Vec<GroupValues>,
}

impl Translation {
    /// The group of texts of that name, if the file has it.
    pub fn group(&self, name: &str) -> Option<&GroupValues> {
        self.groups.iter().find(|group| group.name == name)
    }
}

/// One group of texts (`i18n::TextGroup`) in a translation file: its keys and texts in order.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupValues {
    pub name: &'static str,
    pub keys: Vec<&'static str>,
    pub values: Vec<&'static str>,
}

/// The name lists of [`Names`], in file order.
const LISTS: [&str; 4] = ["wits_groups", "hs_sections", "hs2_chapters", "wiod_goods_industries"];

fn lists(names: &Names) -> [&[&'static str]; 4] {
    [&names.wits_groups, &names.hs_sections, &names.hs2_chapters, &names.wiod_goods_industries]
}

/// A list read in full into its fixed-length field ([`parse`] reads exactly `N` names).
fn fixed<const N: usize>(names: Vec<&'static str>) -> Result<[&'static str; N], String> {
    names.try_into().map_err(|_| "a list of names has the wrong length".to_string())
}

/// The translation file of one language, with the groups of texts the views own.
pub fn write(locale: Locale, translation: &Translation, groups: &[GroupValues]) -> Result<String, String> {
    let mut out = format!(
        "# cjk-trade-widget texts in {} ({}), written by build-dataset from src/i18n/{}.rs.\n",
        locale.native_name(),
        locale.code(),
        locale.code()
    );
    let texts = Texts::KEYS.iter().copied().zip(translation.texts.values());
    let names = LISTS.iter().zip(lists(&translation.names)).flat_map(|(list, names)| names.iter().map(|n| (*list, *n)));
    let grouped = groups.iter().flat_map(|group| {
        group.keys.iter().zip(&group.values).map(|(key, text)| (format!("{}.{key}", group.name), *text))
    });
    for (key, text) in texts
        .map(|(key, text)| (key.to_string(), text))
        .chain(names.map(|(list, name)| (list.to_string(), name)))
        .chain(grouped)
    {
        if text.contains(['\n', '\r']) {
            return Err(format!("{}: {key} holds a line break", locale.code()));
        }
        out.push_str(&format!("{key} {text}\n"));
    }
    Ok(out)
}

/// Reads a translation file. The file must outlive the page (the texts borrow from it), so
/// the caller keeps it for good. Any line out of place is an error naming it: the file and the
/// wasm come from one build, so a mismatch means a stale or damaged file.
pub fn parse(file: &'static str) -> Result<Translation, String> {
    let mut lines =
        file.lines().enumerate().filter(|(_, line)| !line.is_empty() && !line.starts_with('#')).map(|(index, line)| {
            let (key, text) = line.split_once(' ').unwrap_or((line, ""));
            (index + 1, key, text)
        });
    let mut expect = |wanted: &str| match lines.next() {
        Some((_, key, text)) if key == wanted => Ok(text),
        Some((line, key, _)) => Err(format!("line {line}: expected {wanted}, found {key}")),
        None => Err(format!("the file ends before {wanted}")),
    };
    let mut values = Vec::with_capacity(Texts::KEYS.len());
    for key in Texts::KEYS {
        values.push(expect(key)?);
    }
    let texts = Texts::from_values(&values).ok_or("too few texts")?;
    let mut list =
        |name: &str, count: usize| -> Result<Vec<&'static str>, String> { (0..count).map(|_| expect(name)).collect() };
    let wits_groups = list(LISTS[0], 16)?;
    let hs_sections = list(LISTS[1], 21)?;
    let hs2_chapters = list(LISTS[2], crate::data::hs2::HS2_CHAPTERS.len())?;
    let wiod_goods_industries = list(LISTS[3], crate::data::wiod::GOODS_INDUSTRY_COUNT)?;
    let groups = read_groups(lines)?;
    Ok(Translation {
        groups,
        texts,
        names: Names {
            wits_groups: fixed(wits_groups)?,
            hs_sections: fixed(hs_sections)?,
            hs2_chapters: fixed(hs2_chapters)?,
            wiod_goods_industries: fixed(wiod_goods_industries)?,
        },
    })
}

/// The `group.key text` lines after the names, group by group.
fn read_groups(lines: impl Iterator<Item = (usize, &'static str, &'static str)>) -> Result<Vec<GroupValues>, String> {
    let mut groups: Vec<GroupValues> = Vec::new();
    for (line, key, text) in lines {
        let Some((name, key)) = key.split_once('.') else {
            return Err(format!("line {line}: unexpected {key} after the last name"));
        };
        let continues = groups.last().is_some_and(|group| group.name == name);
        if !continues && groups.iter().any(|group| group.name == name) {
            return Err(format!("line {line}: the texts of {name} are not together"));
        }
        if !continues {
            groups.push(GroupValues { name, keys: Vec::new(), values: Vec::new() });
        }
        let group = groups.last_mut().expect("a group was just found or pushed");
        group.keys.push(key);
        group.values.push(text);
    }
    Ok(groups)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn leak(text: String) -> &'static str {
        Box::leak(text.into_boxed_str())
    }

    fn sample_groups() -> Vec<GroupValues> {
        vec![
            GroupValues { name: "ties", keys: vec!["title", "empty"], values: vec!["貿易", ""] },
            GroupValues { name: "parks", keys: vec!["title"], values: vec![" 园区 "] },
        ]
    }

    #[test]
    fn every_translation_round_trips_through_its_file() {
        for locale in [Locale::Zh, Locale::Ja, Locale::Ko] {
            let compiled = super::super::compiled_translation(locale).expect("compiled natively");
            let groups = sample_groups();
            let file = write(locale, compiled, &groups).unwrap();
            let read = parse(leak(file)).unwrap();
            assert_eq!(read.texts.values(), compiled.texts.values(), "{locale:?}");
            assert_eq!(lists(&read.names), lists(&compiled.names), "{locale:?}");
            assert_eq!(read.groups, groups, "{locale:?}");
        }
    }

    #[test]
    fn a_damaged_file_is_refused_with_the_line() {
        let compiled = super::super::compiled_translation(Locale::Zh).unwrap();
        let file = write(Locale::Zh, compiled, &[]).unwrap();
        // A line missing in the middle.
        let mut lines: Vec<&str> = file.lines().collect();
        lines.remove(5);
        let error = parse(leak(lines.join("\n"))).err().unwrap();
        assert!(error.starts_with("line 6: expected"), "{error}");
        // Cut short, and with a line too many.
        let short: String = file.lines().take(100).map(|l| format!("{l}\n")).collect();
        assert!(parse(leak(short)).err().unwrap().contains("ends before"));
        let long = format!("{file}wits_groups extra\n");
        assert!(parse(leak(long)).err().unwrap().contains("unexpected wits_groups"));
        assert!(parse("").is_err());
        // A group's texts split in two.
        let split = format!("{file}ties.a 1\nparks.b 2\nties.c 3\n");
        assert!(parse(leak(split)).err().unwrap().contains("ties are not together"));
    }

    #[test]
    fn texts_keep_leading_and_trailing_spaces_and_may_be_empty() {
        let compiled = super::super::compiled_translation(Locale::Zh).unwrap();
        let file = write(Locale::Zh, compiled, &[]).unwrap();
        assert!(file.lines().any(|l| l == "usd_prefix "), "the empty prefix is written as `usd_prefix `");
        let read = parse(leak(file)).unwrap();
        assert_eq!(read.texts.usd_prefix, "");
        assert_eq!(read.texts.list_separator, compiled.texts.list_separator);
    }
}
