//! `state::editorial` through `state::url`: every editor choice round trips through a link, and
//! the texts a link may carry are cleaned, cut with a message or refused, never taken as markup.

use cjk_trade_widget::i18n::Locale;
use cjk_trade_widget::state::editorial::*;
use cjk_trade_widget::state::snippet::{fixed_height_css, iframe_snippet, script_snippet, EmbedRequest};
use cjk_trade_widget::state::url::{decode, encode, Wanted};
use cjk_trade_widget::state::*;

fn editorial() -> Editorial {
    Editorial {
        headline: Some("Korea's exports fit China's imports less since 2015".into()),
        description: Some("Trade complementarity, 0 to 100: 50 & more means a good fit.".into()),
        highlight: ["tci:KOR>CHN".to_string(), "tci:CHN>KOR".to_string()].into(),
        note: Some(Note { year: Some(2015), text: "China–Korea FTA".into() }),
        locked: true,
    }
}

#[test]
fn every_editor_choice_round_trips_through_the_link() {
    let state = AppState { embed: true, panel: Some("tci-lines"), editorial: editorial(), ..AppState::default() };
    let query = encode(&state);
    for name in ["headline=", "description=", "highlight=tci:CHN%3EKOR,tci:KOR%3ECHN", "note=2015:China", "locked=1"] {
        assert!(query.contains(name), "{name} in {query}");
    }
    let (back, problems) = decode(&query);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(back, state);
}

#[test]
fn both_snippets_carry_the_editor_s_choices_escaped() {
    let mut state = AppState { view: View::Complementarity, editorial: editorial(), ..AppState::default() };
    state.editorial.headline = Some("\"Quotes\" & <b>tags</b>".into());
    let request = EmbedRequest {
        widget_folder: "https://example.org/w/",
        state: &state,
        panel: Some("tci-lines"),
        title: "t",
        theme: None,
        allow_upload: false,
        words_height_delta_px: &[],
        description: "Line chart & \"alt\" <text>",
    };
    for snippet in [script_snippet(&request), iframe_snippet(&request)] {
        assert!(snippet.contains("headline=%22Quotes%22%20%26%20%3Cb%3Etags%3C%2Fb%3E"), "{snippet}");
        assert!(!snippet.contains("<b>"), "{snippet}");
        assert!(snippet.contains("locked=1") && snippet.contains("note=2015:"), "{snippet}");
        assert!(snippet.contains("description=\"Line chart &amp; &quot;alt&quot; &lt;text&gt;\""), "{snippet}");
    }
}

#[test]
fn markup_right_to_left_text_and_emoji_are_kept_as_text() {
    for text in ["<script>alert(1)</script>", "التجارة بين الصين واليابان", "貿易 📈👩‍👩‍👧 up", "a & b \"c\""]
    {
        let state = AppState {
            editorial: Editorial { headline: Some(text.into()), ..Editorial::default() },
            ..AppState::default()
        };
        let (back, problems) = decode(&encode(&state));
        assert!(problems.is_empty(), "{text}: {problems:?}");
        assert_eq!(back.editorial.headline.as_deref(), Some(text));
    }
}

#[test]
fn an_over_long_text_is_cut_with_a_message_and_the_rest_of_the_link_kept() {
    let long = "x".repeat(HEADLINE_MAX_CHARS + 30);
    let (state, problems) = decode(&format!("year=2015&headline={long}&locked=1"));
    assert_eq!(state.editorial.headline.as_ref().map(|h| h.chars().count()), Some(HEADLINE_MAX_CHARS));
    assert_eq!(state.year, Some(2015));
    assert!(state.editorial.locked);
    assert_eq!(problems.len(), 1);
    assert_eq!((problems[0].name.as_str(), problems[0].expected.wanted), ("headline", Wanted::Text));
    let message = problems[0].expected.describe(Locale::En.texts());
    assert!(message.contains("90 characters"), "{message}");
}

#[test]
fn an_emoji_is_never_cut_in_half() {
    // A family emoji is five characters joined by zero-width joiners.
    let (text, refusal) = clean_text(&format!("{}👩‍👩‍👧", "a".repeat(NOTE_MAX_CHARS - 2)), NOTE_MAX_CHARS);
    assert_eq!(refusal, Some(TextRefusal::Cut { max_chars: NOTE_MAX_CHARS }));
    assert!(!text.ends_with('\u{200d}'), "{text:?}");
}

