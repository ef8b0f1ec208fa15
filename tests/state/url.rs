//! `state::url`: every setting round trips through a link, bad settings are reported and the
//! defaults kept, and percent-coding survives any input.

use cjk_trade_widget::charts::palette::Theme;
use cjk_trade_widget::data::{Classification, Iso3, WitsGroup};
use cjk_trade_widget::i18n::Locale;
use cjk_trade_widget::state::url::*;
use cjk_trade_widget::state::*;
use cjk_trade_widget::state::{series_key, Action};

#[test]
fn default_state_is_an_empty_query() {
    assert_eq!(encode(&AppState::default()), "");
    assert_eq!(decode(""), (AppState::default(), vec![]));
}

#[test]
fn every_setting_round_trips() {
    let state = AppState::default()
        .apply(Action::ShowView(View::Parks))
        .apply(Action::SetLocale(Locale::Ko))
        .apply(Action::SetTheme(Some(Theme::Dark)))
        .apply(Action::SetYear(2015))
        .apply(Action::SelectPair(Iso3::parse("VNM").unwrap(), Iso3::CHN))
        .apply(Action::AddCountry(Iso3::parse("THA").unwrap()))
        .apply(Action::SelectProduct(WitsGroup::TEXTILES_AND_CLOTHING))
        .apply(Action::SetEsiClassification(Classification::HsSection))
        .apply(Action::SelectFlow(Iso3::KOR, Iso3::JPN))
        .apply(Action::ToggleSeries(series_key("tci", "CHN>JPN")))
        .apply(Action::SetPartnerFilter(PartnerFilter::Korea))
        .apply(Action::SetApprovalPeriod(Some(2015), Some(2020)))
        .apply(Action::SetKeyword("new energy & robots".into()))
        .apply(Action::SelectPark(Some("cn-jp-suzhou".into())))
        .apply(Action::SetMapView(MapView { zoom: 2.5, center_lon_deg: 120.5, center_lat_deg: 31.25 }));
    let query = encode(&state);
    assert!(query.contains("view=parks") && query.contains("hide=tci:CHN%3EJPN"), "{query}");
    let (back, problems) = decode(&format!("?{query}"));
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(back, state);
}

#[test]
fn the_theme_is_light_dark_or_the_device_s() {
    assert_eq!(decode("theme=dark").0.theme, Some(Theme::Dark));
    assert_eq!(decode("theme=light").0.theme, Some(Theme::Light));
    let (state, problems) = decode("theme=auto");
    assert_eq!((state.theme, problems), (None, vec![]));
    let (state, problems) = decode("theme=dark&theme=purple");
    assert_eq!(state.theme, Some(Theme::Dark), "a bad value keeps the previous setting");
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].expected.wanted, Wanted::OneOf);
    assert_eq!(encode(&AppState { theme: Some(Theme::Light), ..AppState::default() }), "theme=light");
}

#[test]
fn a_readers_own_countries_never_enter_a_link_which_only_says_they_were_used() {
    let own = Iso3::user_assigned(0).unwrap();
    let vietnam = Iso3::parse("VNM").unwrap();
    let state = AppState::default()
        .apply(cjk_trade_widget::state::Action::AddCountry(vietnam))
        .apply(cjk_trade_widget::state::Action::AddCountry(own))
        .apply(cjk_trade_widget::state::Action::CompareOwnCountry(Some(own)));
    assert_eq!((state.rca_extra_countries.clone(), state.esi_own_country), (vec![vietnam, own], Some(own)));
    let query = encode(&state);
    assert!(query.contains("add=VNM&") && query.contains("own-data=1") && !query.contains("XAA"), "{query}");
    // Opening that link shows the article's data and says why.
    let (opened, problems) = decode(&query);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(
        (opened.rca_extra_countries, opened.esi_own_country, opened.link_had_own_data),
        (vec![vietnam], None, true)
    );
    // A user-assigned code typed into a link is refused: its data are in nobody's link.
    let (typed, problems) = decode("add=XAA");
    assert!(typed.rca_extra_countries.is_empty() && problems.len() == 1);
    // Only a reader's own code can be compared in the competition view.
    assert_eq!(
        AppState::default().apply(cjk_trade_widget::state::Action::CompareOwnCountry(Some(vietnam))).esi_own_country,
        None
    );
}

#[test]
fn embeds_let_readers_load_data_only_when_the_snippet_asks() {
    let (state, _) = decode("embed=1&view=rca&allow-upload=1");
    assert!(state.embed && state.allow_upload);
    assert!(encode(&state).contains("allow-upload=1"));
    assert!(!decode("embed=1&view=rca").0.allow_upload);
    // A full page always lets readers load data; its own link does not ask for it.
    assert!(!encode(&AppState::default()).contains("allow-upload"));
}

