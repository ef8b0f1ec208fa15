//! PURE. Interaction arithmetic the components need, tested natively: where to scroll so that an
//! item is visible.

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
    use super::scroll_to_reveal;

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
