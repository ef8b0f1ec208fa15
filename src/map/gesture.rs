//! PURE. What a drag or a pinch does to the map view: one pointer pans, two pointers zoom about
//! their midpoint and pan with it. Positions are CSS pixels; sizes device pixels.

use super::projection::{panned, zoomed_about};
use super::view::MapView;

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

/// The pointers down on the map and the view when the current gesture started (a gesture
/// restarts whenever a finger is added or lifted, so a pinch can become a drag).
#[derive(Default, Debug)]
pub struct Gesture {
    /// Pointers in CSS pixels relative to the canvas.
    pointers: Vec<PointerAt>,
    start_pointers: Vec<PointerAt>,
    start_view: Option<MapView>,
    moved: bool,
}

/// What lifting a pointer ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lift {
    /// Other fingers are still down: the gesture goes on from here.
    Continues,
    /// The last pointer lifted after the view moved: commit the view.
    Moved,
    /// The last pointer lifted without moving the view: a click or a tap.
    Tapped,
}

impl Gesture {
    /// A pointer goes down at `(x, y)` CSS pixels on a map showing `view`.
    pub fn press(&mut self, (id, x, y): PointerAt, view: MapView) {
        self.pointers.retain(|p| p.0 != id);
        self.pointers.push((id, x, y));
        if self.pointers.len() == 1 {
            self.moved = false;
        }
        self.restart(view);
    }

    /// A pointer moves; returns the view the gesture asks for, or `None` when no gesture is under
    /// way (a hovering mouse) or nothing should move yet.
    pub fn move_to(&mut self, (id, x, y): PointerAt, size_px: (f64, f64), pixel_ratio: f64) -> Option<MapView> {
        if let Some(p) = self.pointers.iter_mut().find(|p| p.0 == id) {
            (p.1, p.2) = (x, y);
        }
        let start_view = self.start_view.filter(|_| !self.pointers.is_empty())?;
        let next = gesture_view(&start_view, &self.start_pointers, &self.pointers, size_px, pixel_ratio, self.moved)?;
        self.moved = true;
        Some(next)
    }

    /// Whether a gesture (a button or a finger down) is under way.
    pub fn is_active(&self) -> bool {
        self.start_view.is_some() && !self.pointers.is_empty()
    }

    /// A pointer lifts while the map shows `view`.
    pub fn lift(&mut self, id: i32, view: MapView) -> Lift {
        let was_last = self.pointers.len() == 1;
        self.pointers.retain(|p| p.0 != id);
        if !was_last {
            self.restart(view);
            return Lift::Continues;
        }
        self.start_view = None;
        if self.moved {
            Lift::Moved
        } else {
            Lift::Tapped
        }
    }

    /// The browser took a pointer away; returns whether the view moved and should be committed.
    pub fn cancel(&mut self, id: i32) -> bool {
        self.pointers.retain(|p| p.0 != id);
        let ended_moving = self.pointers.is_empty() && self.moved;
        if ended_moving {
            self.start_view = None;
        }
        ended_moving
    }

    fn restart(&mut self, view: MapView) {
        self.start_pointers = self.pointers.clone();
        self.start_view = Some(view);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_press_and_lift_in_place_is_a_tap_and_a_drag_moves_then_commits() {
        let size = (800.0, 600.0);
        let mut tap = Gesture::default();
        tap.press((1, 100.0, 100.0), MapView::HOME);
        assert_eq!(tap.move_to((1, 102.0, 101.0), size, 1.0), None, "within the click slop");
        assert_eq!(tap.lift(1, MapView::HOME), Lift::Tapped);
        assert!(!tap.is_active());

        let mut drag = Gesture::default();
        drag.press((1, 100.0, 100.0), MapView::HOME);
        let moved = drag.move_to((1, 160.0, 100.0), size, 1.0).expect("a drag pans");
        assert_ne!(moved, MapView::HOME);
        assert_eq!(drag.lift(1, moved), Lift::Moved);
        // A hovering mouse, with no button down, moves nothing.
        assert_eq!(drag.move_to((1, 300.0, 300.0), size, 1.0), None);
    }

    #[test]
    fn a_pinch_continues_as_a_drag_when_one_finger_lifts() {
        let size = (800.0, 600.0);
        let mut pinch = Gesture::default();
        pinch.press((1, 300.0, 300.0), MapView::HOME);
        pinch.press((2, 400.0, 300.0), MapView::HOME);
        let zoomed = pinch.move_to((2, 500.0, 300.0), size, 1.0).expect("a pinch zooms");
        assert!(zoomed.zoom > MapView::HOME.zoom);
        assert_eq!(pinch.lift(2, zoomed), Lift::Continues);
        assert!(pinch.is_active());
        assert_eq!(pinch.lift(1, zoomed), Lift::Moved);
        // A cancelled pointer after a move commits; before any move it does not.
        let mut cancelled = Gesture::default();
        cancelled.press((3, 10.0, 10.0), MapView::HOME);
        assert!(!cancelled.cancel(3));
    }

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
