//! PURE. Texts that travel with the code that shows them: a view declares its own group of
//! texts in its folder with [`text_group!`], each text in the four languages
//! side by side, and reads it with [`TextGroup::of`]. Adding a message to a view touches that one
//! file. [`Texts`](super::Texts) keeps what several rooms show (the frame, the downloads, the
//! link errors).
//!
//! English is compiled in everywhere. Chinese, Japanese and Korean are compiled into native
//! builds and the browser tests; the shipped wasm reads them from the language's translation
//! file, where a group is written as `group.key text` lines after the shared texts and names.

use std::any::Any;
use std::cell::RefCell;

use super::bundle::{GroupValues, Translation};
use super::Locale;

/// A group of texts one part of the widget owns. Implemented by [`text_group!`].
pub trait TextGroup: Sized + 'static {
    /// The group's name in translation files (`complementarity`).
    const NAME: &'static str;
    /// Every field's name, in declaration order.
    const KEYS: &'static [&'static str];

    /// Every field's text, in the order of [`TextGroup::KEYS`].
    fn values(&self) -> Vec<&'static str>;

    /// The texts from values in the order of [`TextGroup::KEYS`]; `None` when there are fewer.
    fn from_values(values: &[&'static str]) -> Option<Self>;

    /// The texts compiled into this build for a language: English always, the others natively
    /// and in the browser tests.
    fn compiled(locale: Locale) -> Option<&'static Self>;

    /// The texts in a language: compiled, or read from its fetched translation file, or (while
    /// that file is not here) English.
    fn of(locale: Locale) -> &'static Self {
        Self::compiled(locale)
            .or_else(|| fetched::<Self>(locale))
            .unwrap_or_else(|| Self::compiled(Locale::En).expect("English is always compiled"))
    }

    /// This group's part of a language's translation file, for `build-dataset`.
    fn file_values(locale: Locale) -> Option<GroupValues> {
        let texts = Self::compiled(locale)?;
        Some(GroupValues { name: Self::NAME, keys: Self::KEYS.to_vec(), values: texts.values() })
    }

    /// Whether a fetched translation file holds exactly this group's keys, in order. The file and
    /// the wasm come from one build, so a mismatch means a stale or damaged file.
    fn check(translation: &Translation) -> Result<(), String> {
        let group = translation.group(Self::NAME).ok_or(format!("the texts of {} are missing", Self::NAME))?;
        match group.keys.iter().zip(Self::KEYS).find(|(found, wanted)| found != wanted) {
            Some((found, wanted)) => Err(format!("{}: expected {wanted}, found {found}", Self::NAME)),
            None if group.keys.len() != Self::KEYS.len() => {
                Err(format!("{}: {} texts instead of {}", Self::NAME, group.keys.len(), Self::KEYS.len()))
            }
            None => Ok(()),
        }
    }
}

thread_local! {
    /// The groups built from fetched translation files, one per language and group, kept for the
    /// page's life (at most three languages times the groups).
    static FETCHED_GROUPS: RefCell<Vec<(Locale, &'static str, &'static dyn Any)>> = const { RefCell::new(Vec::new()) };
}

/// A group read from the language's fetched translation file, built once.
fn fetched<G: TextGroup>(locale: Locale) -> Option<&'static G> {
    let cached = FETCHED_GROUPS.with(|groups| {
        groups.borrow().iter().find(|(l, name, _)| *l == locale && *name == G::NAME).map(|(_, _, texts)| *texts)
    });
    if let Some(texts) = cached {
        return texts.downcast_ref::<G>();
    }
    let group = super::fetched_translation(locale)?.group(G::NAME)?;
    let texts: &'static G = Box::leak(Box::new(G::from_values(&group.values)?));
    FETCHED_GROUPS.with(|groups| groups.borrow_mut().push((locale, G::NAME, texts)));
    Some(texts)
}

/// Declares a group of texts with each text in English, Chinese, Japanese and Korean, in that
/// order, and implements [`TextGroup`] for it:
///
/// ```text
/// crate::i18n::text_group! {
///     /// The view's texts.
///     pub struct TiesTexts in "ties" {
///         ties_title: ["Trade ties", "贸易联系", "貿易のつながり", "무역 관계"],
///     }
/// }
/// ```
macro_rules! text_group {
    ($(#[$struct_doc:meta])* pub struct $name:ident in $group:literal {
        $($(#[$doc:meta])* $field:ident: [$en:expr, $zh:expr, $ja:expr, $ko:expr $(,)?],)*
    }) => {
        $(#[$struct_doc])*
        pub struct $name {
            $($(#[$doc])* pub $field: &'static str,)*
        }

        impl $crate::i18n::TextGroup for $name {
            const NAME: &'static str = $group;
            const KEYS: &'static [&'static str] = &[$(stringify!($field)),*];

            fn values(&self) -> Vec<&'static str> {
                vec![$(self.$field),*]
            }

            fn from_values(values: &[&'static str]) -> Option<Self> {
                let mut next = values.iter().copied();
                Some($name { $($field: next.next()?,)* })
            }

            #[allow(unreachable_patterns)]
            fn compiled(locale: $crate::i18n::Locale) -> Option<&'static Self> {
                use $crate::i18n::Locale;
                match locale {
                    Locale::En => {
                        static EN: $name = $name { $($field: $en,)* };
                        Some(&EN)
                    }
                    #[cfg(any(not(target_arch = "wasm32"), feature = "bundled-translations"))]
                    Locale::Zh => {
                        static ZH: $name = $name { $($field: $zh,)* };
                        Some(&ZH)
                    }
                    #[cfg(any(not(target_arch = "wasm32"), feature = "bundled-translations"))]
                    Locale::Ja => {
                        static JA: $name = $name { $($field: $ja,)* };
                        Some(&JA)
                    }
                    #[cfg(any(not(target_arch = "wasm32"), feature = "bundled-translations"))]
                    Locale::Ko => {
                        static KO: $name = $name { $($field: $ko,)* };
                        Some(&KO)
                    }
                    _ => None,
                }
            }
        }
    };
}

pub(crate) use text_group;
