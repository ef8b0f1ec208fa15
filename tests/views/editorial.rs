//! A journalist's choices (`state::editorial`) in the views: the highlight greys the other lines
//! and puts its own first, the note is pinned to its year and drawn with a leader line, and the
//! headline and description replace the widget's words in an embed only.

use cjk_trade_widget::charts::painter::EstimatedText;
use cjk_trade_widget::charts::{palette, ChartSpec};
use cjk_trade_widget::data::embedded;
use cjk_trade_widget::state::editorial::{Editorial, Note};
use cjk_trade_widget::state::{AppState, View};
use cjk_trade_widget::views::{self, editorial, Panel};

fn tci_lines(state: &AppState) -> Panel {
    let model = views::build(embedded().unwrap(), state);
    model.panels.into_iter().find(|p| p.key == "tci-lines").expect("the TCI lines")
}

fn highlighted_state() -> AppState {
    AppState {
        view: View::Complementarity,
        editorial: Editorial {
            highlight: ["tci-lines:CHN>KOR".to_string()].into(),
            note: Some(Note { year: Some(2015), text: "China–Korea FTA signed".into() }),
            ..Editorial::default()
        },
        ..AppState::default()
    }
}

#[test]
fn a_highlight_greys_the_other_lines_and_leads_the_legend_and_table() {
    let plain = tci_lines(&AppState { view: View::Complementarity, ..AppState::default() });
    let panel = tci_lines(&highlighted_state());
    let Some(ChartSpec::Line(line)) = &panel.chart else { panic!("a line chart") };
    let highlighted: Vec<_> = line.series.iter().filter(|s| s.color != palette::DE_EMPHASIZED).collect();
    assert_eq!(highlighted.len(), 1);
    assert!(highlighted[0].emphasized);
    assert_eq!(line.series.len(), 6);
    assert_eq!(panel.legend[0].key, "tci-lines:CHN>KOR");
    assert!(panel.legend[1..].iter().all(|e| e.color == palette::DE_EMPHASIZED));
    assert_eq!(panel.table.columns[1], highlighted[0].label);
    // The same numbers, reordered: the highlighted column's values are the plain chart's.
    let plain_column = plain.table.columns.iter().position(|c| *c == highlighted[0].label).unwrap();
    let plain_values: Vec<&String> = plain.table.rows.iter().map(|r| &r[plain_column]).collect();
    let values: Vec<&String> = panel.table.rows.iter().map(|r| &r[1]).collect();
    assert_eq!(values, plain_values);
}

#[test]
fn a_note_is_pinned_to_its_year_on_the_highlighted_line_and_drawn() {
    let panel = tci_lines(&highlighted_state());
    let Some(ChartSpec::Line(line)) = &panel.chart else { panic!("a line chart") };
    let annotation = line.annotation.as_ref().expect("the note");
    assert_eq!(line.series[annotation.series].label, line.series.iter().find(|s| s.emphasized).unwrap().label);
    assert_eq!(line.point_label(annotation.point), "2015");
    for width_css in [343_u32, 900] {
        let height_css = line.preferred_height_css(f64::from(width_css), &EstimatedText).round() as u32;
        let svg = super::panel_svg(&panel, (width_css, height_css));
        assert!(svg.contains("China–Korea FTA signed"), "the note is drawn at {width_css} px");
    }
}

#[test]
fn a_note_of_a_year_without_values_is_not_drawn() {
    let mut state = highlighted_state();
    state.editorial.note = Some(Note { year: Some(1988), text: "before the data".into() });
    let panel = tci_lines(&state);
    let Some(ChartSpec::Line(line)) = &panel.chart else { panic!("a line chart") };
    assert_eq!(line.annotation, None);
}

#[test]
fn the_headline_and_description_replace_the_widget_s_words_in_an_embed_only() {
    let words = Editorial {
        headline: Some("<script>alert(1)</script>".into()),
        description: Some("Our words.".into()),
        ..Editorial::default()
    };
    let full = AppState { view: View::Complementarity, editorial: words.clone(), ..AppState::default() };
    let mut model = views::build(embedded().unwrap(), &full);
    let before = model.clone();
    editorial::apply(&mut model, &full);
    assert_eq!(model, before, "the full widget keeps its own words");

    let single = AppState { embed: true, panel: Some("tci-lines"), ..full.clone() };
    let mut model = views::build(embedded().unwrap(), &single);
    editorial::apply(&mut model, &single);
    let panel = model.panels.iter().find(|p| p.key == "tci-lines").unwrap();
    assert_eq!(panel.title, "<script>alert(1)</script>");
    assert_eq!(model.takeaway, "Our words.");
    assert!(panel.description.starts_with("Our words. "), "{}", panel.description);

    let whole = AppState { embed: true, ..full };
    let mut model = views::build(embedded().unwrap(), &whole);
    editorial::apply(&mut model, &whole);
    assert_eq!(model.title, "<script>alert(1)</script>");
}

