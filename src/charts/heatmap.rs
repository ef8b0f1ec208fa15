//! Heatmap: a grid of values with labelled rows and columns, a colour legend, emphasised
//! rows/columns (China, Japan, Korea), a selected cell, and distinct marks for missing cells.

use super::annotation::{draw_note, AROUND};
use super::hit::{HitMap, HitRegion, HitTarget, PxRect, Tooltip, TooltipRow};
use super::painter::{Align, Baseline, ChartError, Painter, TextMeasure, TextStyle};
use super::palette::{self, Rgb};
use super::ValueFormat;
use crate::indices::rca::rsca_of;

#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// A value, and a second one the tooltip adds under `Heatmap::secondary_label` (RSCA beside
    /// RCA); the view computes both.
    Value { value: f64, secondary: Option<f64> },
    /// No value; the reason is shown in the tooltip ("no data for 2019").
    Missing(String),
    /// The cell has no meaning (a country paired with itself).
    NotApplicable,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ColorScale {
    /// Light to dark over `[min, max]`.
    Sequential { min: f64, max: f64 },
    /// For RCA: coloured by RSCA = (RCA - 1) / (RCA + 1), white at RCA = 1.
    DivergingAroundOne,
}

impl ColorScale {
    pub fn color(&self, value: f64) -> Rgb {
        match *self {
            ColorScale::Sequential { min, max } => {
                palette::sequential(if max > min { (value - min) / (max - min) } else { 0.5 })
            }
            ColorScale::DivergingAroundOne => palette::diverging(rsca_of(value).unwrap_or(0.0)),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Heatmap {
    pub row_labels: Vec<String>,
    /// Shorter labels (ISO3 codes) used when the long ones do not fit.
    pub row_short_labels: Vec<String>,
    pub col_labels: Vec<String>,
    pub col_short_labels: Vec<String>,
    pub row_emphasis: Vec<bool>,
    pub col_emphasis: Vec<bool>,
    /// `cells[row][col]`.
    pub cells: Vec<Vec<Cell>>,
    pub scale: ColorScale,
    /// Formats values in tooltips (full precision).
    pub value_format: ValueFormat,
    /// Decimals of the value printed inside a cell, where there is room.
    pub cell_decimals: usize,
    /// The name of the value in tooltips ("TCI", "RCA").
    pub value_label: String,
    /// Shown in tooltips for RCA cells: the name of RSCA; `None` for other scales.
    pub secondary_label: Option<String>,
    /// Tooltip title between row and column label, e.g. " → " (exporter to importer).
    pub title_joiner: String,
    pub row_axis_title: String,
    pub col_axis_title: String,
    pub legend_low: String,
    pub legend_high: String,
    pub not_applicable_note: String,
    pub selected: Option<(usize, usize)>,
    pub selectable: bool,
    pub no_data_message: String,
    /// `cell_why[row][col]`: the working key of a cell's value (`state::WhyKey`); empty when
    /// the cells have no working.
    pub cell_why: Vec<Vec<Option<String>>>,
    /// The rows' and columns' ids and what a journalist highlighted (`state::editorial`).
    pub highlight: HeatmapHighlight,
}

/// Each row's and column's id in links (`CHN`, or a WITS group's number), and the row, column or
/// cell a journalist highlighted: the other cells are drawn faded.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct HeatmapHighlight {
    pub row_ids: Vec<String>,
    pub col_ids: Vec<String>,
    pub focus: Option<HeatmapFocus>,
    /// A journalist's note, pinned to the highlighted cell (drawn only when a cell is).
    pub note: Option<String>,
}

/// What a journalist highlighted in a heatmap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeatmapFocus {
    Row(usize),
    Col(usize),
    Cell(usize, usize),
}

impl HeatmapFocus {
    /// Whether the cell at `(row, col)` is highlighted.
    pub fn contains(self, row: usize, col: usize) -> bool {
        match self {
            HeatmapFocus::Row(r) => r == row,
            HeatmapFocus::Col(c) => c == col,
            HeatmapFocus::Cell(r, c) => (r, c) == (row, col),
        }
    }
}

/// How far a cell outside the highlight moves towards the background.
const FADED_SHARE: f64 = 0.78;

impl Heatmap {
    /// Whether every per-row and per-column list matches the cells' shape, so that drawing
    /// can index them. A model that is not is refused with an error, never drawn half.
    pub fn is_well_formed(&self) -> bool {
        let rows = self.cells.len();
        let cols = self.col_labels.len();
        [self.row_labels.len(), self.row_short_labels.len(), self.row_emphasis.len()].iter().all(|n| *n == rows)
            && [self.col_short_labels.len(), self.col_emphasis.len()].iter().all(|n| *n == cols)
            && self.cells.iter().all(|row| row.len() == cols)
            && self.selected.is_none_or(|(r, c)| r < rows && c < cols)
    }
}

const FONT_CSS_PX: f64 = 11.5;
/// The smallest font a cell's value is written in; below it the cells show colour only.
const MIN_VALUE_FONT_CSS_PX: f64 = 8.5;
const LEGEND_HEIGHT_CSS: f64 = 52.0;

/// Cell and label sizes for a canvas width, in CSS pixels.
struct Layout {
    row_label_width: f64,
    use_short_rows: bool,
    use_short_cols: bool,
    /// Column labels turned upright because even the short ones are wider than a cell.
    vertical_cols: bool,
    cell_width: f64,
    cell_height: f64,
    header_height: f64,
}

impl Heatmap {
    fn layout(&self, width_css: f64, measure: &dyn TextMeasure) -> Layout {
        let cols = self.col_labels.len().max(1) as f64;
        let widest = |labels: &[String], bold: bool| {
            labels.iter().map(|l| measure.width_css(l, FONT_CSS_PX, bold)).fold(0.0, f64::max)
        };
        let long_rows = widest(&self.row_labels, true) + 14.0;
        let use_short_rows = long_rows > width_css * 0.4;
        let row_label_width = if use_short_rows { widest(&self.row_short_labels, true) + 14.0 } else { long_rows };
        // Wide enough to fill the row, but no wider than a comfortable cell.
        let cell_width = ((width_css - row_label_width - 4.0) / cols).clamp(8.0, 120.0);
        let use_short_cols = widest(&self.col_labels, true) + 6.0 > cell_width;
        let short_width = widest(&self.col_short_labels, true);
        let vertical_cols = use_short_cols && short_width + 4.0 > cell_width;
        let cell_height = (cell_width * 0.72).clamp(18.0, 34.0);
        // The head is as tall as upright labels need even when they lie flat: its height then does
        // not jump at the width where they turn, which follows the labels' measured widths (the
        // prerendered picture, drawn with estimated widths, would turn at another width and be
        // taller or shorter than the app's chart there).
        let header_height = (short_width + 26.0).max(36.0);
        Layout {
            row_label_width,
            use_short_rows,
            use_short_cols,
            vertical_cols,
            cell_width,
            cell_height,
            header_height,
        }
    }