#[test]
fn every_panel_of_every_view_round_trips_in_an_embed() {
    for view in View::ALL {
        for panel in view.panel_keys() {
            let state = AppState { view, embed: true, panel: Some(panel), ..AppState::default() };
            let query = encode(&state);
            assert!(query.contains(&format!("panel={panel}")), "{query}");
            assert_eq!(decode(&query), (state, vec![]));
        }
    }
    // The panel may come before the view.
    let (state, problems) = decode("panel=rca-lines&embed=1&view=rca");
    assert!(problems.is_empty());
    assert_eq!(state.panel, Some("rca-lines"));
}

#[test]
fn a_panel_of_another_view_is_reported_and_the_whole_view_shown() {
    let (state, problems) = decode("view=tci&embed=1&panel=rca-lines");
    assert_eq!(state.panel, None);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].name, "panel");
    let (state, problems) = decode("embed=1&panel=%3Cscript%3E");
    assert_eq!((state.panel, problems.len()), (None, 1));
}

#[test]
fn bad_settings_are_reported_and_defaults_kept() {
    let (state, problems) = decode(
        "view=nope&year=abc&pair=CHN-CHN&add=USA&lang=fr&map=1,2&park=%3Cscript%3E&utm_source=x&year=2012&flow=CHN-VNM",
    );
    let names: Vec<&str> = problems.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["view", "year", "pair", "add", "lang", "map", "park", "flow"]);
    assert_eq!(state.view, View::Complementarity);
    assert_eq!(state.year, Some(2012), "a later valid value still applies");
    assert_eq!(state.parks.selected, None);
}

/// The keyword of the parks view, the one free-text setting, as decoded from `q=`.
fn keyword(query: &str) -> String {
    decode(&format!("view=parks&q={query}")).0.parks.keyword
}

#[test]
fn percent_coding_handles_unicode_plus_and_broken_escapes() {
    assert_eq!(keyword(&percent_encode("半导体 & 机器人")), "半导体 & 机器人");
    assert_eq!(keyword("a+b%2"), "a b%2");
    assert_eq!(keyword("%zz%"), "%zz%");
    assert_eq!(keyword("%E4%B8"), "\u{fffd}");
    // A sign is not a hex digit: "%+A" stays as written (the old codec made it a byte).
    assert_eq!(keyword("%+A"), "% A");
    assert_eq!(keyword("%-1"), "%-1");
}

/// Random strings, encoded and decoded, come back unchanged; random queries never panic and
/// never leave a setting outside what the state allows.
#[test]
fn random_strings_round_trip_and_random_queries_never_panic() {
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    const PIECES: [&str; 14] = ["%", "+", "&", "=", "a", "é", "半", "%2", "%E4", "%zz", ",", ":", "?", "\u{0}"];
    for _ in 0..20_000 {
        let text: String = (0..next() % 12).map(|_| PIECES[(next() % PIECES.len() as u64) as usize]).collect();
        assert_eq!(keyword(&percent_encode(&text)), text.chars().take(60).collect::<String>(), "{text:?}");
        let (state, _) = decode(&text);
        assert!(state.parks.keyword.chars().count() <= 60);
        assert_eq!(decode(&encode(&state)).0, state, "{text:?}");
    }
}

#[test]
fn an_open_working_round_trips_and_a_malformed_one_is_reported_keeping_the_rest() {
    let (state, problems) = decode("?view=tci&why=tci:KOR%3ECHN:2018&year=2015");
    assert_eq!(problems, vec![]);
    assert_eq!(state.why, WhyKey::parse("tci:KOR>CHN:2018"));
    assert_eq!(state.year, Some(2015));
    let query = encode(&state);
    assert!(query.contains("why=tci:KOR%3ECHN:2018"), "{query}");
    assert_eq!(decode(&query).0, state);

    // A working of another view's index (TCI under the RCA view) is refused too.
    for bad in
        ["tci:KOR>KOR:2018", "tci:KOR>CHN", "rca:KOR>99:2019", "<script>", "tci:KOR>CHN:2018:1", "tci:KOR>CHN:2018"]
    {
        let (state, problems) = decode(&format!("view=rca&year=2012&why={}", percent_encode(bad)));
        assert_eq!(state.why, None, "{bad}");
        assert_eq!((state.view, state.year), (View::Advantage, Some(2012)), "the rest is kept");
        assert_eq!(problems.len(), 1, "{bad}");
        assert_eq!(problems[0].name, "why");
        assert_eq!(problems[0].expected.wanted, Wanted::Working);
    }
}

#[test]
fn the_working_closes_and_leaves_with_its_view() {
    let key = WhyKey::parse("esi:CHN>JPN:2015").unwrap();
    let open = AppState::default().apply(Action::ShowView(View::Competition)).apply(Action::OpenWorking(key));
    assert_eq!(open.why, Some(key));
    assert_eq!(open.apply(Action::CloseWorking).why, None);
    assert_eq!(open.apply(Action::SetYear(2010)).why, Some(key), "the slider leaves it open");
    assert_eq!(open.apply(Action::ShowView(View::Competition)).why, Some(key));
    assert_eq!(open.apply(Action::ShowView(View::Ties)).why, None);
}
