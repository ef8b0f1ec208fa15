//! PURE. What a drag or a pinch does to the map view: one pointer pans, two pointers zoom about
//! their midpoint and pan with it. Positions are CSS pixels; sizes device pixels.

use super::projection::{panned, zoomed_about};
use crate::state::MapView;

/// A pointer on the map: its id and position in CSS pixels.
pub type PointerAt = (i32, f64, f64);

/// A drag shorter than this (CSS pixels) is still a click.
pub const CLICK_SLOP_CSS: f64 = 5.0;

/// The view for the pointers now, given where they were when the gesture started.
/// `None` when nothing should move (a click so far, or fingers too close to measure a pinch).
pub fn gesture_view(
    start_view: &MapView,
    start: &[PointerAt],
    now: &[PointerAt],
    size_px: (f64, f64),
    pixel_ratio: f64,
    already_moving: bool,
) -> Option<MapView> {
    let (w, h) = size_px;
    match (now, start) {
        ([p], [p0]) => {
            let (dx, dy) = (p.1 - p0.1, p.2 - p0.2);
            (already_moving || dx.abs() + dy.abs() > CLICK_SLOP_CSS)
                .then(|| panned(start_view, w, h, dx * pixel_ratio, dy * pixel_ratio))
        }
        ([a, b, ..], [a0, b0, ..]) => {
            let distance = |p: &PointerAt, q: &PointerAt| ((p.1 - q.1).powi(2) + (p.2 - q.2).powi(2)).sqrt();
            let before = distance(a0, b0);
            if before <= 10.0 {
                return None;
            }
            let middle0 = ((a0.1 + b0.1) / 2.0, (a0.2 + b0.2) / 2.0);
            let middle = ((a.1 + b.1) / 2.0, (a.2 + b.2) / 2.0);
            let zoomed = zoomed_about(
                start_view,
                w,
                h,
                distance(a, b) / before,
                (middle0.0 * pixel_ratio, middle0.1 * pixel_ratio),
            );
            let shift = (middle.0 - middle0.0, middle.1 - middle0.1);
            Some(panned(&zoomed, w, h, shift.0 * pixel_ratio, shift.1 * pixel_ratio))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_move_is_still_a_click_and_a_longer_one_pans() {
        let home = MapView::HOME;
        assert_eq!(gesture_view(&home, &[(1, 100.0, 100.0)], &[(1, 102.0, 101.0)], (800.0, 600.0), 1.0, false), None);
        let moved =
            gesture_view(&home, &[(1, 100.0, 100.0)], &[(1, 160.0, 100.0)], (800.0, 600.0), 1.0, false).unwrap();
        assert!(moved.center_lon_deg < home.center_lon_deg, "dragging right shows what lies west");
        assert_eq!(moved.zoom, 1.0);
    }

    #[test]
    fn spreading_two_fingers_zooms_by_their_distance() {
        let home = MapView::HOME;
        let start = [(1, 380.0, 300.0), (2, 420.0, 300.0)];
        let now = [(1, 340.0, 300.0), (2, 460.0, 300.0)];
        let view = gesture_view(&home, &start, &now, (1600.0, 1200.0), 2.0, true).unwrap();
        assert!((view.zoom - 3.0).abs() < 1e-9);
        assert_eq!(gesture_view(&home, &[(1, 0.0, 0.0), (2, 1.0, 0.0)], &now, (800.0, 600.0), 1.0, true), None);
    }
}
