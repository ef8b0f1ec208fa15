//! Native tests of `src/i18n/`: the texts of every language and number styles (the translation
//! files' format is tested beside its private parts, in `src/i18n/bundle.rs`).

mod number;
mod texts;
