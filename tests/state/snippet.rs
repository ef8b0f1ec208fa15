//! `state::snippet`: the embed snippets name the view, the chart and the settings, with the
//! expected height.

use cjk_trade_widget::charts::palette::Theme;
use cjk_trade_widget::state::snippet::*;
use cjk_trade_widget::state::*;
use cjk_trade_widget::state::{Action, View};

fn state() -> AppState {
    AppState::default().apply(Action::ShowView(View::Advantage)).apply(Action::SetYear(2015))
}

#[test]
fn the_script_snippet_carries_the_chart_and_escapes_the_title() {
    let state = state();
    let request = EmbedRequest {
        widget_folder: "https://news.example/graphics/cjk/",
        state: &state,
        panel: Some("rca-lines"),
        title: "RCA \"over time\" & more",
        theme: None,
        allow_upload: false,
        words_height_delta_px: &[],
        description: "",
    };
    let snippet = script_snippet(&request);
    assert!(snippet.contains("data-cjk-trade-widget=\"view=rca&amp;year=2015&amp;panel=rca-lines\""), "{snippet}");
    assert!(snippet.contains("data-title=\"RCA &quot;over time&quot; &amp; more\""), "{snippet}");
    assert!(snippet.ends_with("<script src=\"https://news.example/graphics/cjk/embed.js\"></script>"));
    assert!(!snippet.contains("style="));
}

#[test]
fn the_iframe_snippet_opens_the_embed_and_round_trips_through_the_url() {
    let state = state();
    let request = EmbedRequest {
        widget_folder: "/w/",
        state: &state,
        panel: Some("rca-lines"),
        title: "RCA",
        theme: None,
        allow_upload: false,
        words_height_delta_px: &[],
        description: "",
    };
    let snippet = iframe_snippet(&request);
    assert!(snippet.starts_with(
        "<iframe src=\"/w/embed-rca-lines.en.html?view=rca&amp;year=2015&amp;embed=1&amp;panel=rca-lines\""
    ));
    assert!(snippet.contains("title=\"RCA\"") && snippet.contains("height=\"760\""), "{snippet}");
    assert!(!snippet.contains("style="));
    let query = embed_query(&state, Some("rca-lines"), None);
    let (back, problems) = url::decode(&query);
    assert!(problems.is_empty());
    assert_eq!(back, AppState { embed: true, panel: Some("rca-lines"), ..state });
}

#[test]
fn every_chart_has_a_measured_height() {
    for view in View::ALL {
        for key in view.panel_keys() {
            assert!(chart_height_css(key).is_some(), "{key} has no height of its own");
        }
    }
}

/// A request for the state's whole view, served from `/`, titled "T", with nothing else chosen.
fn whole_view(state: &AppState) -> EmbedRequest<'_> {
    EmbedRequest {
        widget_folder: "/",
        state,
        panel: None,
        title: "T",
        theme: None,
        allow_upload: false,
        words_height_delta_px: &[],
        description: "",
    }
}

#[test]
fn a_panel_of_another_view_embeds_the_whole_view() {
    let state = state();
    assert_eq!(embed_query(&state, Some("tci-lines"), None), "view=rca&year=2015&embed=1");
    assert_eq!(page_query(&AppState { embed: true, panel: Some("rca-lines"), ..state }), "view=rca&year=2015");
    let default_state = AppState::default();
    assert!(iframe_snippet(&whole_view(&default_state)).contains("height=\"1840\""));
}

#[test]
fn the_embed_opens_in_the_chosen_theme_whatever_the_reader_s() {
    let state = AppState { theme: Some(Theme::Light), ..state() };
    let dark = EmbedRequest { theme: Some(Theme::Dark), ..whole_view(&state) };
    assert!(script_snippet(&dark).contains("data-cjk-trade-widget=\"view=rca&amp;year=2015&amp;theme=dark\""));
    assert!(iframe_snippet(&dark).contains("embed=1&amp;theme=dark"));
    // Following the device writes no theme, even when the journalist's own link has one.
    let auto = EmbedRequest { theme: None, ..dark };
    assert!(!script_snippet(&auto).contains("theme") && !iframe_snippet(&auto).contains("theme"));
    let (back, _) = url::decode(&embed_query(&state, None, Some(Theme::Dark)));
    assert_eq!(back.theme, Some(Theme::Dark));
    assert_eq!(page_query(&state), "view=rca&year=2015&theme=light");
}

