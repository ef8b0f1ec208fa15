//! PURE. Every user-visible string, per locale. A missing translation is a compile error:
//! each locale fills the whole [`Texts`] struct.
//!
//! Templates hold named placeholders such as `{year}`, filled by [`fill`].

pub mod bundle;
mod crash;
mod en;
mod group;
mod static_page;
// Chinese, Japanese and Korean are compiled into native builds (the tests, build-dataset, which
// writes their translation files) and into the browser tests; the shipped wasm fetches them.
#[cfg(any(not(target_arch = "wasm32"), feature = "bundled-translations"))]
mod ja;
#[cfg(any(not(target_arch = "wasm32"), feature = "bundled-translations"))]
mod ko;
pub mod number;
mod texts;
#[cfg(any(not(target_arch = "wasm32"), feature = "bundled-translations"))]
mod zh;

use bundle::Translation;

pub use crash::CrashTexts;
pub(crate) use group::text_group;
pub use group::TextGroup;
pub use number::NumberStyle;
pub use texts::Texts;

use crate::data::Iso3;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub enum Locale {
    #[default]
    En,
    Zh,
    Ja,
    Ko,
}

impl Locale {
    pub const ALL: [Locale; 4] = [Locale::En, Locale::Zh, Locale::Ja, Locale::Ko];

    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Zh => "zh",
            Locale::Ja => "ja",
            Locale::Ko => "ko",
        }
    }

    pub fn parse(code: &str) -> Option<Locale> {
        let code = code.to_ascii_lowercase();
        let primary = code.split(['-', '_']).next().unwrap_or("");
        Locale::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The value of the page's `lang` attribute.
    pub fn html_lang(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Zh => "zh-Hans",
            Locale::Ja => "ja",
            Locale::Ko => "ko",
        }
    }

    /// US dollars in the unit this language counts large sums in: billions in English, 10^8
    /// (亿 / 億 / 억) in Chinese, Japanese and Korean, so that a reader never sees two currencies
    /// or an unusual unit. Texts name the unit (`usd_bn`, axis labels).
    pub fn usd_per_unit(self) -> f64 {
        match self {
            Locale::En => 1e9,
            Locale::Zh | Locale::Ja | Locale::Ko => 1e8,
        }
    }

    /// Decimals for a sum in this language's unit, given the decimals a sum in billions has
    /// (one fewer for a unit ten times smaller).
    pub fn usd_decimals(self, billion_decimals: usize) -> usize {
        match self {
            Locale::En => billion_decimals,
            Locale::Zh | Locale::Ja | Locale::Ko => billion_decimals.saturating_sub(1),
        }
    }

    /// A sum of US dollars written in this language's unit: "US$147.6 bn", "1,476亿美元".
    pub fn usd(self, usd: f64, billion_decimals: usize) -> String {
        let t = self.texts();
        let number = self.number(usd / self.usd_per_unit(), self.usd_decimals(billion_decimals));
        format!("{}{number}{}", t.usd_prefix, t.usd_suffix)
    }

    /// How this language writes numbers.
    pub fn numbers(self) -> NumberStyle {
        match self {
            Locale::En | Locale::Zh | Locale::Ja | Locale::Ko => NumberStyle::LATIN_DIGITS_COMMA_GROUPS,
        }
    }

    /// A number as this language writes it, with `decimals` decimals.
    pub fn number(self, value: f64, decimals: usize) -> String {
        self.numbers().format(value, decimals)
    }

    /// A change, always signed ("+1.2", "−3.4"), as this language writes it.
    pub fn signed(self, value: f64, decimals: usize) -> String {
        self.numbers().signed(value, decimals)
    }

    /// A percentage (`value_pct` 12.5 for 12.5%) as this language writes it.
    pub fn percent(self, value_pct: f64, decimals: usize) -> String {
        self.numbers().percent(value_pct, decimals)
    }

    /// The language's name in itself, for the language switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Zh => "中文",
            Locale::Ja => "日本語",
            Locale::Ko => "한국어",
        }
    }

    /// The language's texts; English until a fetched language is registered (the app switches
    /// to a language only once [`Locale::is_available`] says so).
    pub fn texts(self) -> &'static Texts {
        translation(self).map_or(&en::TEXTS, |t| &t.texts)
    }

    fn names(self) -> &'static Names {
        translation(self).map_or(&en::NAMES, |t| &t.names)
    }

    /// True when the language's texts are here: always for English and in native builds; in
    /// the browser, once its translation file has been fetched and registered.
    pub fn is_available(self) -> bool {
        self == Locale::En || translation(self).is_some()
    }

    /// A country's name; the ISO3 code for a country the widget does not name.
    pub fn country(self, code: Iso3) -> String {
        match crate::data::countries::country(code) {
            Some(country) => country.names[self.position()].to_string(),
            None => code.as_str().to_string(),
        }
    }

    /// The language's place in `Locale::ALL` (and in tables of names in four languages).
    pub fn position(self) -> usize {
        match self {
            Locale::En => 0,
            Locale::Zh => 1,
            Locale::Ja => 2,
            Locale::Ko => 3,
        }
    }

    /// The name of a WITS product group (by index 0-15).
    pub fn wits_group(self, index: usize) -> &'static str {
        self.names().wits_groups.get(index).copied().unwrap_or("?")
    }

    /// The name of an HS chapter (by index into `HS2_CHAPTERS`).
    pub fn hs2_chapter(self, index: usize) -> &'static str {
        self.names().hs2_chapters.get(index).copied().unwrap_or("?")
    }

    /// The name of a WIOD goods industry (index 0-15 for c1-c16).
    pub fn wiod_goods_industry(self, index: usize) -> &'static str {
        self.names().wiod_goods_industries.get(index).copied().unwrap_or("?")
    }

    /// The name of an HS section (by index 0-20).
    pub fn hs_section(self, index: usize) -> &'static str {
        self.names().hs_sections.get(index).copied().unwrap_or("?")
    }
}