    pub fn preferred_height_css(&self, width_css: f64, measure: &dyn TextMeasure) -> f64 {
        let layout = self.layout(width_css, measure);
        layout.header_height + layout.cell_height * self.row_labels.len() as f64 + LEGEND_HEIGHT_CSS + 8.0
    }

    fn has_values(&self) -> bool {
        self.cells.iter().flatten().any(|c| matches!(c, Cell::Value { .. }))
    }
}

/// Draws the heatmap, `highlight` being the cell under the reader's pointer or focus (row-major
/// index), and returns its hit map: (1) axis titles and column labels, (2) each row's label and
/// cells, (3) outlines, (4) the colour legend.
pub fn draw(p: &Painter, map: &Heatmap, highlight: Option<usize>) -> Result<HitMap, ChartError> {
    if !map.has_values() {
        super::draw_no_data(p, &map.no_data_message)?;
        return Ok(HitMap::default());
    }
    let (width_css, _) = p.size_css();
    let grid = Grid::new(p, map.layout(width_css, p.measure));
    p.clear(palette::WHITE)?;
    draw_column_labels(p, map, &grid)?;
    let regions = draw_rows(p, map, &grid)?;
    draw_outlines(p, map, &grid, highlight)?;
    draw_cell_note(p, map, &grid)?;
    draw_legend(p, map, grid.y0 + grid.cell_height * map.row_labels.len() as f64 + p.px(12.0), grid.x0)?;
    Ok(HitMap { regions })
}

/// The grid in device pixels: where the cells start and their size.
struct Grid {
    layout: Layout,
    x0: f64,
    y0: f64,
    cell_width: f64,
    cell_height: f64,
}

impl Grid {
    fn new(p: &Painter, layout: Layout) -> Grid {
        let (x0, y0) = (p.px(layout.row_label_width), p.px(layout.header_height));
        let (cell_width, cell_height) = (p.px(layout.cell_width), p.px(layout.cell_height));
        Grid { layout, x0, y0, cell_width, cell_height }
    }