#[test]
fn both_snippets_let_readers_load_data_only_when_the_journalist_allows_it() {
    let state = state();
    let closed = whole_view(&state);
    assert!(!script_snippet(&closed).contains("allow-upload") && !iframe_snippet(&closed).contains("allow-upload"));
    let open = EmbedRequest { allow_upload: true, ..closed };
    assert!(script_snippet(&open).contains("allow-upload=1") && iframe_snippet(&open).contains("allow-upload=1"));
}

#[test]
fn an_open_working_is_its_own_embed_with_its_chart_and_room_for_it() {
    let cases = [
        ("tci:VNM>CHN:2015", View::Complementarity, "tci-lines"),
        ("esi:CHN>JPN:2015", View::Competition, "esi-lines"),
        ("rca:KOR>5:2015", View::Advantage, "rca-lines"),
        ("tii:JPN>CHN:2015", View::Ties, "ties-tii"),
        ("tcihs2:JPN>KOR:2015", View::Between, "between-tci"),
        ("bgl:CHN>JPN:2015", View::Between, "between-gl"),
        ("bgl:CHN>JPN>85:2015", View::Between, "between-gl-chapters"),
        ("btsc:KOR>JPN>85:2015", View::Between, "between-tsc"),
        ("is:KOR>CHN>c14:2009", View::ValueChains, "chains-industries"),
    ];
    for (key, view, panel) in cases {
        let key = WhyKey::parse(key).unwrap();
        let state = AppState::default().apply(Action::ShowView(view)).apply(Action::OpenWorking(key));
        let (embedded, chosen) = working_embed(&state).expect("an open working embeds");
        assert_eq!((embedded.view, embedded.why, chosen), (view, Some(key), panel));
        let request = EmbedRequest {
            widget_folder: "/w/",
            state: &embedded,
            panel: Some(chosen),
            title: "Why",
            theme: None,
            allow_upload: false,
            words_height_delta_px: &[],
            description: "",
        };
        let iframe = iframe_snippet(&request);
        assert!(iframe.contains(&format!("why={}", url::percent_encode(&key.to_string()))), "{iframe}");
        assert!(fixed_height_css(&embedded, Some(chosen)) >= chart_height_css(chosen).unwrap() + 650, "{key}");
    }
    // The pair picked in the heatmap gets its line; the product group followed is the working's.
    let tci = AppState::default().apply(Action::OpenWorking(WhyKey::parse("tci:VNM>CHN:2015").unwrap()));
    assert_eq!(
        working_embed(&tci).unwrap().0.tci_pair,
        Some((cjk_trade_widget::data::Iso3::parse("VNM").unwrap(), cjk_trade_widget::data::Iso3::CHN))
    );
    let rca = AppState::default()
        .apply(Action::ShowView(View::Advantage))
        .apply(Action::OpenWorking(WhyKey::parse("rca:KOR>5:2015").unwrap()));
    assert_eq!(working_embed(&rca).unwrap().0.rca_product.index(), 5);
    // A chapter's or an industry's chart shows the working's flow in the working's year.
    for key in ["btsc:KOR>JPN>85:2015", "is:KOR>CHN>c14:2009"] {
        let key = WhyKey::parse(key).unwrap();
        let state = AppState::default().apply(Action::ShowView(key.index.view())).apply(Action::OpenWorking(key));
        let (embedded, _) = working_embed(&state).unwrap();
        let WhySubject::PairProduct(first, second, _) = key.subject else { unreachable!() };
        assert_eq!((embedded.bilateral_flow, embedded.year), ((first, second), Some(key.year)), "{key}");
    }
    assert_eq!(working_embed(&AppState::default()), None);
}
