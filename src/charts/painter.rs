//! A thin layer over a plotters `DrawingArea`: sizes are given in CSS pixels and scaled by the
//! device pixel ratio, so charts are sharp at 1x, 2x and 3x.
//!
//! Text width is estimated from character classes rather than measured: plotters measures text
//! on wasm by inserting a DOM node (a forced layout per label), and an estimate keeps native SVG
//! output and the canvas laid out identically.

use plotters::coord::Shift;
use plotters::element::{Circle, DashedPathElement, PathElement, Polygon, Rectangle, Text};
use plotters::prelude::{DrawingArea, DrawingBackend};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{
    Color, FontDesc, FontFamily, FontStyle, FontTransform, RGBColor, ShapeStyle, TextStyle as PlottersTextStyle,
};

use super::palette::{self, Rgb, Theme};

/// The page's font stack (see `--font` in widget.css): each platform's UI font, then a Latin font
/// with every glyph in bold before the CJK fonts (WebKit drew a bold "%" from Noto Sans CJK's
/// regular face), and no `system-ui`, which engines map to different fonts.
pub const FONT_FAMILY: &str =
    "-apple-system, BlinkMacSystemFont, \"Segoe UI\", Roboto, \"Noto Sans\", \"Helvetica Neue\", \
                               Arial, \"Noto Sans CJK SC\", sans-serif";

/// A drawing failure, as text to report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartError(pub String);

impl std::fmt::Display for ChartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "chart drawing failed: {}", self.0)
    }
}

fn fail<E: std::fmt::Debug>(error: E) -> ChartError {
    ChartError(format!("{error:?}"))
}

/// How heavy a text is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
}

/// How a text is drawn: size in CSS pixels (scaled by the pixel ratio), colour, anchor, weight,
/// and whether it is turned to read upwards (narrow column labels).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TextStyle {
    pub size_css_px: f64,
    pub color: Rgb,
    pub align: Align,
    pub baseline: Baseline,
    pub weight: Weight,
    pub vertical: bool,
}

impl TextStyle {
    /// Regular, horizontal text.
    pub fn new(size_css_px: f64, color: Rgb, align: Align, baseline: Baseline) -> TextStyle {
        TextStyle { size_css_px, color, align, baseline, weight: Weight::Regular, vertical: false }
    }

    pub fn bold(self) -> TextStyle {
        TextStyle { weight: Weight::Bold, ..self }
    }

    pub fn bold_if(self, bold: bool) -> TextStyle {
        if bold {
            self.bold()
        } else {
            self
        }
    }

    /// Turned to read upwards.
    pub fn vertical(self) -> TextStyle {
        TextStyle { vertical: true, ..self }
    }

    pub fn vertical_if(self, vertical: bool) -> TextStyle {
        TextStyle { vertical, ..self }
    }
}

/// Horizontal text alignment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

/// Vertical text alignment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Baseline {
    Top,
    Middle,
    Bottom,
}

/// Measures the width of text, in CSS pixels. The browser measures with the canvas (cheap: no
/// DOM layout); native code estimates.
pub trait TextMeasure {
    fn width_css(&self, text: &str, size_css: f64, bold: bool) -> f64;
}

/// The estimate from character classes (native tests, and a fallback).
pub struct EstimatedText;

impl TextMeasure for EstimatedText {
    fn width_css(&self, text: &str, size_css: f64, bold: bool) -> f64 {
        text_width_css(text, size_css) * if bold { 1.08 } else { 1.0 }
    }
}

/// The canvas font string for a size and weight (the same string plotters-canvas sets).
pub fn canvas_font(size_px: f64, bold: bool) -> String {
    format!("{} {}px {}", if bold { "bold" } else { "normal" }, size_px, FONT_FAMILY)
}

/// Shortens `text` with an ellipsis to fit `max_width_css` at `size_css`.
pub fn fit_text_with(measure: &dyn TextMeasure, text: &str, size_css: f64, max_width_css: f64, bold: bool) -> String {
    if measure.width_css(text, size_css, bold) <= max_width_css {
        return text.to_string();
    }
    let mut shortened: String = text.to_string();
    while !shortened.is_empty() && measure.width_css(&format!("{shortened}…"), size_css, bold) > max_width_css {
        shortened.pop();
    }
    format!("{}…", shortened.trim_end())
}