static ENGLISH: Translation = Translation { texts: en::TEXTS, names: en::NAMES, groups: Vec::new() };

fn translation(locale: Locale) -> Option<&'static Translation> {
    match locale {
        Locale::En => Some(&ENGLISH),
        other => compiled_translation(other).or_else(|| registry::get(other)),
    }
}

/// The translations compiled into this build.
#[cfg(any(not(target_arch = "wasm32"), feature = "bundled-translations"))]
fn compiled_translation(locale: Locale) -> Option<&'static Translation> {
    static ZH: Translation = Translation { texts: zh::TEXTS, names: zh::NAMES, groups: Vec::new() };
    static JA: Translation = Translation { texts: ja::TEXTS, names: ja::NAMES, groups: Vec::new() };
    static KO: Translation = Translation { texts: ko::TEXTS, names: ko::NAMES, groups: Vec::new() };
    match locale {
        Locale::En => Some(&ENGLISH),
        Locale::Zh => Some(&ZH),
        Locale::Ja => Some(&JA),
        Locale::Ko => Some(&KO),
    }
}

#[cfg(not(any(not(target_arch = "wasm32"), feature = "bundled-translations")))]
fn compiled_translation(_: Locale) -> Option<&'static Translation> {
    None
}

/// The languages whose texts the shipped wasm fetches (every one but English).
pub const FETCHED_LOCALES: [Locale; 3] = [Locale::Zh, Locale::Ja, Locale::Ko];

/// A fetched language's translation file, as `build-dataset` writes it, with the groups of
/// texts the views own (`views::text_groups`).
#[cfg(not(target_arch = "wasm32"))]
pub fn translation_file(locale: Locale, groups: &[bundle::GroupValues]) -> Result<String, String> {
    let translation = compiled_translation(locale).ok_or(format!("no texts for {}", locale.code()))?;
    bundle::write(locale, translation, groups)
}

/// Every fetched language's translation file with its language code, for `build-dataset`;
/// `groups` gives a language's groups of texts. An error names the language.
#[cfg(not(target_arch = "wasm32"))]
pub fn translation_files(
    groups: impl Fn(Locale) -> Vec<bundle::GroupValues>,
) -> Result<Vec<(&'static str, String)>, String> {
    FETCHED_LOCALES
        .into_iter()
        .map(|locale| {
            let text = translation_file(locale, &groups(locale)).map_err(|e| format!("{}: {e}", locale.code()))?;
            Ok((locale.code(), text))
        })
        .collect()
}

/// A language's translation as fetched by the browser, if it is here.
fn fetched_translation(locale: Locale) -> Option<&'static Translation> {
    registry::get(locale)
}

/// Registers a language's fetched translation for the rest of the page's life (the browser
/// keeps at most three, one per language).
pub fn register(locale: Locale, translation: Translation) {
    registry::set(locale, Box::leak(Box::new(translation)));
}

/// The fetched translations. The wasm is single-threaded, so a thread-local is the page's.
mod registry {
    use super::{Locale, Translation};
    use std::cell::Cell;

    thread_local! {
        static FETCHED: [Cell<Option<&'static Translation>>; 4] = const { [const { Cell::new(None) }; 4] };
    }

    pub fn get(locale: Locale) -> Option<&'static Translation> {
        FETCHED.with(|fetched| fetched[locale.position()].get())
    }

    pub fn set(locale: Locale, translation: &'static Translation) {
        FETCHED.with(|fetched| fetched[locale.position()].set(Some(translation)));
    }
}

/// Names of countries and products.
pub struct Names {
    pub wits_groups: [&'static str; 16],
    pub hs_sections: [&'static str; 21],
    /// The HS chapters in `HS2_CHAPTERS` order (01-97 without 77, and 99).
    pub hs2_chapters: [&'static str; crate::data::hs2::HS2_CHAPTERS.len()],
    /// The WIOD goods industries c1-c16.
    pub wiod_goods_industries: [&'static str; crate::data::wiod::GOODS_INDUSTRY_COUNT],
}

/// Joins items as a sentence list: "a, b and c".
pub fn join_list(texts: &Texts, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => format!("{}{}{}", init.join(texts.list_separator), texts.list_and, last),
    }
}

/// Fills a template chosen by a count: `one` for exactly one, `other` otherwise, with `{n}`
/// and the other placeholders filled.
pub fn fill_count(one: &str, other: &str, n: usize, args: &[(&str, &str)]) -> String {
    let count = n.to_string();
    let mut all = vec![("n", count.as_str())];
    all.extend_from_slice(args);
    fill(if n == 1 { one } else { other }, &all)
}

/// Fills `{name}` placeholders of a template.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}