    /// The cell at row `r`, column `c`: (left, top, right, bottom).
    fn cell_rect(&self, r: usize, c: usize) -> (f64, f64, f64, f64) {
        let (x0, y0, cw, ch) = (self.x0, self.y0, self.cell_width, self.cell_height);
        (x0 + cw * c as f64, y0 + ch * r as f64, x0 + cw * (c + 1) as f64, y0 + ch * (r + 1) as f64)
    }
}

/// The axis titles and the column labels (turned upright where the columns are narrow).
fn draw_column_labels(p: &Painter, map: &Heatmap, grid: &Grid) -> Result<(), ChartError> {
    let (layout, x0, y0, cw) = (&grid.layout, grid.x0, grid.y0, grid.cell_width);
    p.text(
        &map.col_axis_title,
        (x0, p.px(1.0)),
        TextStyle::new(FONT_CSS_PX, palette::MUTED, Align::Left, Baseline::Top),
    )?;
    p.text(
        &map.row_axis_title,
        (p.px(2.0), p.px(1.0)),
        TextStyle::new(FONT_CSS_PX, palette::MUTED, Align::Left, Baseline::Top),
    )?;
    for c in 0..map.col_labels.len() {
        let label = if layout.use_short_cols { &map.col_short_labels[c] } else { &map.col_labels[c] };
        let emphasis = map.col_emphasis.get(c).copied().unwrap_or(false);
        let color = if emphasis { palette::INK } else { palette::MUTED };
        if layout.vertical_cols {
            p.text(
                label,
                (x0 + cw * (c as f64 + 0.5), y0 - p.px(4.0)),
                TextStyle::new(FONT_CSS_PX, color, Align::Left, Baseline::Middle).bold_if(emphasis).vertical(),
            )?;
        } else {
            let label = p.fit(label, FONT_CSS_PX, layout.cell_width - 2.0, emphasis);
            p.text(
                &label,
                (x0 + cw * (c as f64 + 0.5), y0 - p.px(3.0)),
                TextStyle::new(FONT_CSS_PX, color, Align::Center, Baseline::Bottom).bold_if(emphasis),
            )?;
        }
    }
    Ok(())
}

/// Each row's label, then its cells; returns the cells' hit regions.
fn draw_rows(p: &Painter, map: &Heatmap, grid: &Grid) -> Result<Vec<HitRegion>, ChartError> {
    let (layout, x0, y0, ch) = (&grid.layout, grid.x0, grid.y0, grid.cell_height);
    let (cols, rows) = (map.col_labels.len(), map.row_labels.len());
    let mut regions = Vec::with_capacity(rows * cols);
    let value_font = value_font_css(p, map, layout);
    for r in 0..rows {
        let emphasis = map.row_emphasis.get(r).copied().unwrap_or(false);
        let label = if layout.use_short_rows { &map.row_short_labels[r] } else { &map.row_labels[r] };
        let label = p.fit(label, FONT_CSS_PX, layout.row_label_width - 8.0, emphasis);
        let color = if emphasis { palette::INK } else { palette::MUTED };
        p.text(
            &label,
            (x0 - p.px(6.0), y0 + ch * (r as f64 + 0.5)),
            TextStyle::new(FONT_CSS_PX, color, Align::Right, Baseline::Middle).bold_if(emphasis),
        )?;
        for c in 0..cols {
            let rect = grid.cell_rect(r, c);
            let cell = &map.cells[r][c];
            let faded = map.highlight.focus.is_some_and(|focus| !focus.contains(r, c));
            draw_cell(p, map, cell, rect, value_font, faded)?;
            regions.push(cell_region(map, r, c, cell, rect));
        }
    }
    Ok(regions)
}

/// The journalist's note on the highlighted cell, on a card inside the grid (every place near a
/// cell covers cells), its leader line from the cell's top edge, which leaves the value readable.
fn draw_cell_note(p: &Painter, map: &Heatmap, grid: &Grid) -> Result<(), ChartError> {
    let (Some(HeatmapFocus::Cell(r, c)), Some(text)) = (map.highlight.focus, &map.highlight.note) else {
        return Ok(());
    };
    if r >= map.row_labels.len() || c >= map.col_labels.len() || text.is_empty() {
        return Ok(());
    }
    let (x0, y0, x1, _) = grid.cell_rect(r, c);
    let bottom = grid.cell_rect(map.row_labels.len() - 1, c).3;
    let plot = (0.0, grid.y0, p.size_px().0, bottom);
    // Every place in the grid covers cells.
    draw_note(p, text, ((x0 + x1) / 2.0, y0), plot, &AROUND, &|_| 1.0)
}

/// Outlines: pairs among emphasised rows and columns, then the hovered cell, then the selected
/// one on top.
fn draw_outlines(p: &Painter, map: &Heatmap, grid: &Grid, highlight: Option<usize>) -> Result<(), ChartError> {
    let (cols, rows) = (map.col_labels.len(), map.row_labels.len());
    for r in 0..rows {
        for c in 0..cols {
            if map.row_emphasis.get(r).copied().unwrap_or(false)
                && map.col_emphasis.get(c).copied().unwrap_or(false)
                && map.cells[r][c] != Cell::NotApplicable
            {
                let (a, b, e, d) = grid.cell_rect(r, c);
                p.stroke_rect(a + p.px(1.0), b + p.px(1.0), e - p.px(1.0), d - p.px(1.0), palette::INK, 1.0)?;
            }
        }
    }
    let hovered = highlight.map(|i| (i / cols.max(1), i % cols.max(1)));
    if let Some((r, c)) = hovered.filter(|(r, c)| *r < rows && *c < cols) {
        let (a, b, e, d) = grid.cell_rect(r, c);
        p.stroke_rect(a, b, e, d, palette::INK, 2.0)?;
    }
    if let Some((r, c)) = map.selected.filter(|(r, c)| *r < rows && *c < cols) {
        let (a, b, e, d) = grid.cell_rect(r, c);
        p.stroke_rect(a - p.px(1.0), b - p.px(1.0), e + p.px(1.0), d + p.px(1.0), palette::INK, 3.0)?;
    }
    Ok(())
}

/// The font size (CSS px) at which every cell's value fits its cell: the chart's size less one,
/// shrunk for narrow cells down to [`MIN_VALUE_FONT_CSS_PX`]. `None` when even that does not fit,
/// and the values are then only in the tooltips and the table.
fn value_font_css(p: &Painter, map: &Heatmap, layout: &Layout) -> Option<f64> {
    let size = FONT_CSS_PX - 1.0;
    let widest = map
        .cells
        .iter()
        .flatten()
        .filter_map(|cell| match cell {
            Cell::Value { value: v, .. } => {
                Some(p.text_width_css(&map.value_format.numbers.format(*v, map.cell_decimals), size, false))
            }
            _ => None,
        })
        .fold(0.0, f64::max);
    let fitted = if widest > 0.0 { (size * (layout.cell_width - 3.0) / widest).min(size) } else { size };
    (fitted >= MIN_VALUE_FONT_CSS_PX && layout.cell_height >= fitted + 4.0).then_some(fitted)
}

fn draw_cell(
    p: &Painter,
    map: &Heatmap,
    cell: &Cell,
    rect: (f64, f64, f64, f64),
    value_font: Option<f64>,
    faded: bool,
) -> Result<(), ChartError> {
    let (x0, y0, x1, y1) = rect;
    let gap = p.px(1.0);
    match cell {
        Cell::Value { value: v, .. } => {
            let fill = map.scale.color(*v);
            // Faded towards the theme's background, so that it recedes in both themes.
            let fill = if faded { fill.mix(p.theme.background(), FADED_SHARE) } else { fill };
            p.fill_rect(x0 + gap, y0 + gap, x1 - gap, y1 - gap, fill)?;
            let text = map.value_format.numbers.format(*v, map.cell_decimals);
            if let Some(size) = value_font {
                p.text_on_fill(&text, (x0 + x1) / 2.0, (y0 + y1) / 2.0, size, fill)?;
            }
        }
        Cell::Missing(_) => {
            p.fill_rect(x0 + gap, y0 + gap, x1 - gap, y1 - gap, palette::MISSING)?;
            // Diagonal hatching, so a missing cell never reads as a low value. Each stroke runs
            // from the top or right edge to the left or bottom edge of the inner cell.
            let (left, top, w, h) = (x0 + gap, y0 + gap, x1 - x0 - 2.0 * gap, y1 - y0 - 2.0 * gap);
            let step = p.px(6.0);
            let mut t = step;
            while t < w + h {
                let start = (left + t.min(w), top + (t - w).max(0.0));
                let end = (left + (t - h).max(0.0), top + t.min(h));
                p.line(&[start, end], palette::MISSING_HATCH, 1.0)?;
                t += step;
            }
        }
        Cell::NotApplicable => {
            p.line(&[(x0 + p.px(4.0), (y0 + y1) / 2.0), (x1 - p.px(4.0), (y0 + y1) / 2.0)], palette::GRID, 1.0)?;
        }
    }
    Ok(())
}

fn cell_region(map: &Heatmap, r: usize, c: usize, cell: &Cell, rect: (f64, f64, f64, f64)) -> HitRegion {
    let (x0, y0, x1, y1) = rect;
    let title = if map.title_joiner.is_empty() {
        format!("{} · {}", map.row_labels[r], map.col_labels[c])
    } else {
        format!("{}{}{}", map.row_labels[r], map.title_joiner, map.col_labels[c])
    };
    let (rows, note) = match cell {
        Cell::Value { value: v, secondary } => {
            let mut rows = vec![TooltipRow {
                why: map.cell_why.get(r).and_then(|row| row.get(c)).cloned().flatten(),
                swatch: Some(map.scale.color(*v)),
                label: map.value_label.clone(),
                value: map.value_format.format(*v),
            }];
            if let (Some(label), Some(secondary)) = (&map.secondary_label, secondary) {
                rows.push(TooltipRow {
                    why: None,
                    swatch: None,
                    label: label.clone(),
                    value: map.value_format.numbers.format(*secondary, map.value_format.decimals),
                });
            }
            (rows, None)
        }
        Cell::Missing(reason) => (Vec::new(), Some(reason.clone())),
        Cell::NotApplicable => (Vec::new(), Some(map.not_applicable_note.clone())),
    };
    HitRegion {
        rect: PxRect { x0: x0.floor() as i32, y0: y0.floor() as i32, x1: x1.ceil() as i32, y1: y1.ceil() as i32 },
        anchor: (((x0 + x1) / 2.0).round() as i32, y0.round() as i32),
        target: HitTarget { row: r, col: c },
        tooltip: Tooltip { title, rows, note },
        selectable: map.selectable && matches!(cell, Cell::Value { .. }),
    }
}

fn draw_legend(p: &Painter, map: &Heatmap, top: f64, grid_left: f64) -> Result<(), ChartError> {
    let (width, _) = p.size_px();
    // Under the grid where there is room; from the left edge on a narrow screen.
    let left = if (width - grid_left) / p.pixel_ratio < 220.0 { p.px(4.0) } else { grid_left };
    let bar_width = (width - left - p.px(8.0)).min(p.px(260.0));
    let bar_height = p.px(10.0);
    let steps = 48;
    for i in 0..steps {
        let t = i as f64 / (steps - 1) as f64;
        let color = match map.scale {
            ColorScale::Sequential { .. } => palette::sequential(t),
            ColorScale::DivergingAroundOne => palette::diverging(t * 2.0 - 1.0),
        };
        let x = left + bar_width * i as f64 / steps as f64;
        p.fill_rect(x, top, x + bar_width / steps as f64 + 1.0, top + bar_height, color)?;
    }
    let (low_value, mid, high_value) = match map.scale {
        ColorScale::Sequential { min, max } => (
            map.value_format.numbers.format(min, map.cell_decimals),
            None,
            map.value_format.numbers.format(max, map.cell_decimals),
        ),
        ColorScale::DivergingAroundOne => ("0".to_string(), Some("1".to_string()), "∞".to_string()),
    };
    // Numbers under the bar's ends (and centre), the words on the line below, each kept to
    // half the bar so that they never run into each other on a narrow screen.
    let numbers_y = top + bar_height + p.px(3.0);
    let words_y = numbers_y + p.px(FONT_CSS_PX + 1.0);
    let small = FONT_CSS_PX - 1.0;
    p.text(&low_value, (left, numbers_y), TextStyle::new(small, palette::MUTED, Align::Left, Baseline::Top))?;
    p.text(
        &high_value,
        (left + bar_width, numbers_y),
        TextStyle::new(small, palette::MUTED, Align::Right, Baseline::Top),
    )?;
    if let Some(mid) = mid {
        p.text(
            &mid,
            (left + bar_width / 2.0, numbers_y),
            TextStyle::new(small, palette::MUTED, Align::Center, Baseline::Top),
        )?;
    }
    let half_css = bar_width / p.pixel_ratio / 2.0 - 4.0;
    let low = p.fit(&map.legend_low, small, half_css, false);
    let high = p.fit(&map.legend_high, small, half_css, false);
    p.text(&low, (left, words_y), TextStyle::new(small, palette::MUTED, Align::Left, Baseline::Top))?;
    p.text(&high, (left + bar_width, words_y), TextStyle::new(small, palette::MUTED, Align::Right, Baseline::Top))
}
