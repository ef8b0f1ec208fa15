//! PURE. Interaction rules the canvas hosts (charts and the map) share, tested natively: what a
//! pointer's release and a key do to the hovered item, how far a finger may miss, and where to
//! scroll so that an item is visible. The components only read events and apply the outcome.

/// When a tap on an item (not a mouse click) selects it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TapSelects {
    /// At once (the map's markers open their card).
    FirstTap,
    /// The first tap shows the tooltip; a second tap on the same item selects it (charts).
    SecondTap,
}

/// What a pointer's release does: the item to show (hover) and the item to select.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Release {
    pub hover: Option<usize>,
    pub select: Option<usize>,
}

/// A release over `under` (the item there, if any) while `shown` is hovered. A mouse click
/// selects what is under it and leaves the hover to the mouse's moves; a tap shows what is under
/// it (or hides the tooltip when nothing is) and selects as `taps` says.
pub fn release(is_mouse: bool, shown: Option<usize>, under: Option<usize>, taps: TapSelects) -> Release {
    if is_mouse {
        return Release { hover: shown, select: under };
    }
    let select = match taps {
        TapSelects::FirstTap => under,
        TapSelects::SecondTap => under.filter(|i| shown == Some(*i)),
    };
    Release { hover: under, select }
}

/// How far (device pixels) a pointer may land from an item and still mean it: nothing for a
/// mouse, `slop_css_px` scaled by the pixel ratio for a finger or a pen.
pub fn slop_px(is_mouse: bool, slop_css_px: f64, pixel_ratio: f64) -> f64 {
    if is_mouse {
        0.0
    } else {
        slop_css_px * pixel_ratio
    }
}

/// What a key does on a focused chart with `count` items, `current` being hovered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyOutcome {
    /// Hover this item (arrows, Home, End, Page Up/Down).
    Hover(usize),
    /// Select the current item (Enter, Space).
    Select(usize),
    /// Hide the tooltip (Escape).
    Hide,
    /// Show the chart's data table (T).
    OpenTable,
}

/// Items a Page Up or Page Down moves by.
const PAGE_ITEMS: usize = 10;

/// The outcome of `key` (a `KeyboardEvent.key`), or `None` for a key the chart leaves alone
/// (with a modifier held, or no item to move to).
pub fn chart_key(key: &str, modifier: bool, current: Option<usize>, count: usize) -> Option<KeyOutcome> {
    if modifier {
        return None;
    }
    if matches!(key, "t" | "T") {
        return Some(KeyOutcome::OpenTable);
    }
    if key == "Escape" {
        return Some(KeyOutcome::Hide);
    }
    let last = count.checked_sub(1)?;
    let current = current.unwrap_or(0).min(last);
    let hover = match key {
        "ArrowRight" | "ArrowDown" => (current + 1).min(last),
        "ArrowLeft" | "ArrowUp" => current.saturating_sub(1),
        "Home" => 0,
        "End" => last,
        "PageDown" => (current + PAGE_ITEMS).min(last),
        "PageUp" => current.saturating_sub(PAGE_ITEMS),
        "Enter" | " " => return Some(KeyOutcome::Select(current)),
        _ => return None,
    };
    Some(KeyOutcome::Hover(hover))
}

