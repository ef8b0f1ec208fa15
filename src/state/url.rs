//! The query string of a shared link <-> the application state.
//!
//! Only settings that differ from the defaults are written, so links stay short. Reading never
//! fails: a setting that cannot be understood is reported and the default is kept. Parameters
//! the widget does not know (such as a host page's tracking tags) are ignored silently.

use std::collections::BTreeSet;

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use super::editorial::{self, clean_text, Note, TextRefusal};
use super::{AppState, MapView, PartnerFilter, View, WhyKey};
use crate::charts::palette::Theme;
use crate::data::{Classification, Iso3, WitsGroup, Year};
use crate::i18n::{fill, Locale, Texts};

/// A link setting that was ignored, and what was expected instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UrlProblem {
    pub name: String,
    pub value: String,
    pub expected: Expected,
}

/// What a link setting should have been: a kind of value the reader's language names, and an
/// example written as it would appear in the link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Expected {
    pub wanted: Wanted,
    pub example: &'static str,
}

impl Expected {
    /// What the setting should have been, in the reader's language ("a year, such as 2015").
    pub fn describe(self, texts: &Texts) -> String {
        let what = match self.wanted {
            Wanted::OneOf => return fill(texts.url_expected_one_of, &[("codes", self.example)]),
            Wanted::Text => return fill(texts.url_wanted_text, &[("max", self.example)]),
            Wanted::Year => texts.url_wanted_year,
            Wanted::RcepPair => texts.url_wanted_rcep_pair,
            Wanted::RcepCountries => texts.url_wanted_rcep_countries,
            Wanted::ProductGroup => texts.url_wanted_product_group,
            Wanted::SeriesKeys => texts.url_wanted_series_keys,
            Wanted::ParkId => texts.url_wanted_park_id,
            Wanted::MapView => texts.url_wanted_map_view,
            Wanted::Chart => texts.url_wanted_chart,
            Wanted::Flow => texts.url_wanted_flow,
            Wanted::Working => texts.url_wanted_working,
            Wanted::Note => texts.url_wanted_note,
        };
        fill(texts.url_expected_such_as, &[("what", what), ("example", self.example)])
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wanted {
    /// One of the codes in `example`.
    OneOf,
    Year,
    RcepPair,
    RcepCountries,
    ProductGroup,
    SeriesKeys,
    ParkId,
    MapView,
    Chart,
    Flow,
    /// An index value whose working can open (`tci:KOR>CHN:2018`).
    Working,
    /// Plain text of at most `example` characters, without control characters.
    Text,
    /// A year and a short text (`2015:RCEP signed`).
    Note,
}

const fn expected(wanted: Wanted, example: &'static str) -> Expected {
    Expected { wanted, example }
}

/// Writes the state as a query string without the leading `?` (empty for the default state).
pub fn encode(state: &AppState) -> String {
    let defaults = AppState::default();
    let mut params: Vec<(&str, String)> = Vec::new();
    if state.view != defaults.view {
        params.push(("view", state.view.code().into()));
    }
    if state.locale != defaults.locale {
        params.push(("lang", state.locale.code().into()));
    }
    if let Some(year) = state.year {
        params.push(("year", year.to_string()));
    }
    if let Some((exporter, importer)) = state.tci_pair {
        params.push(("pair", format!("{exporter}-{importer}")));
    }
    // A reader's own countries stay in their browser: the link says only that there were some.
    let (own, shared): (Vec<Iso3>, Vec<Iso3>) = state.rca_extra_countries.iter().partition(|c| c.is_user_assigned());
    if !shared.is_empty() {
        let codes: Vec<&str> = shared.iter().map(Iso3::as_str).collect();
        params.push(("add", codes.join(",")));
    }
    if !own.is_empty() || state.esi_own_country.is_some() {
        params.push(("own-data", "1".into()));
    }
    // The reducer only accepts group indices below 16; an index that is not a group is left out.
    if state.rca_product != defaults.rca_product {
        params.push(("product", state.rca_product.group().name.into()));
    }
    if state.esi_classification != defaults.esi_classification {
        params.push(("esi", state.esi_classification.code().into()));
    }
    if state.bilateral_flow != defaults.bilateral_flow {
        let (exporter, importer) = state.bilateral_flow;
        params.push(("flow", format!("{exporter}-{importer}")));
    }
    if !state.hidden_series.is_empty() {
        params.push(("hide", state.hidden_series.iter().cloned().collect::<Vec<_>>().join(",")));
    }
    if state.embed {
        params.push(("embed", "1".into()));
    }
    if let Some(panel) = state.panel {
        params.push(("panel", panel.into()));
    }
    if let Some(why) = state.why {
        params.push(("why", why.to_string()));
    }
    if let Some(theme) = state.theme {
        params.push(("theme", theme.code().into()));
    }
    encode_editorial(&state.editorial, &mut params);
    // The embed snippet asks for it (`embed.js` adds `embed=1` to the rest).
    if state.allow_upload {
        params.push(("allow-upload", "1".into()));
    }
    let parks = &state.parks;
    if parks.partner != PartnerFilter::All {
        params.push(("partner", parks.partner.code().into()));
    }
    if let Some(year) = parks.approved_from {
        params.push(("from", year.to_string()));
    }
    if let Some(year) = parks.approved_to {
        params.push(("to", year.to_string()));
    }
    if !parks.keyword.is_empty() {
        params.push(("q", parks.keyword.clone()));
    }
    if let Some(id) = &parks.selected {
        params.push(("park", id.clone()));
    }
    if parks.map_view != MapView::HOME {
        let v = parks.map_view;
        params.push(("map", format!("{:.2},{:.3},{:.3}", v.zoom, v.center_lon_deg, v.center_lat_deg)));
    }
    params.iter().map(|(name, value)| format!("{name}={}", percent_encode(value))).collect::<Vec<_>>().join("&")
}

/// The journalist's choices (`state::editorial`).
fn encode_editorial(editorial: &editorial::Editorial, params: &mut Vec<(&str, String)>) {
    if let Some(headline) = &editorial.headline {
        params.push(("headline", headline.clone()));
    }
    if let Some(description) = &editorial.description {
        params.push(("description", description.clone()));
    }
    if !editorial.highlight.is_empty() {
        params.push(("highlight", editorial.highlight.iter().cloned().collect::<Vec<_>>().join(",")));
    }
    if let Some(note) = editorial.note.as_ref().filter(|note| !note.text.is_empty()) {
        params.push(("note", editorial::note_param(note)));
    }
    if editorial.locked {
        params.push(("locked", "1".into()));
    }
}

/// Reads a query string (with or without the leading `?`) into a state.
pub fn decode(query: &str) -> (AppState, Vec<UrlProblem>) {
    let mut state = AppState::default();
    let mut problems = Vec::new();
    let mut panel = None;
    let query = query.strip_prefix('?').unwrap_or(query);
    // `+` is a space and malformed escapes stay as written; invalid UTF-8 becomes U+FFFD.
    for (name, value) in form_urlencoded::parse(query.as_bytes()) {
        let (name, value) = (name.into_owned(), value.into_owned());
        if name == "panel" {
            // Checked once the view is known: `view` may come later in the query.
            panel = Some(value);
        } else if let Err(expected) = apply_param(&mut state, &name, &value) {
            problems.push(UrlProblem { name, value: value.chars().take(40).collect(), expected });
        }
    }
    if let Some(value) = panel {
        match state.view.panel_keys().iter().find(|k| **k == value) {
            Some(key) => state.panel = Some(key),
            None => problems.push(UrlProblem {
                name: "panel".into(),
                value: value.chars().take(40).collect(),
                expected: expected(Wanted::Chart, "tci-lines"),
            }),
        }
    }
    // A working opens under its own view's charts.
    if let Some(why) = state.why.filter(|why| !why.index.shown_in(state.view)) {
        state.why = None;
        problems.push(UrlProblem {
            name: "why".into(),
            value: why.to_string(),
            expected: expected(Wanted::Working, "tci:KOR>CHN:2018"),
        });
    }
    (state, problems)
}

fn year(value: &str) -> Option<Year> {
    value.parse().ok().filter(|y| crate::data::YEARS.contains(y))
}

/// Applies one parameter, or says what it should have been.
fn apply_param(state: &mut AppState, name: &str, value: &str) -> Result<(), Expected> {
    match name {
        "view" => {
            state.view = View::parse(value)
                .ok_or(expected(Wanted::OneOf, "tci, rca, esi, tsc, ties, between, chains, article, parks"))?
        }
        "lang" => state.locale = Locale::parse(value).ok_or(expected(Wanted::OneOf, "en, zh, ja, ko"))?,
        "year" => state.year = Some(year(value).ok_or(expected(Wanted::Year, "2015"))?),
        "pair" => apply_pair(state, value)?,
        "add" => apply_added_countries(state, value)?,
        "product" => {
            state.rca_product = WitsGroup::all()
                .find(|g| g.group().name.eq_ignore_ascii_case(value))
                .ok_or(expected(Wanted::ProductGroup, "Mach and Elec"))?;
        }
        "esi" => {
            state.esi_classification = match Classification::parse(value) {
                Some(c @ (Classification::Wits16 | Classification::HsSection)) => c,
                _ => return Err(expected(Wanted::OneOf, "wits16, hs_section")),
            }
        }
        "flow" => apply_flow(state, value)?,
        "hide" => apply_series_keys(&mut state.hidden_series, value, usize::MAX)?,
        "highlight" => apply_series_keys(&mut state.editorial.highlight, value, editorial::MAX_HIGHLIGHTS)?,
        "headline" => apply_text(&mut state.editorial.headline, value, editorial::HEADLINE_MAX_CHARS, "90")?,
        "description" => apply_text(&mut state.editorial.description, value, editorial::DESCRIPTION_MAX_CHARS, "240")?,
        "note" => apply_note(state, value)?,
        "locked" => state.editorial.locked = matches!(value, "1" | "true" | ""),
        "embed" => state.embed = matches!(value, "1" | "true" | ""),
        "allow-upload" => state.allow_upload = matches!(value, "1" | "true" | ""),
        "own-data" => state.link_had_own_data = matches!(value, "1" | "true" | ""),
        "theme" => {
            state.theme = match value {
                "auto" => None,
                _ => Some(Theme::parse(value).ok_or(expected(Wanted::OneOf, "light, dark, auto"))?),
            }
        }
        "partner" => {
            state.parks.partner = PartnerFilter::parse(value).ok_or(expected(Wanted::OneOf, "all, japan, korea"))?
        }
        "from" => state.parks.approved_from = Some(year(value).ok_or(expected(Wanted::Year, "2017"))?),
        "to" => state.parks.approved_to = Some(year(value).ok_or(expected(Wanted::Year, "2020"))?),
        "q" => state.parks.keyword = value.chars().take(60).collect(),
        "park" => apply_park(state, value)?,
        "why" => state.why = Some(WhyKey::parse(value).ok_or(expected(Wanted::Working, "tci:KOR>CHN:2018"))?),
        "map" => apply_map_view(state, value)?,
        _ => {}
    }
    Ok(())
}

/// Two country codes joined by a dash: "CHN-JPN".
fn two_countries(value: &str) -> Option<(Iso3, Iso3)> {
    let (a, b) = value.split_once('-')?;
    Some((Iso3::parse(a)?, Iso3::parse(b)?))
}

/// `pair=CHN-JPN`: the heatmap's chosen pair, two countries the view offers.
fn apply_pair(state: &mut AppState, value: &str) -> Result<(), Expected> {
    const EXPECTED: Expected = expected(Wanted::RcepPair, "CHN-JPN");
    let (a, b) = two_countries(value).ok_or(EXPECTED)?;
    let next = state.apply(super::Action::SelectPair(a, b));
    if next.tci_pair.is_none() {
        return Err(EXPECTED);
    }
    *state = next;
    Ok(())
}

/// `add=VNM,THA`: RCEP members added to the comparison, each one the view can add.
fn apply_added_countries(state: &mut AppState, value: &str) -> Result<(), Expected> {
    const EXPECTED: Expected = expected(Wanted::RcepCountries, "VNM,THA");
    for code in value.split(',').filter(|c| !c.is_empty()) {
        let country = Iso3::parse(code).filter(|c| !c.is_user_assigned()).ok_or(EXPECTED)?;
        let next = state.apply(super::Action::AddCountry(country));
        if next == *state {
            return Err(EXPECTED);
        }
        *state = next;
    }
    Ok(())
}

/// `flow=JPN-CHN`: the direction of trade between two of the three.
fn apply_flow(state: &mut AppState, value: &str) -> Result<(), Expected> {
    const EXPECTED: Expected = expected(Wanted::Flow, "JPN-CHN");
    let (a, b) = two_countries(value).ok_or(EXPECTED)?;
    let next = state.apply(super::Action::SelectFlow(a, b));
    if next.bilateral_flow != (a, b) {
        return Err(EXPECTED);
    }
    *state = next;
    Ok(())
}

/// `hide=tci:CHN>JPN,…` (the series the reader switched off) or `highlight=…` (those the
/// journalist drew in colour): at most `max_keys` series keys; none is taken when one is not a key.
fn apply_series_keys(keys: &mut BTreeSet<String>, value: &str, max_keys: usize) -> Result<(), Expected> {
    const EXPECTED: Expected = expected(Wanted::SeriesKeys, "tci:CHN>JPN");
    let given: Vec<&str> = value.split(',').filter(|k| !k.is_empty()).collect();
    let is_key = |key: &&str| key.contains(':') && key.len() <= 40 && !key.chars().any(char::is_control);
    if given.len() > max_keys || !given.iter().all(is_key) {
        return Err(EXPECTED);
    }
    keys.extend(given.into_iter().map(String::from));
    Ok(())
}

/// `headline=…` or `description=…`: plain text of at most `max_chars` characters. A longer text is
/// cut, and said so; one with a control character is refused.
fn apply_text(
    slot: &mut Option<String>,
    value: &str,
    max_chars: usize,
    max_text: &'static str,
) -> Result<(), Expected> {
    let (text, refusal) = clean_text(value, max_chars);
    if refusal != Some(TextRefusal::ControlCharacter) {
        *slot = Some(text).filter(|t| !t.is_empty());
    }
    match refusal {
        None => Ok(()),
        Some(_) => Err(expected(Wanted::Text, max_text)),
    }
}

/// `note=2015:RCEP signed`: an annotation pinned to a year the data have; `note=:Phones`, with
/// no year, is pinned to a highlighted bar or cell.
fn apply_note(state: &mut AppState, value: &str) -> Result<(), Expected> {
    const EXPECTED: Expected = expected(Wanted::Note, "2015:RCEP signed");
    let (year, text) = value.split_once(':').ok_or(EXPECTED)?;
    let year = match year.trim() {
        "" => None,
        year => Some(self::year(year).ok_or(EXPECTED)?),
    };
    let mut slot = None;
    let result = apply_text(&mut slot, text, editorial::NOTE_MAX_CHARS, "48");
    if let Some(text) = slot {
        state.editorial.note = Some(Note { year, text });
    }
    match result {
        Ok(()) if state.editorial.note.is_none() => Err(EXPECTED),
        other => other,
    }
}

/// `park=cn-jp-suzhou`: the park whose card is open (an id of letters, digits and dashes).
fn apply_park(state: &mut AppState, value: &str) -> Result<(), Expected> {
    let valid = !value.is_empty() && value.len() <= 40 && value.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if !valid {
        return Err(expected(Wanted::ParkId, "cn-jp-suzhou"));
    }
    state.parks.selected = Some(value.to_string());
    Ok(())
}

/// `map=2,120.5,31.3`: the map's zoom and centre (longitude, latitude in degrees).
fn apply_map_view(state: &mut AppState, value: &str) -> Result<(), Expected> {
    let numbers: Vec<f64> = value.split(',').filter_map(|n| n.parse().ok()).filter(|n: &f64| n.is_finite()).collect();
    let [zoom, lon, lat] = numbers[..] else {
        return Err(expected(Wanted::MapView, "2,120.5,31.3"));
    };
    state.parks.map_view = MapView { zoom, center_lon_deg: lon, center_lat_deg: lat }.clamped();
    Ok(())
}

/// What a value may keep unescaped in a link: RFC 3986's unreserved characters, and the commas
/// and colons of lists and series keys, which keep links readable.
const QUERY_VALUE: &AsciiSet =
    &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~').remove(b',').remove(b':');

/// Percent-encodes a name or value for the query string.
pub fn percent_encode(text: &str) -> String {
    utf8_percent_encode(text, QUERY_VALUE).to_string()
}
