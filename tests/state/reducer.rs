//! The reducer (`state::AppState::apply`): each action changes what it should and nothing else.

use cjk_trade_widget::data::{Classification, Iso3, WitsGroup};
use cjk_trade_widget::state::*;

fn iso(code: &str) -> Iso3 {
    Iso3::parse(code).unwrap()
}

#[test]
fn invalid_actions_keep_the_previous_state() {
    let state = AppState::default();
    assert_eq!(state.apply(Action::SetYear(20_000)), state);
    assert_eq!(state.apply(Action::SelectPair(Iso3::CHN, Iso3::CHN)), state);
    assert_eq!(state.apply(Action::SelectPair(Iso3::CHN, iso("USA"))), state);
    assert_eq!(state.apply(Action::AddCountry(Iso3::JPN)), state);
    assert_eq!(state.apply(Action::AddCountry(iso("USA"))), state);
    assert_eq!(WitsGroup::new(16), None, "there are 16 groups, 0 to 15");
    assert_eq!(state.apply(Action::SetEsiClassification(Classification::Total)), state);
    assert_eq!(state.apply(Action::SelectFlow(Iso3::KOR, Iso3::KOR)), state);
    assert_eq!(state.apply(Action::SelectFlow(Iso3::KOR, iso("VNM"))), state);
    assert_eq!(state.apply(Action::SelectFlow(Iso3::KOR, Iso3::CHN)).bilateral_flow, (Iso3::KOR, Iso3::CHN));
}

#[test]
fn countries_are_added_once_and_capped() {
    let mut state = AppState::default();
    for code in ["VNM", "VNM", "THA", "AUS", "IDN", "MYS", "SGP"] {
        state = state.apply(Action::AddCountry(iso(code)));
    }
    assert_eq!(state.rca_extra_countries.len(), MAX_EXTRA_COUNTRIES);
    assert_eq!(state.rca_countries()[..4], [Iso3::CHN, Iso3::JPN, Iso3::KOR, iso("VNM")]);
    let state = state.apply(Action::RemoveCountry(iso("VNM")));
    assert!(!state.rca_extra_countries.contains(&iso("VNM")));
}

#[test]
fn toggling_a_series_twice_restores_it() {
    let state = AppState::default().apply(Action::ToggleSeries(series_key("tci", "CHN>JPN")));
    assert!(state.is_hidden("tci", "CHN>JPN"));
    assert!(!state.apply(Action::ToggleSeries(series_key("tci", "CHN>JPN"))).is_hidden("tci", "CHN>JPN"));
}

#[test]
fn map_view_and_periods_are_normalised() {
    let state = AppState::default()
        .apply(Action::SetMapView(MapView { zoom: 1000.0, center_lon_deg: f64::NAN, center_lat_deg: 10.0 }))
        .apply(Action::SetApprovalPeriod(Some(2020), Some(2015)));
    assert_eq!(state.parks.map_view.zoom, MapView::MAX_ZOOM);
    assert_eq!(state.parks.map_view.center_lon_deg, MapView::HOME.center_lon_deg);
    assert_eq!(state.parks.map_view.center_lat_deg, 18.0);
    assert_eq!((state.parks.approved_from, state.parks.approved_to), (Some(2015), Some(2020)));
}
