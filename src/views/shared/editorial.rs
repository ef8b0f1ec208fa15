//! PURE. A journalist's choices (`state::editorial`) in the views. The headline and description
//! take the place of the widget's own words in an embed: the chart's title (or the view's, for a
//! whole-view embed) and the takeaway; the description also comes first in the chart's accessible
//! description. The full widget keeps its own words. The highlight greys the other bars here, the
//! other lines in `line_panel` and the other cells of a heatmap through [`heatmap_highlight`].
//! A note with a year is pinned to a line (`line_panel`), one without to a bar (here) or to the
//! highlighted cell of a heatmap.

use super::{Panel, ViewModel};
use crate::charts::annotation::PinnedNote;
use crate::charts::heatmap::{HeatmapFocus, HeatmapHighlight};
use crate::charts::HitTarget;
use crate::charts::{palette, ChartSpec};
use crate::state::{AppState, Editorial};

/// The model as the reader sees it: the highlighted bars in their colour and the others grey
/// (everywhere), and the journalist's words in place of the widget's (in an embed).
pub fn apply(model: &mut ViewModel, state: &AppState) {
    for panel in &mut model.panels {
        highlight_bars(panel, &state.editorial);
    }
    let editorial = &state.editorial;
    if !state.embed || (editorial.headline.is_none() && editorial.description.is_none()) {
        return;
    }
    if let Some(description) = &editorial.description {
        model.takeaway = description.clone();
    }
    let single = state.panel.and_then(|key| model.panels.iter_mut().find(|p| p.key == key));
    match single {
        Some(panel) => {
            if let Some(headline) = &editorial.headline {
                panel.title = headline.clone();
            }
            if let Some(description) = &editorial.description {
                panel.description = format!("{description} {}", panel.description);
            }
        }
        None => {
            if let Some(headline) = &editorial.headline {
                model.title = headline.clone();
            }
        }
    }
}

/// A bar chart's highlight and note. The bars, categories or segments whose id (`between-top:85`)
/// a journalist named keep their colour; the others turn grey; a chart none of whose items is
/// named is left as it is. A note without a year is pinned to the first named bar or category,
/// or else the first one.
fn highlight_bars(panel: &mut Panel, editorial: &Editorial) {
    let key = panel.key;
    let named = |id: &str| !id.is_empty() && editorial.highlighted_in(key).any(|named| named == id);
    let pin = |ids: Vec<&String>| {
        let note = editorial.note.as_ref().filter(|note| note.year.is_none() && !note.text.is_empty())?;
        let item = ids.iter().position(|id| named(id)).or((!ids.is_empty()).then_some(0))?;
        Some(PinnedNote { at: HitTarget { row: 0, col: item }, text: note.text.clone() })
    };
    match &mut panel.chart {
        Some(ChartSpec::Bars(chart)) => {
            chart.pin = pin(chart.bars.iter().map(|bar| &bar.id).collect());
            if chart.bars.iter().any(|bar| named(&bar.id)) {
                for bar in chart.bars.iter_mut().filter(|bar| !named(&bar.id)) {
                    bar.color = palette::DE_EMPHASIZED;
                }
            }
        }
        Some(ChartSpec::DivergingBars(chart)) => {
            chart.pin = pin(chart.category_ids.iter().collect());
            if chart.category_ids.iter().any(|id| named(id)) {
                chart.faded = chart.category_ids.iter().map(|id| !named(id)).collect();
            }
        }
        Some(ChartSpec::StackedShares(chart)) if chart.segment_ids.iter().any(|id| named(id)) => {
            for (id, color) in chart.segment_ids.iter().zip(chart.segment_colors.iter_mut()) {
                if !named(id) {
                    *color = palette::DE_EMPHASIZED;
                }
            }
        }
        _ => {}
    }
}

/// A heatmap's ids and what the state's highlight picks among them (see [`heatmap_focus`]).
pub fn heatmap_highlight(
    state: &AppState,
    panel: &str,
    row_ids: Vec<String>,
    col_ids: Vec<String>,
) -> HeatmapHighlight {
    let focus = heatmap_focus(&state.editorial, panel, &row_ids, &col_ids);
    let note = state.editorial.note.as_ref().filter(|note| note.year.is_none()).map(|note| note.text.clone());
    HeatmapHighlight { row_ids, col_ids, focus, note }
}

/// The row, column or cell of a heatmap panel that a journalist highlighted: a key of the panel
/// `row:ID`, `col:ID` or `cell:ROW>COL` (ids as in `row_ids` and `col_ids`). The first such key
/// that names a row or column of the heatmap counts.
pub fn heatmap_focus(
    editorial: &Editorial,
    panel: &str,
    row_ids: &[String],
    col_ids: &[String],
) -> Option<HeatmapFocus> {
    let position = |ids: &[String], id: &str| ids.iter().position(|i| i == id);
    editorial.highlighted_in(panel).find_map(|rest| {
        if let Some(id) = rest.strip_prefix("row:") {
            return position(row_ids, id).map(HeatmapFocus::Row);
        }
        if let Some(id) = rest.strip_prefix("col:") {
            return position(col_ids, id).map(HeatmapFocus::Col);
        }
        let (row, col) = rest.strip_prefix("cell:")?.split_once('>')?;
        Some(HeatmapFocus::Cell(position(row_ids, row)?, position(col_ids, col)?))
    })
}

/// The highlight key of a heatmap's focus (the inverse of [`heatmap_focus`]).
pub fn heatmap_focus_key(panel: &str, row: Option<&str>, col: Option<&str>) -> Option<String> {
    match (row, col) {
        (Some(row), Some(col)) => Some(format!("{panel}:cell:{row}>{col}")),
        (Some(row), None) => Some(format!("{panel}:row:{row}")),
        (None, Some(col)) => Some(format!("{panel}:col:{col}")),
        (None, None) => None,
    }
}
