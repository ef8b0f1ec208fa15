//! A chart as a stand-alone figure, for the PNG and SVG downloads: its title, the takeaway, the
//! legend, the chart itself, the source line and the widget's name, laid out in one picture.
//! Drawn with the same `Painter` as the charts, so any plotters backend can draw it.

use super::painter::{Align, Baseline, ChartError, Painter, Surface, TextMeasure, TextStyle};
use super::palette::{self, Rgb, Theme};
use super::ChartSpec;

/// Space around the figure, in CSS pixels.
const MARGIN_CSS: f64 = 16.0;
const TITLE_FONT_CSS_PX: f64 = 17.0;
const SUBTITLE_FONT_CSS_PX: f64 = 13.0;
const LEGEND_FONT_CSS_PX: f64 = 12.0;
const SOURCE_FONT_CSS_PX: f64 = 11.0;
/// Line height as a multiple of the font size.
const LINE_HEIGHT: f64 = 1.35;
/// The legend swatch's width and the gap after it, in CSS pixels.
const SWATCH_CSS: f64 = 18.0;
const LEGEND_GAP_CSS: f64 = 16.0;

/// One legend entry of a figure.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureLegend {
    pub label: String,
    pub color: Rgb,
    pub dashed: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub title: String,
    /// The takeaway under the title.
    pub subtitle: String,
    pub legend: Vec<FigureLegend>,
    pub chart: ChartSpec,
    /// "Source: …", drawn under the chart.
    pub source: String,
    /// The widget's name and where it lives, the last line.
    pub credit: String,
}

/// Where each part of a figure goes, in CSS pixels from the top.
struct Layout {
    title: Vec<String>,
    subtitle: Vec<String>,
    /// Legend rows: the entries (by index) on each.
    legend_rows: Vec<Vec<usize>>,
    source: Vec<String>,
    credit: Vec<String>,
    chart_top_css: f64,
    chart_height_css: f64,
    height_css: f64,
}

fn line_height(size_css: f64) -> f64 {
    size_css * LINE_HEIGHT
}

fn layout(figure: &Figure, width_css: f64, measure: &dyn TextMeasure) -> Layout {
    let inner = (width_css - 2.0 * MARGIN_CSS).max(40.0);
    let title = wrap(measure, &figure.title, TITLE_FONT_CSS_PX, inner, true);
    let subtitle = wrap(measure, &figure.subtitle, SUBTITLE_FONT_CSS_PX, inner, false);
    let mut legend_rows: Vec<Vec<usize>> = Vec::new();
    let mut row_width = 0.0;
    for (i, entry) in figure.legend.iter().enumerate() {
        let width = SWATCH_CSS + 6.0 + measure.width_css(&entry.label, LEGEND_FONT_CSS_PX, false) + LEGEND_GAP_CSS;
        match legend_rows.last_mut() {
            Some(row) if row_width + width <= inner => {
                row.push(i);
                row_width += width;
            }
            _ => {
                legend_rows.push(vec![i]);
                row_width = width;
            }
        }
    }
    let source = wrap(measure, &figure.source, SOURCE_FONT_CSS_PX, inner, false);
    let credit = wrap(measure, &figure.credit, SOURCE_FONT_CSS_PX, inner, true);
    let mut y = MARGIN_CSS;
    y += title.len() as f64 * line_height(TITLE_FONT_CSS_PX) + 4.0;
    y += subtitle.len() as f64 * line_height(SUBTITLE_FONT_CSS_PX) + 8.0;
    y += legend_rows.len() as f64 * line_height(LEGEND_FONT_CSS_PX) + if legend_rows.is_empty() { 0.0 } else { 6.0 };
    let chart_top_css = y;
    let chart_height_css = figure.chart.preferred_height_css(inner, measure);
    y += chart_height_css + 10.0;
    y += (source.len() + credit.len()) as f64 * line_height(SOURCE_FONT_CSS_PX) + MARGIN_CSS;
    Layout { title, subtitle, legend_rows, source, credit, chart_top_css, chart_height_css, height_css: y.ceil() }
}

/// The layout stretched or squeezed to a picture of a fixed size (a social post's): the chart
/// takes the difference, and keeps at least `MIN_CHART_HEIGHT_CSS`. A picture of the figure's own
/// height is laid out as it was.
fn fill_height(mut layout: Layout, height_css: f64) -> Layout {
    const MIN_CHART_HEIGHT_CSS: f64 = 80.0;
    let chart_height_css = (layout.chart_height_css + height_css - layout.height_css).max(MIN_CHART_HEIGHT_CSS);
    layout.height_css += chart_height_css - layout.chart_height_css;
    layout.chart_height_css = chart_height_css;
    layout
}

/// The figure's height at `width_css`, in CSS pixels.
pub fn figure_height_css(figure: &Figure, width_css: f64, measure: &dyn TextMeasure) -> f64 {
    layout(figure, width_css, measure).height_css
}