#[test]
fn control_and_direction_override_characters_are_refused() {
    for bad in ["a%00b", "bell%07", "%E2%80%AEevil", "x%E2%81%A6y"] {
        let (state, problems) = decode(&format!("headline={bad}&description=kept"));
        assert_eq!(state.editorial.headline, None, "{bad}");
        assert_eq!(state.editorial.description.as_deref(), Some("kept"));
        assert_eq!(problems.len(), 1, "{bad}");
    }
    // Line breaks and tabs become spaces; spaces at the ends go.
    let (state, problems) = decode("description=%20one%0Atwo%09three%20");
    assert!(problems.is_empty());
    assert_eq!(state.editorial.description.as_deref(), Some("one two three"));
}

#[test]
fn a_note_needs_a_year_of_the_data_or_none_and_a_text() {
    for bad in ["2015", "1700:too early", "year:text", "2015:", ":", "text"] {
        let (state, problems) = decode(&format!("note={bad}"));
        assert_eq!(state.editorial.note, None, "{bad}");
        assert_eq!(problems.len(), 1, "{bad}");
        assert_eq!(problems[0].expected.wanted, Wanted::Note, "{bad}");
    }
    let (state, problems) = decode("note=2015:RCEP%3A signed");
    assert!(problems.is_empty());
    assert_eq!(state.editorial.note, Some(Note { year: Some(2015), text: "RCEP: signed".into() }));
    // Without a year, the note is pinned to a bar or a cell; a text that starts like a year stays text.
    let (state, problems) = decode("note=%3A2015%3A peak");
    assert!(problems.is_empty());
    assert_eq!(state.editorial.note, Some(Note { year: None, text: "2015: peak".into() }));
    let mut round = state.clone();
    round.editorial.note = Some(Note { year: None, text: "2015: peak".into() });
    assert_eq!(decode(&encode(&round)).0.editorial.note, round.editorial.note);
}

#[test]
fn a_highlight_takes_series_keys_only_and_at_most_six() {
    let (state, problems) = decode("highlight=tci:CHN%3EKOR,nonsense");
    assert!(state.editorial.highlight.is_empty());
    assert_eq!(problems[0].expected.wanted, Wanted::SeriesKeys);
    let seven: Vec<String> = (0..7).map(|i| format!("tci:S{i}")).collect();
    let (state, problems) = decode(&format!("highlight={}", seven.join(",")));
    assert!(state.editorial.highlight.is_empty() && problems.len() == 1);
}

#[test]
fn the_plain_iframe_grows_with_the_journalist_s_words() {
    let plain = AppState { view: View::Complementarity, ..AppState::default() };
    let worded = AppState { editorial: editorial(), ..plain.clone() };
    let (before, after) = (fixed_height_css(&plain, Some("tci-lines")), fixed_height_css(&worded, Some("tci-lines")));
    // Two lines of headline and two of description at 375 px.
    assert_eq!(after - before, 2 * 24 + 2 * 21);
}

#[test]
fn the_editor_s_measured_words_size_both_snippets() {
    let state = AppState { view: View::Complementarity, editorial: editorial(), ..AppState::default() };
    let deltas: Vec<i32> = (0..16).map(|i| 60 - i * 2).collect();
    let request = EmbedRequest {
        widget_folder: "/w/",
        state: &state,
        panel: Some("tci-lines"),
        title: "t",
        theme: None,
        allow_upload: false,
        words_height_delta_px: &deltas,
        description: "",
    };
    assert!(script_snippet(&request).contains(" data-height-delta=\"60,58,56,"), "{}", script_snippet(&request));
    // At 375 px (the fifth width), the plain iframe takes the measured 52 px instead of the estimate.
    let plain = AppState { editorial: Editorial::default(), ..state.clone() };
    let expected = fixed_height_css(&plain, Some("tci-lines")) + 52;
    assert!(iframe_snippet(&request).contains(&format!("height=\"{expected}\"")), "{}", iframe_snippet(&request));
}

#[test]
fn the_column_widths_are_embed_js_s() {
    let script = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/embed.js")).unwrap();
    let list = script.split("var WIDTHS_PX = [").nth(1).and_then(|rest| rest.split(']').next()).unwrap();
    let widths: Vec<u32> = list.split(',').map(|w| w.trim().parse().unwrap()).collect();
    assert_eq!(widths, cjk_trade_widget::state::snippet::COLUMN_WIDTHS_PX);
}
