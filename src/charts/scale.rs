//! Linear scales, "nice" tick values and tick labels.

/// Maps a data interval onto a pixel interval (and back).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LinearScale {
    pub domain: (f64, f64),
    pub range_px: (f64, f64),
}

impl LinearScale {
    pub fn new(domain: (f64, f64), range_px: (f64, f64)) -> LinearScale {
        LinearScale { domain, range_px }
    }

    pub fn to_px(&self, value: f64) -> f64 {
        let span = self.domain.1 - self.domain.0;
        let t = if span == 0.0 { 0.5 } else { (value - self.domain.0) / span };
        self.range_px.0 + t * (self.range_px.1 - self.range_px.0)
    }

    pub fn from_px(&self, px: f64) -> f64 {
        let span = self.range_px.1 - self.range_px.0;
        let t = if span == 0.0 { 0.5 } else { (px - self.range_px.0) / span };
        self.domain.0 + t * (self.domain.1 - self.domain.0)
    }
}

/// A tick step of 1, 2 or 5 times a power of ten giving about `target` ticks over the span.
pub fn nice_step(span: f64, target: usize) -> f64 {
    if !(span.is_finite() && span > 0.0) {
        return 1.0;
    }
    let raw = span / target.max(1) as f64;
    let magnitude = 10f64.powf(raw.log10().floor());
    let normalized = raw / magnitude;
    // The nearest of 1, 2, 5 and 10 (thresholds at their geometric means).
    let nice = if normalized < 1.5 {
        1.0
    } else if normalized < 3.0 {
        2.0
    } else if normalized < 7.0 {
        5.0
    } else {
        10.0
    };
    nice * magnitude
}

/// A domain widened to whole steps, and the ticks inside it.
pub fn nice_domain(min: f64, max: f64, target: usize) -> ((f64, f64), Vec<f64>) {
    // Bounds that are not numbers, or too far apart to step through, fall back to 0-1: the
    // chart then shows an empty axis rather than asking for endless ticks.
    let usable = min.is_finite() && max.is_finite() && (max - min).is_finite();
    let (min, max) = if !usable {
        (0.0, 1.0)
    } else if min == max {
        (min - 1.0, max + 1.0)
    } else {
        (min.min(max), max.max(min))
    };
    let step = nice_step(max - min, target);
    let low = (min / step).floor() * step;
    let high = (max / step).ceil() * step;
    // At most a few times the ticks asked for, whatever rounding did.
    let count = (((high - low) / step).round() as usize).min(target.max(1) * 4);
    let ticks = (0..=count).map(|i| clean(low + i as f64 * step)).collect();
    ((low, high), ticks)
}

/// Removes float noise such as 0.30000000000000004.
fn clean(value: f64) -> f64 {
    (value * 1e9).round() / 1e9
}

/// The decimals needed to print ticks `step` apart without repeating a label.
pub fn decimals_for_step(step: f64) -> usize {
    if step >= 1.0 || step <= 0.0 {
        0
    } else {
        (-step.log10().floor()) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domains_of_infinite_or_missing_bounds_stay_small() {
        for (min, max) in
            [(f64::NEG_INFINITY, 1.0), (0.0, f64::INFINITY), (f64::NAN, 2.0), (-f64::MAX, f64::MAX), (5.0, 1.0)]
        {
            let ((low, high), ticks) = nice_domain(min, max, 5);
            assert!(low.is_finite() && high.is_finite() && low < high, "{min} {max}: {low} {high}");
            assert!(!ticks.is_empty() && ticks.len() <= 21, "{min} {max}: {} ticks", ticks.len());
        }
    }

    #[test]
    fn scale_round_trips() {
        let s = LinearScale::new((2010.0, 2018.0), (40.0, 440.0));
        assert_eq!(s.to_px(2014.0), 240.0);
        assert_eq!(s.from_px(240.0), 2014.0);
        let inverted = LinearScale::new((0.0, 100.0), (300.0, 0.0));
        assert_eq!(inverted.to_px(25.0), 225.0);
    }

    #[test]
    fn nice_ticks() {
        let ((low, high), ticks) = nice_domain(51.4, 91.0, 5);
        assert_eq!((low, high), (50.0, 100.0));
        assert_eq!(ticks, vec![50.0, 60.0, 70.0, 80.0, 90.0, 100.0]);
        let (_, small) = nice_domain(0.0, 0.9, 4);
        assert_eq!(small, vec![0.0, 0.2, 0.4, 0.6, 0.8, 1.0]);
        assert_eq!(decimals_for_step(0.2), 1);
        assert_eq!(nice_domain(3.0, 3.0, 5).0, (2.0, 4.0));
    }
}
