//! PURE. Charts drawn with plotters on any `DrawingBackend` (canvas in the browser, SVG in
//! native tests). Each chart kind has a model (derived data, labels already translated) and a
//! `draw` that returns a hit map: what lies under each region, for tooltips and the keyboard.

pub mod annotation;
pub mod bars;
pub mod figure;
pub mod heatmap;
pub mod hit;
pub mod line;
pub mod painter;
pub mod palette;
pub mod scale;

pub use hit::{HitMap, HitRegion, HitTarget, Tooltip, TooltipRow};
pub use painter::{ChartError, EstimatedText, Painter, Surface, TextMeasure};
pub use palette::Theme;

use crate::i18n::NumberStyle;

/// How a value is printed: `prefix` + number with `decimals` in the language's style + `suffix`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ValueFormat {
    pub numbers: NumberStyle,
    pub decimals: usize,
    pub prefix: String,
    pub suffix: String,
}

impl ValueFormat {
    pub fn plain(numbers: NumberStyle, decimals: usize) -> ValueFormat {
        ValueFormat { numbers, decimals, ..ValueFormat::default() }
    }

    pub fn format(&self, value: f64) -> String {
        format!("{}{}{}", self.prefix, self.numbers.format(value, self.decimals), self.suffix)
    }
}

/// Every chart the widget draws. Components hold it behind an `Rc`, so the size difference
/// between variants costs nothing worth boxing for.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ChartSpec {
    Line(line::LineChart),
    Heatmap(heatmap::Heatmap),
    StackedShares(bars::StackedShares),
    DivergingBars(bars::DivergingBars),
    Bars(bars::BarChart),
}

impl ChartSpec {
    /// The canvas height that suits this chart at a given width, in CSS pixels.
    pub fn preferred_height_css(&self, width_css: f64, measure: &dyn TextMeasure) -> f64 {
        match self {
            ChartSpec::Line(c) => c.preferred_height_css(width_css, measure),
            ChartSpec::Heatmap(c) => c.preferred_height_css(width_css, measure),
            ChartSpec::StackedShares(c) => c.preferred_height_css(width_css, measure),
            ChartSpec::DivergingBars(c) => c.preferred_height_css(width_css, measure),
            ChartSpec::Bars(c) => c.preferred_height_css(width_css, measure),
        }
    }

    /// The height in a single-chart embed, where the chart shares a short frame with its title,
    /// takeaway, legend and source: line charts get flatter; the others need their rows.
    pub fn compact_height_css(&self, width_css: f64, measure: &dyn TextMeasure) -> f64 {
        match self {
            ChartSpec::Line(_) => (width_css * 0.36).clamp(200.0, 300.0),
            _ => self.preferred_height_css(width_css, measure),
        }
    }
}

/// Draws `spec` over the whole area; `highlight` is the index of the hovered or focused
/// region of the previous hit map (the same chart gives the same regions).
pub fn draw(
    area: &dyn Surface,
    spec: &ChartSpec,
    pixel_ratio: f64,
    theme: Theme,
    highlight: Option<usize>,
    measure: &dyn TextMeasure,
) -> Result<HitMap, ChartError> {
    let painter = Painter::new(area, pixel_ratio, theme, measure);
    let (width, height) = painter.size_px();
    if width < 2.0 || height < 2.0 {
        // A canvas of zero size (hidden, collapsed): nothing to draw, nothing to hit.
        return Ok(HitMap::default());
    }
    let well_formed = match spec {
        ChartSpec::Heatmap(c) => c.is_well_formed(),
        ChartSpec::StackedShares(c) => c.is_well_formed(),
        ChartSpec::DivergingBars(c) => c.is_well_formed(),
        ChartSpec::Line(_) | ChartSpec::Bars(_) => true,
    };
    if !well_formed {
        return Err(ChartError("the chart's model has lists of different lengths".into()));
    }
    let hit_map = match spec {
        ChartSpec::Line(c) => line::draw(&painter, c, highlight),
        ChartSpec::Heatmap(c) => heatmap::draw(&painter, c, highlight),
        ChartSpec::StackedShares(c) => bars::draw_stacked(&painter, c, highlight),
        ChartSpec::DivergingBars(c) => bars::draw_diverging(&painter, c, highlight),
        ChartSpec::Bars(c) => bars::draw_bars(&painter, c, highlight),
    }?;
    area.present()?;
    Ok(hit_map)
}

/// The "no data" state: a calm message in the middle of the chart area.
fn draw_no_data(p: &Painter, message: &str) -> Result<(), ChartError> {
    let (width, height) = p.size_px();
    p.clear(palette::WHITE)?;
    p.stroke_rect(p.px(1.0), p.px(1.0), width - p.px(1.0), height - p.px(1.0), palette::GRID, 1.0)?;
    let text = p.fit(message, 13.0, p.size_css().0 - 24.0, false);
    p.text(
        &text,
        (width / 2.0, height / 2.0),
        painter::TextStyle::new(13.0, palette::MUTED, painter::Align::Center, painter::Baseline::Middle),
    )
}
