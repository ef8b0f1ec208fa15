//! PURE. A journalist's own words and emphasis for an embedded chart, set in "Embed this view"'s
//! editor and carried by the link (`headline=`, `description=`, `highlight=`, `note=`,
//! `locked=1`). Nothing is stored anywhere else.
//!
//! The texts are plain text: the page inserts them as text nodes and the charts draw them as
//! text, so `<script>` shows as those eight characters. What a link may not carry is refused or
//! cut here, once, with the reason ([`TextRefusal`]) that `state::url` reports to the reader.

use std::collections::BTreeSet;

use crate::data::Year;

/// The longest headline, in characters: two lines of a phone's column.
pub const HEADLINE_MAX_CHARS: usize = 90;
/// The longest description: about three lines of a phone's column.
pub const DESCRIPTION_MAX_CHARS: usize = 240;
/// The longest annotation: it sits inside the chart at phone width.
pub const NOTE_MAX_CHARS: usize = 48;
/// The most series a link may highlight.
pub const MAX_HIGHLIGHTS: usize = 6;

/// A journalist's annotation: pinned to a year of a line chart (`note=2015:RCEP signed`), or,
/// without a year (`note=:Phones`), to the first highlighted bar (or the first bar) of a bar chart
/// or the highlighted cell of a heatmap.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Note {
    pub year: Option<Year>,
    pub text: String,
}

#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Editorial {
    /// Replaces the chart's (or the view's) title.
    pub headline: Option<String>,
    /// Replaces the takeaway, and comes first in the chart's accessible description.
    pub description: Option<String>,
    /// Series keys as in `hide=` (`tci:CHN>KOR`): drawn in colour, the others in grey.
    pub highlight: BTreeSet<String>,
    /// Pinned to the highlighted series, bar or cell, or the first one shown.
    pub note: Option<Note>,
    /// The embed shows the chart without its controls: the reader cannot change the year.
    pub locked: bool,
}

impl Editorial {
    /// What the highlight names in the panel (`tci-lines`): each of its keys' part after the
    /// panel and its colon (`CHN>KOR`, `row:CHN`, `85`).
    pub fn highlighted_in<'a>(&'a self, panel: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.highlight.iter().filter_map(move |key| key.strip_prefix(panel)?.strip_prefix(':'))
    }

    /// Whether the highlight names anything in the panel: then the rest of it is greyed.
    pub fn highlights_in(&self, panel: &str) -> bool {
        self.highlighted_in(panel).next().is_some()
    }
}

/// Why a text was not taken as it came.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TextRefusal {
    /// Longer than the limit: the text was cut to it (the cut text is kept).
    Cut { max_chars: usize },
    /// A control or direction-override character: the text was refused.
    ControlCharacter,
}

/// A text as a link may carry it: spaces at its ends removed, line breaks and tabs made spaces,
/// at most `max_chars` characters. Control characters and the invisible marks that reorder text
/// (U+202A–U+202E, U+2066–U+2069) are refused: a headline could otherwise display in another
/// order than it reads. Right-to-left letters and emoji are text like any other.
///
/// Returns the text (empty means "none") and, when it was cut or refused, why.
pub fn clean_text(value: &str, max_chars: usize) -> (String, Option<TextRefusal>) {
    let spaced: String = value.chars().map(|c| if matches!(c, '\n' | '\r' | '\t') { ' ' } else { c }).collect();
    let trimmed = spaced.trim();
    if trimmed.chars().any(is_refused_character) {
        return (String::new(), Some(TextRefusal::ControlCharacter));
    }
    if trimmed.chars().count() <= max_chars {
        return (trimmed.to_string(), None);
    }
    let mut cut: String = trimmed.chars().take(max_chars).collect();
    // An emoji sequence cut in its middle would leave a joiner or a modifier at the end.
    while cut.ends_with(['\u{200d}', '\u{fe0f}']) {
        cut.pop();
    }
    (cut.trim_end().to_string(), Some(TextRefusal::Cut { max_chars }))
}

fn is_refused_character(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
}

/// The note as a link writes it: `2015:RCEP signed`, or `:Phones` without a year (the colon
/// keeps a text such as `2015: peak` from being read as a year).
pub fn note_param(note: &Note) -> String {
    let year = note.year.map(|y| y.to_string()).unwrap_or_default();
    format!("{year}:{}", note.text)
}
