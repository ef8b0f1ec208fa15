//! The parks map drawn to SVG: every park, province outlines, the basemap's projection and
//! hit-testing on and near markers. The SVG is written to target/chart-svg/ to be looked at.

use cjk_trade_widget::charts::{EstimatedText, Theme};
use cjk_trade_widget::data::embedded;
use cjk_trade_widget::map::basemap::{Basemap, LineKind, EMBEDDED_BASEMAP};
use cjk_trade_widget::map::draw;
use cjk_trade_widget::map::projection::{Lambert, ViewTransform};
use cjk_trade_widget::state::{Action, AppState, MapView};
use cjk_trade_widget::views::parks;
use plotters::prelude::{IntoDrawingArea, SVGBackend};

fn basemap() -> Basemap {
    Basemap::parse(EMBEDDED_BASEMAP, &Lambert::default()).expect("the committed basemap parses")
}

fn render(state: &AppState, size: (u32, u32), ratio: f64) -> (String, cjk_trade_widget::charts::HitMap) {
    render_in(state, size, ratio, Theme::Light)
}

fn render_in(
    state: &AppState,
    size: (u32, u32),
    ratio: f64,
    theme: Theme,
) -> (String, cjk_trade_widget::charts::HitMap) {
    let model = parks::model(embedded().unwrap(), state);
    let mut svg = String::new();
    let hit_map = {
        let area = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        draw::draw(&area, &basemap(), &model.markers, &state.parks.map_view, ratio, theme, None, &EstimatedText)
            .unwrap()
    };
    (svg, hit_map)
}

#[test]
fn the_basemap_has_land_coasts_borders_and_provinces() {
    let map = basemap();
    assert!(map.land.len() > 300, "{} land rings", map.land.len());
    for kind in [LineKind::Coast, LineKind::Border, LineKind::Province] {
        assert!(map.lines.iter().any(|(k, _)| *k == kind), "{kind:?}");
    }
    assert!(EMBEDDED_BASEMAP.contains("Natural Earth"), "the file names its source");
}

#[test]
fn the_map_shows_every_park_and_province_outlines() {
    let (svg, hit_map) = render(&AppState::default(), (900, 700), 1.0);
    std::fs::create_dir_all(concat!(env!("CARGO_TARGET_TMPDIR"), "/../chart-svg")).unwrap();
    std::fs::write(concat!(env!("CARGO_TARGET_TMPDIR"), "/../chart-svg/parks-map-900.svg"), &svg).unwrap();
    assert_eq!(hit_map.regions.len(), 13, "every park has a marker on the home view");
    assert!(svg.contains("stroke=\"#CFC8BB\""), "province lines are drawn");
    // Markers by partner: 7 circles in Japan blue, 5 squares in Korea green, 1 diamond.
    assert!(svg.matches("<circle").count() >= 7);
    assert!(svg.contains("fill=\"#0072B2\"") && svg.contains("fill=\"#009E73\"") && svg.contains("fill=\"#D55E00\""));
    assert!(svg.contains("Saemangeum"), "an isolated park keeps its label");
}

#[test]
fn hit_testing_finds_the_park_on_and_near_its_marker() {
    let state = AppState::default();
    let (_, hit_map) = render(&state, (1800, 1400), 2.0);
    let model = parks::model(embedded().unwrap(), &state);
    let transform = ViewTransform::new(1800.0, 1400.0, &state.parks.map_view);
    let saemangeum = model.marker_ids.iter().position(|id| id == "kr-cn-saemangeum").unwrap();
    let (x, y) = transform.lonlat_to_px(126.71139, 35.97861);
    assert_eq!(hit_map.region_at(x, y, 0.0).map(|i| hit_map.regions[i].target.row), Some(saemangeum));
    assert_eq!(hit_map.region_at(x + 14.0, y - 10.0, 0.0).map(|i| hit_map.regions[i].target.row), Some(saemangeum));
    assert_eq!(hit_map.region_at(x + 200.0, y + 200.0, 0.0), None, "open sea hits nothing");
}

#[test]
fn zooming_in_leaves_far_parks_off_the_canvas() {
    let state = AppState::default().apply(Action::SetMapView(MapView {
        zoom: 8.0,
        center_lon_deg: 120.6,
        center_lat_deg: 31.4,
    }));
    let (_, hit_map) = render(&state, (900, 700), 1.0);
    assert!(hit_map.regions.len() < 13 && !hit_map.regions.is_empty());
}

#[test]
fn filters_reach_the_map() {
    let state = AppState::default().apply(Action::SetPartnerFilter(cjk_trade_widget::state::PartnerFilter::Japan));
    let (svg, hit_map) = render(&state, (900, 700), 1.0);
    assert_eq!(hit_map.regions.len(), 7);
    assert!(!svg.contains("fill=\"#009E73\""), "no Korea-green markers");
}

#[test]
fn the_dark_map_has_dark_sea_and_land_and_light_labels() {
    let (light, _) = render(&AppState::default(), (800, 600), 1.0);
    let (dark, hits) = render_in(&AppState::default(), (800, 600), 1.0, Theme::Dark);
    let colors = draw::BasemapColors::for_theme(Theme::Dark);
    let hex = |c: cjk_trade_widget::charts::palette::Rgb| c.hex().to_uppercase();
    assert!(
        dark.contains(&format!("fill=\"{}\"", hex(colors.sea)))
            && dark.contains(&format!("fill=\"{}\"", hex(colors.land)))
    );
    assert!(!dark.contains(&hex(draw::BasemapColors::for_theme(Theme::Light).land)));
    assert!(colors.land.luminance() > colors.sea.luminance(), "land stands out from the sea");
    // The same parks, the same places: only the colours change.
    assert_eq!(hits.regions.len(), render(&AppState::default(), (800, 600), 1.0).1.regions.len());
    assert_ne!(light, dark);
    // Labels are light text on a dark halo.
    let ink = hex(Theme::Dark.surface(cjk_trade_widget::charts::palette::INK));
    assert!(dark.contains(&format!("fill=\"{ink}\"")), "labels in the dark theme's ink");
}
