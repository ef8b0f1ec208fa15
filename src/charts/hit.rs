//! What lies under each region of a drawn chart: the app uses it for tooltips, the crosshair,
//! keyboard focus and clicks. Coordinates are canvas pixels (device pixels).

use super::palette::Rgb;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PxRect {
    pub x0: i32,
    pub y0: i32,
    pub x1: i32,
    pub y1: i32,
}

impl PxRect {
    pub fn contains(&self, x: f64, y: f64) -> bool {
        x >= f64::from(self.x0) && x < f64::from(self.x1) && y >= f64::from(self.y0) && y < f64::from(self.y1)
    }

    /// The squared distance from the rectangle's centre: among overlapping regions (markers close
    /// together on a narrow map) the one centred nearest the finger is meant.
    fn centre_distance_sq(&self, x: f64, y: f64) -> f64 {
        let dx = f64::from(self.x0 + self.x1) / 2.0 - x;
        let dy = f64::from(self.y0 + self.y1) / 2.0 - y;
        dx * dx + dy * dy
    }

    fn distance_sq(&self, x: f64, y: f64) -> f64 {
        let dx = (f64::from(self.x0) - x).max(0.0).max(x - f64::from(self.x1));
        let dy = (f64::from(self.y0) - y).max(0.0).max(y - f64::from(self.y1));
        dx * dx + dy * dy
    }
}

/// How far (CSS pixels) a finger may land from a chart's point and still mean it: about a
/// fingertip's radius.
pub const CHART_TOUCH_SLOP_CSS_PX: f64 = 14.0;

/// One line of a tooltip: an optional colour swatch, a label and a formatted value.
#[derive(Clone, Debug, PartialEq)]
pub struct TooltipRow {
    pub swatch: Option<Rgb>,
    pub label: String,
    pub value: String,
    /// The key of the value's working ("Why this number?", `state::WhyKey`), when it has one.
    pub why: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Tooltip {
    pub title: String,
    pub rows: Vec<TooltipRow>,
    pub note: Option<String>,
}

impl Tooltip {
    /// The tooltip as one sentence, for screen readers.
    pub fn as_text(&self) -> String {
        let mut parts = vec![self.title.clone()];
        parts.extend(self.rows.iter().map(|r| format!("{}: {}", r.label, r.value)));
        if let Some(note) = &self.note {
            parts.push(note.clone());
        }
        parts.join("; ")
    }
}

/// Which item of the chart a region is: `row` is the series, bar or heatmap row; `col` the
/// year index, category or heatmap column. The view that built the chart interprets it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct HitTarget {
    pub row: usize,
    pub col: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct HitRegion {
    pub rect: PxRect,
    /// Where a tooltip points (device pixels).
    pub anchor: (i32, i32),
    pub target: HitTarget,
    pub tooltip: Tooltip,
    /// Whether activating the region (click, tap, Enter) selects something.
    pub selectable: bool,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct HitMap {
    /// In reading order: the order keyboard focus moves through.
    pub regions: Vec<HitRegion>,
}

impl HitMap {
    /// The region under a point (of overlapping ones, the one centred nearest it), or the nearest
    /// one within `slop` pixels (for fingers).
    pub fn region_at(&self, x: f64, y: f64, slop: f64) -> Option<usize> {
        let under = self
            .regions
            .iter()
            .enumerate()
            .filter(|(_, r)| r.rect.contains(x, y))
            .min_by(|a, b| a.1.rect.centre_distance_sq(x, y).total_cmp(&b.1.rect.centre_distance_sq(x, y)));
        if let Some((index, _)) = under {
            return Some(index);
        }
        self.regions
            .iter()
            .enumerate()
            .map(|(i, r)| (i, r.rect.distance_sq(x, y)))
            .filter(|(_, d)| *d <= slop * slop)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(i, _)| i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn region(x0: i32, x1: i32) -> HitRegion {
        HitRegion {
            rect: PxRect { x0, y0: 0, x1, y1: 10 },
            anchor: (x0, 0),
            target: HitTarget { row: 0, col: x0 as usize },
            tooltip: Tooltip::default(),
            selectable: false,
        }
    }

    #[test]
    fn containing_region_wins_then_nearest_within_slop() {
        let map = HitMap { regions: vec![region(0, 10), region(20, 30)] };
        assert_eq!(map.region_at(5.0, 5.0, 0.0), Some(0));
        assert_eq!(map.region_at(14.0, 5.0, 0.0), None);
        assert_eq!(map.region_at(18.0, 5.0, 4.0), Some(1));
        assert_eq!(map.region_at(15.0, 40.0, 4.0), None);
    }

    #[test]
    fn of_overlapping_regions_the_one_centred_nearest_wins() {
        // Two finger-sized squares around markers 6 px apart, listed in either order.
        let (left, right) = (region(0, 20), region(6, 26));
        for (map, left_index) in
            [(HitMap { regions: vec![left.clone(), right.clone()] }, 0), (HitMap { regions: vec![right, left] }, 1)]
        {
            assert_eq!(map.region_at(10.0, 5.0, 0.0), Some(left_index), "at the left marker's centre");
            assert_eq!(map.region_at(16.0, 5.0, 0.0), Some(1 - left_index), "at the right marker's centre");
        }
    }
}