/// What a painter draws on: a plotters drawing area of any backend. It is a trait object rather
/// than a type parameter so that every chart and the map are compiled once for the canvas and the
/// SVG download together, not once per backend (a second copy of all chart code in the wasm).
pub trait Surface {
    /// The size in device pixels.
    fn size_px(&self) -> (u32, u32);
    fn fill(&self, color: RGBColor) -> Result<(), ChartError>;
    fn rect(&self, corners: [(i32, i32); 2], style: ShapeStyle) -> Result<(), ChartError>;
    fn path(&self, points: Vec<(i32, i32)>, style: ShapeStyle) -> Result<(), ChartError>;
    fn dashed_path(&self, points: Vec<(i32, i32)>, dash: i32, gap: i32, style: ShapeStyle) -> Result<(), ChartError>;
    fn circle(&self, centre: (i32, i32), radius: i32, style: ShapeStyle) -> Result<(), ChartError>;
    fn polygon(&self, points: Vec<(i32, i32)>, style: ShapeStyle) -> Result<(), ChartError>;
    fn text(&self, text: &str, at: (i32, i32), style: PlottersTextStyle<'_>) -> Result<(), ChartError>;
    /// The part of this surface `offset` from its top left, `size` large (device pixels).
    fn inner(&self, offset: (u32, u32), size: (u32, u32)) -> Box<dyn Surface + '_>;
    /// Finishes the drawing (the SVG backend writes its text then).
    fn present(&self) -> Result<(), ChartError>;
}

impl<DB: DrawingBackend> Surface for DrawingArea<DB, Shift> {
    fn size_px(&self) -> (u32, u32) {
        self.dim_in_pixel()
    }
    fn fill(&self, color: RGBColor) -> Result<(), ChartError> {
        DrawingArea::fill(self, &color).map_err(fail)
    }
    fn rect(&self, corners: [(i32, i32); 2], style: ShapeStyle) -> Result<(), ChartError> {
        self.draw(&Rectangle::new(corners, style)).map_err(fail)
    }
    fn path(&self, points: Vec<(i32, i32)>, style: ShapeStyle) -> Result<(), ChartError> {
        self.draw(&PathElement::new(points, style)).map_err(fail)
    }
    fn dashed_path(&self, points: Vec<(i32, i32)>, dash: i32, gap: i32, style: ShapeStyle) -> Result<(), ChartError> {
        self.draw(&DashedPathElement::new(points, dash, gap, style)).map_err(fail)
    }
    fn circle(&self, centre: (i32, i32), radius: i32, style: ShapeStyle) -> Result<(), ChartError> {
        self.draw(&Circle::new(centre, radius, style)).map_err(fail)
    }
    fn polygon(&self, points: Vec<(i32, i32)>, style: ShapeStyle) -> Result<(), ChartError> {
        self.draw(&Polygon::new(points, style)).map_err(fail)
    }
    fn text(&self, text: &str, at: (i32, i32), style: PlottersTextStyle<'_>) -> Result<(), ChartError> {
        self.draw(&Text::new(text, at, style)).map_err(fail)
    }
    fn inner(&self, offset: (u32, u32), size: (u32, u32)) -> Box<dyn Surface + '_> {
        Box::new(self.clone().shrink(offset, size))
    }
    fn present(&self) -> Result<(), ChartError> {
        DrawingArea::present(self).map_err(fail)
    }
}

pub struct Painter<'a> {
    area: &'a dyn Surface,
    /// Device pixels per CSS pixel.
    pub pixel_ratio: f64,
    /// How the model's (light-palette) colours are drawn.
    pub theme: Theme,
    pub measure: &'a dyn TextMeasure,
}

fn color(c: Rgb) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
}

impl<'a> Painter<'a> {
    pub fn new(area: &'a dyn Surface, pixel_ratio: f64, theme: Theme, measure: &'a dyn TextMeasure) -> Self {
        let pixel_ratio = if pixel_ratio.is_finite() && pixel_ratio > 0.0 { pixel_ratio } else { 1.0 };
        Painter { area, pixel_ratio, theme, measure }
    }

    /// The drawing size in device pixels.
    pub fn size_px(&self) -> (f64, f64) {
        let (w, h) = self.area.size_px();
        (f64::from(w), f64::from(h))
    }

    /// The drawing size in CSS pixels.
    pub fn size_css(&self) -> (f64, f64) {
        let (w, h) = self.size_px();
        (w / self.pixel_ratio, h / self.pixel_ratio)
    }