/// Draws the whole figure over `area` (sized `figure_height_css` tall at `pixel_ratio`).
pub fn draw_figure(
    area: &dyn Surface,
    figure: &Figure,
    pixel_ratio: f64,
    theme: Theme,
    measure: &dyn TextMeasure,
) -> Result<(), ChartError> {
    let p = Painter::new(area, pixel_ratio, theme, measure);
    let (width_css, height_css) = p.size_css();
    let layout = fill_height(layout(figure, width_css, measure), height_css);
    p.clear(palette::WHITE)?;
    let left = p.px(MARGIN_CSS);
    let mut y_css = MARGIN_CSS;
    let lines = |lines: &[String], size: f64, color: Rgb, bold: bool, y_css: &mut f64| {
        for line in lines {
            p.text(line, (left, p.px(*y_css)), TextStyle::new(size, color, Align::Left, Baseline::Top).bold_if(bold))?;
            *y_css += line_height(size);
        }
        Ok::<(), ChartError>(())
    };
    lines(&layout.title, TITLE_FONT_CSS_PX, palette::INK, true, &mut y_css)?;
    y_css += 4.0;
    lines(&layout.subtitle, SUBTITLE_FONT_CSS_PX, palette::MUTED, false, &mut y_css)?;
    y_css += 8.0;
    for row in &layout.legend_rows {
        let mut x_css = MARGIN_CSS;
        let middle = p.px(y_css + line_height(LEGEND_FONT_CSS_PX) / 2.0);
        for &i in row {
            let entry = &figure.legend[i];
            let swatch = [(p.px(x_css), middle), (p.px(x_css + SWATCH_CSS), middle)];
            if entry.dashed {
                p.dashed_line(&swatch, entry.color, 3.0, 5.0)?;
            } else {
                p.line(&swatch, entry.color, 3.0)?;
            }
            x_css += SWATCH_CSS + 6.0;
            p.text(
                &entry.label,
                (p.px(x_css), middle),
                TextStyle::new(LEGEND_FONT_CSS_PX, palette::INK, Align::Left, Baseline::Middle),
            )?;
            x_css += measure.width_css(&entry.label, LEGEND_FONT_CSS_PX, false) + LEGEND_GAP_CSS;
        }
        y_css += line_height(LEGEND_FONT_CSS_PX);
    }

    // The chart in its own area, so that it lays itself out exactly as on the page.
    let (width_px, height_px) = p.size_px();
    let chart_top = p.px(layout.chart_top_css).round() as u32;
    let chart_bottom = p.px(layout.chart_top_css + layout.chart_height_css).round() as u32;
    let chart_area = area.inner(
        (left.round() as u32, chart_top),
        ((width_px - 2.0 * left).max(1.0) as u32, chart_bottom.saturating_sub(chart_top).max(1)),
    );
    super::draw(&*chart_area, &figure.chart, pixel_ratio, theme, None, measure)?;

    let mut y_css = layout.chart_top_css + layout.chart_height_css + 10.0;
    lines(&layout.source, SOURCE_FONT_CSS_PX, palette::MUTED, false, &mut y_css)?;
    lines(&layout.credit, SOURCE_FONT_CSS_PX, palette::INK, true, &mut y_css)?;
    debug_assert!(p.px(y_css) <= height_px + 1.0);
    area.present()
}

/// Breaks `text` into lines no wider than `max_width_css`: at spaces, and between any two
/// characters of Chinese, Japanese or Korean text, which has no spaces between words.
pub fn wrap(measure: &dyn TextMeasure, text: &str, size_css: f64, max_width_css: f64, bold: bool) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for token in tokens(text) {
        let candidate = format!("{line}{token}");
        if line.is_empty() || measure.width_css(candidate.trim_end(), size_css, bold) <= max_width_css {
            line = candidate;
        } else {
            lines.push(line.trim_end().to_string());
            line = token.trim_start().to_string();
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// Pieces a line may break after: a word with its following space, or one wide character.
fn tokens(text: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut current = String::new();
    for c in text.chars() {
        if is_wide(c) {
            if !current.is_empty() {
                tokens.push(std::mem::take(&mut current));
            }
            tokens.push(c.to_string());
        } else {
            current.push(c);
            if c == ' ' {
                tokens.push(std::mem::take(&mut current));
            }
        }
    }
    if !current.is_empty() {
        tokens.push(current);
    }
    tokens
}

/// Characters of scripts written without spaces (CJK ideographs, kana, hangul, full-width forms).
fn is_wide(c: char) -> bool {
    matches!(u32::from(c), 0x2E80..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::EstimatedText;

    #[test]
    fn wrapping_keeps_every_word_and_fits_the_width() {
        let text = "Trade complementarity index, China, Japan and Korea, 2010–2018";
        let lines = wrap(&EstimatedText, text, 13.0, 120.0, false);
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), text);
        assert!(lines.iter().all(|l| EstimatedText.width_css(l, 13.0, false) <= 120.0 || !l.contains(' ')));
        // Chinese breaks between characters.
        let chinese = wrap(&EstimatedText, "三国之间的贸易互补性指数逐年变化", 13.0, 60.0, false);
        assert!(chinese.len() > 2);
        assert_eq!(chinese.concat(), "三国之间的贸易互补性指数逐年变化");
        assert!(wrap(&EstimatedText, "", 13.0, 60.0, false).is_empty());
    }
}