fn heatmap_focus_for(
    view: View,
    key: &str,
    highlight: &str,
) -> Option<cjk_trade_widget::charts::heatmap::HeatmapFocus> {
    let state = AppState {
        view,
        editorial: Editorial { highlight: [highlight.to_string()].into(), ..Editorial::default() },
        ..AppState::default()
    };
    let model = views::build(embedded().unwrap(), &state);
    let panel = model.panels.into_iter().find(|p| p.key == key).expect("the heatmap");
    let Some(ChartSpec::Heatmap(map)) = panel.chart else { panic!("a heatmap") };
    map.highlight.focus
}

#[test]
fn a_heatmap_highlights_a_row_a_column_or_a_cell_by_id() {
    use cjk_trade_widget::charts::heatmap::HeatmapFocus;
    let tci = |key: &str| heatmap_focus_for(View::Complementarity, "tci-heatmap", key);
    let chn = tci("tci-heatmap:row:CHN");
    let Some(HeatmapFocus::Row(row)) = chn else { panic!("{chn:?}") };
    assert_eq!(tci("tci-heatmap:col:CHN"), Some(HeatmapFocus::Col(row)));
    let Some(HeatmapFocus::Cell(r, c)) = tci("tci-heatmap:cell:CHN>KOR") else { panic!("a cell") };
    assert_eq!(r, row);
    assert_ne!(c, row);
    // An id the heatmap has not, or another panel's key, highlights nothing.
    assert_eq!(tci("tci-heatmap:row:USA"), None);
    assert_eq!(tci("rca-heatmap:row:CHN"), None);
    // The RCA heatmap: products (WITS group numbers) by countries.
    assert_eq!(heatmap_focus_for(View::Advantage, "rca-heatmap", "rca-heatmap:row:13"), Some(HeatmapFocus::Row(13)));
    assert!(matches!(
        heatmap_focus_for(View::Advantage, "rca-heatmap", "rca-heatmap:cell:13>KOR"),
        Some(HeatmapFocus::Cell(13, _))
    ));
}

#[test]
fn a_heatmap_s_cells_outside_the_highlight_are_drawn_faded() {
    let draw = |highlight: Option<&str>| {
        let state = AppState {
            view: View::Complementarity,
            editorial: Editorial {
                highlight: highlight.into_iter().map(String::from).collect(),
                ..Editorial::default()
            },
            ..AppState::default()
        };
        let panel =
            views::build(embedded().unwrap(), &state).panels.into_iter().find(|p| p.key == "tci-heatmap").unwrap();
        super::panel_svg(&panel, (640, 640))
    };
    let (plain, focused) = (draw(None), draw(Some("tci-heatmap:row:CHN")));
    assert_ne!(plain, focused);
    // More pale cells: the cells outside China's row move most of the way to white.
    let pale_cells = |svg: &str| {
        svg.split("<rect")
            .skip(1)
            .filter_map(|rect| rect.split("fill=\"#").nth(1))
            .filter(|fill| {
                let channel = |i: usize| u8::from_str_radix(&fill[i..i + 2], 16).unwrap_or(0);
                fill.len() >= 6 && (0..3).all(|k| channel(2 * k) >= 0xc0) && !fill.starts_with("FFFFFF")
            })
            .count()
    };
    assert!(pale_cells(&focused) > pale_cells(&plain) + 100, "{} against {}", pale_cells(&focused), pale_cells(&plain));
}

#[test]
fn a_bar_chart_keeps_the_named_bars_colour_and_greys_the_others() {
    let state = AppState {
        view: View::Between,
        editorial: Editorial { highlight: ["between-top:85".to_string()].into(), ..Editorial::default() },
        ..AppState::default()
    };
    let mut model = views::build(embedded().unwrap(), &state);
    let plain = model.clone();
    editorial::apply(&mut model, &state);
    let bars =
        |model: &views::ViewModel| match model.panels.iter().find(|p| p.key == "between-top").unwrap().chart.clone() {
            Some(ChartSpec::Bars(chart)) => chart.bars,
            other => panic!("{other:?}"),
        };
    let (before, after) = (bars(&plain), bars(&model));
    let chapter_85 =
        after.iter().position(|bar| bar.id == "85").expect("chapter 85 among Japan's largest exports to China");
    assert_eq!(after[chapter_85].color, before[chapter_85].color);
    assert!(after.iter().enumerate().all(|(i, bar)| i == chapter_85 || bar.color == palette::DE_EMPHASIZED));
    // The same bars with the same values, only their colours changed.
    assert_eq!(
        after.iter().map(|b| (&b.id, b.value)).collect::<Vec<_>>(),
        before.iter().map(|b| (&b.id, b.value)).collect::<Vec<_>>()
    );
}