    /// CSS pixels to device pixels.
    pub fn px(&self, css: f64) -> f64 {
        css * self.pixel_ratio
    }

    /// A stroke of `c` as a graphic of this theme (lifted to 3:1 on a dark background).
    fn stroke(&self, c: Rgb, width_css: f64) -> ShapeStyle {
        self.stroke_exact(self.theme.graphic(c), width_css)
    }

    /// A stroke in exactly the colour given.
    fn stroke_exact(&self, c: Rgb, width_css: f64) -> ShapeStyle {
        ShapeStyle::from(color(c)).stroke_width(self.px(width_css).round().max(1.0) as u32)
    }

    pub fn clear(&self, background: Rgb) -> Result<(), ChartError> {
        self.area.fill(color(self.theme.surface(background)))
    }

    pub fn fill_rect(&self, x0: f64, y0: f64, x1: f64, y1: f64, c: Rgb) -> Result<(), ChartError> {
        let corners = [(x0.round() as i32, y0.round() as i32), (x1.round() as i32, y1.round() as i32)];
        self.area.rect(corners, color(self.theme.surface(c)).filled())
    }

    pub fn stroke_rect(&self, x0: f64, y0: f64, x1: f64, y1: f64, c: Rgb, width_css: f64) -> Result<(), ChartError> {
        let corners = [(x0.round() as i32, y0.round() as i32), (x1.round() as i32, y1.round() as i32)];
        self.area.rect(corners, self.stroke(c, width_css))
    }

    pub fn line(&self, points: &[(f64, f64)], c: Rgb, width_css: f64) -> Result<(), ChartError> {
        let points: Vec<(i32, i32)> = points.iter().map(|(x, y)| (x.round() as i32, y.round() as i32)).collect();
        self.area.path(points, self.stroke(c, width_css))
    }

    /// A line in exactly the colour `c` after the theme's neutrals (the map's boundaries, whose
    /// colours are chosen per theme).
    pub fn outline(&self, points: &[(f64, f64)], c: Rgb, width_css: f64) -> Result<(), ChartError> {
        let points: Vec<(i32, i32)> = points.iter().map(|(x, y)| (x.round() as i32, y.round() as i32)).collect();
        self.area.path(points, self.stroke_exact(self.theme.surface(c), width_css))
    }

    pub fn dashed_line(&self, points: &[(f64, f64)], c: Rgb, width_css: f64, dash_css: f64) -> Result<(), ChartError> {
        let points: Vec<(i32, i32)> = points.iter().map(|(x, y)| (x.round() as i32, y.round() as i32)).collect();
        let dash = self.px(dash_css).round().max(1.0) as i32;
        let gap = (f64::from(dash) * 0.8).round().max(1.0) as i32;
        self.area.dashed_path(points, dash, gap, self.stroke(c, width_css))
    }

    pub fn circle(&self, x: f64, y: f64, radius_css: f64, fill: Rgb, outline: Option<Rgb>) -> Result<(), ChartError> {
        let centre = (x.round() as i32, y.round() as i32);
        let radius = self.px(radius_css).round().max(1.0) as i32;
        self.area.circle(centre, radius, color(self.theme.graphic(fill)).filled())?;
        if let Some(outline) = outline {
            self.area.circle(centre, radius, self.stroke(outline, 1.5))?;
        }
        Ok(())
    }

    pub fn polygon(&self, points: &[(f64, f64)], fill: Rgb) -> Result<(), ChartError> {
        let points: Vec<(i32, i32)> = points.iter().map(|(x, y)| (x.round() as i32, y.round() as i32)).collect();
        self.area.polygon(points, color(self.theme.surface(fill)).filled())
    }

    /// Text at `(x, y)` device pixels, in the theme's reading of its colour.
    pub fn text(&self, text: &str, (x, y): (f64, f64), style: TextStyle) -> Result<(), ChartError> {
        self.draw_text(text, (x, y), TextStyle { color: self.theme.text(style.color), ..style })
    }