/// How far (in CSS pixels, positive to the right or down) a scroll container must move so that
/// the item spanning `item_start..item_end` is inside the visible span `view_start..view_end`,
/// with `margin` to spare where there is room. Zero when it is already visible. An item wider
/// than the view is aligned by its start, where its label begins.
pub fn scroll_to_reveal(view_start: f64, view_end: f64, item_start: f64, item_end: f64, margin: f64) -> f64 {
    let values = [view_start, view_end, item_start, item_end, margin];
    if values.iter().any(|v| !v.is_finite()) || view_end <= view_start {
        return 0.0;
    }
    let room = (view_end - view_start) - (item_end - item_start);
    let margin = margin.clamp(0.0, (room / 2.0).max(0.0));
    if item_start < view_start + margin || room < 0.0 {
        item_start - view_start - margin
    } else if item_end > view_end - margin {
        item_end - view_end + margin
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_click_selects_and_a_tap_shows_first_on_charts_and_selects_at_once_on_the_map() {
        // Mouse: select what is under the pointer, keep the hover.
        assert_eq!(release(true, Some(2), Some(5), TapSelects::SecondTap), Release { hover: Some(2), select: Some(5) });
        assert_eq!(release(true, None, None, TapSelects::FirstTap), Release { hover: None, select: None });
        // Chart, touch: the first tap shows, a second on the same item selects, elsewhere hides.
        assert_eq!(release(false, None, Some(3), TapSelects::SecondTap), Release { hover: Some(3), select: None });
        assert_eq!(
            release(false, Some(3), Some(3), TapSelects::SecondTap),
            Release { hover: Some(3), select: Some(3) }
        );
        assert_eq!(release(false, Some(3), Some(4), TapSelects::SecondTap), Release { hover: Some(4), select: None });
        assert_eq!(release(false, Some(3), None, TapSelects::SecondTap), Release { hover: None, select: None });
        // Map, touch: a tap on a marker opens it at once.
        assert_eq!(release(false, None, Some(7), TapSelects::FirstTap), Release { hover: Some(7), select: Some(7) });
    }

    #[test]
    fn fingers_get_slop_and_mice_none() {
        assert_eq!(slop_px(true, 14.0, 3.0), 0.0);
        assert_eq!(slop_px(false, 14.0, 3.0), 42.0);
    }

    #[test]
    fn keys_move_through_a_charts_items_and_stop_at_its_ends() {
        assert_eq!(chart_key("ArrowRight", false, None, 5), Some(KeyOutcome::Hover(1)));
        assert_eq!(chart_key("ArrowRight", false, Some(4), 5), Some(KeyOutcome::Hover(4)));
        assert_eq!(chart_key("ArrowLeft", false, Some(0), 5), Some(KeyOutcome::Hover(0)));
        assert_eq!(chart_key("End", false, Some(1), 5), Some(KeyOutcome::Hover(4)));
        assert_eq!(chart_key("PageDown", false, Some(1), 30), Some(KeyOutcome::Hover(11)));
        assert_eq!(chart_key("PageUp", false, Some(3), 30), Some(KeyOutcome::Hover(0)));
        assert_eq!(chart_key("Enter", false, Some(2), 5), Some(KeyOutcome::Select(2)));
        assert_eq!(chart_key("Escape", false, Some(2), 5), Some(KeyOutcome::Hide));
        assert_eq!(chart_key("t", false, None, 0), Some(KeyOutcome::OpenTable));
        // A stale hover past the end (the chart changed) is brought back in range.
        assert_eq!(chart_key("Enter", false, Some(9), 5), Some(KeyOutcome::Select(4)));
        // No items, another key, or a modifier: the chart leaves the key alone.
        assert_eq!(chart_key("ArrowRight", false, None, 0), None);
        assert_eq!(chart_key("q", false, None, 5), None);
        assert_eq!(chart_key("t", true, None, 5), None);
    }

    #[test]
    fn a_visible_item_needs_no_scroll() {
        assert_eq!(scroll_to_reveal(0.0, 375.0, 100.0, 180.0, 16.0), 0.0);
    }

    #[test]
    fn an_item_past_the_right_edge_scrolls_left_into_view_with_margin() {
        // The "Parks" tab at 520..600 in a 375 px strip: move 600 - 375 + 16 = 241 px.
        assert_eq!(scroll_to_reveal(0.0, 375.0, 520.0, 600.0, 16.0), 241.0);
    }

    #[test]
    fn an_item_before_the_left_edge_scrolls_back() {
        assert_eq!(scroll_to_reveal(0.0, 375.0, -50.0, 30.0, 16.0), -66.0);
    }

    #[test]
    fn an_item_wider_than_the_view_is_aligned_by_its_start() {
        assert_eq!(scroll_to_reveal(0.0, 100.0, 40.0, 260.0, 16.0), 40.0);
    }

    #[test]
    fn the_margin_shrinks_when_the_item_barely_fits() {
        // 90 px item in a 100 px view: at most 5 px margin on each side.
        assert_eq!(scroll_to_reveal(0.0, 100.0, 50.0, 140.0, 16.0), 45.0);
    }

    #[test]
    fn nonsense_geometry_asks_for_no_scroll() {
        assert_eq!(scroll_to_reveal(0.0, f64::NAN, 10.0, 20.0, 4.0), 0.0);
        assert_eq!(scroll_to_reveal(100.0, 0.0, 10.0, 20.0, 4.0), 0.0);
    }
}