    /// Text with a thin halo of background around its glyphs (the text drawn first in the
    /// background colour, offset in eight directions), readable where a line crosses it while
    /// hiding no more of that line than the glyphs' outline.
    pub fn text_with_halo(&self, text: &str, (x, y): (f64, f64), style: TextStyle) -> Result<(), ChartError> {
        let halo = self.px(1.5);
        let background = TextStyle { color: self.theme.surface(palette::WHITE), ..style };
        for (dx, dy) in
            [(-1.0, -1.0), (0.0, -1.0), (1.0, -1.0), (-1.0, 0.0), (1.0, 0.0), (-1.0, 1.0), (0.0, 1.0), (1.0, 1.0)]
        {
            self.draw_text(text, (x + dx * halo, y + dy * halo), background)?;
        }
        self.text(text, (x, y), style)
    }

    /// Text centred at `(x, y)` in black or white, whichever reads on `fill` as drawn.
    pub fn text_on_fill(&self, text: &str, x: f64, y: f64, size_css_px: f64, fill: Rgb) -> Result<(), ChartError> {
        let ink = self.theme.surface(fill).text_on();
        self.draw_text(text, (x, y), TextStyle::new(size_css_px, ink, Align::Center, Baseline::Middle))
    }

    /// Text in exactly the style's colour.
    fn draw_text(&self, text: &str, (x, y): (f64, f64), style: TextStyle) -> Result<(), ChartError> {
        let TextStyle { size_css_px, color: c, align, baseline, weight, vertical } = style;
        let bold = weight == Weight::Bold;
        let style = if bold { FontStyle::Bold } else { FontStyle::Normal };
        let h = match align {
            Align::Left => HPos::Left,
            Align::Center => HPos::Center,
            Align::Right => HPos::Right,
        };
        let v = match baseline {
            Baseline::Top => VPos::Top,
            Baseline::Middle => VPos::Center,
            Baseline::Bottom => VPos::Bottom,
        };
        let rgb = color(c);
        let font = FontDesc::new(FontFamily::Name(FONT_FAMILY), self.px(size_css_px), style);
        let font = if vertical { font.transform(FontTransform::Rotate270) } else { font };
        let text_style = font.color(&rgb).pos(Pos::new(h, v));
        self.area.text(text, (x.round() as i32, y.round() as i32), text_style)
    }

    /// Width of `text` at `size_css`, in device pixels.
    pub fn text_width(&self, text: &str, size_css: f64, bold: bool) -> f64 {
        self.px(self.measure.width_css(text, size_css, bold))
    }

    /// Width of `text` at `size_css`, in CSS pixels.
    pub fn text_width_css(&self, text: &str, size_css: f64, bold: bool) -> f64 {
        self.measure.width_css(text, size_css, bold)
    }

    /// `text` shortened with an ellipsis to fit `max_width_css`.
    pub fn fit(&self, text: &str, size_css: f64, max_width_css: f64, bold: bool) -> String {
        fit_text_with(self.measure, text, size_css, max_width_css, bold)
    }
}

/// Estimated width of a string in CSS pixels, from typical advance widths of sans-serif fonts.
pub fn text_width_css(text: &str, size_css: f64) -> f64 {
    let ems: f64 = text
        .chars()
        .map(|c| match c {
            c if is_wide(c) => 1.0,
            ' ' | '.' | ',' | ':' | ';' | '\'' | 'i' | 'l' | 'j' | '|' | '!' => 0.3,
            '0'..='9' => 0.57,
            'm' | 'w' | 'M' | 'W' => 0.85,
            c if c.is_ascii_uppercase() => 0.66,
            _ => 0.53,
        })
        .sum();
    ems * size_css
}

/// CJK ideographs, kana, hangul and full-width forms take a full em.
fn is_wide(c: char) -> bool {
    matches!(u32::from(c),
        0x1100..=0x11FF | 0x2E80..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF00..=0xFF60)
}

/// `fit_text_with` the estimate.
pub fn fit_text(text: &str, size_css: f64, max_width_css: f64) -> String {
    fit_text_with(&EstimatedText, text, size_css, max_width_css, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_characters_count_a_full_em() {
        assert_eq!(text_width_css("中国", 10.0), 20.0);
        assert!(text_width_css("China", 10.0) < 30.0);
        assert!(text_width_css("한국", 10.0) > text_width_css("KR", 10.0));
    }

    #[test]
    fn long_labels_are_shortened_with_an_ellipsis() {
        let fitted = fit_text("Textiles and Clothing", 12.0, 60.0);
        assert!(fitted.ends_with('…'));
        assert!(text_width_css(&fitted, 12.0) <= 60.0);
        assert_eq!(fit_text("Wood", 12.0, 60.0), "Wood");
    }
}
