//! A journalist's choices (`state::editorial`) in the views: the highlight greys the other lines
//! and puts its own first, the note is pinned to its year and drawn with a leader line, and the
//! headline and description replace the widget's words in an embed only.

use cjk_trade_widget::charts::painter::EstimatedText;
use cjk_trade_widget::charts::{self, palette, ChartSpec, Theme};
use cjk_trade_widget::data::embedded;
use cjk_trade_widget::state::editorial::{Editorial, Note};
use cjk_trade_widget::state::{AppState, View};
use cjk_trade_widget::views::{self, editorial, Panel};
use plotters::prelude::{IntoDrawingArea, SVGBackend};

fn tci_lines(state: &AppState) -> Panel {
    let model = views::build(embedded().unwrap(), state);
    model.panels.into_iter().find(|p| p.key == "tci-lines").expect("the TCI lines")
}

fn highlighted_state() -> AppState {
    AppState {
        view: View::Complementarity,
        editorial: Editorial {
            highlight: ["tci-lines:CHN>KOR".to_string()].into(),
            note: Some(Note { year: 2015, text: "China–Korea FTA signed".into() }),
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
        let mut svg = String::new();
        {
            let area = SVGBackend::with_string(&mut svg, (width_css, height_css)).into_drawing_area();
            charts::draw(&area, panel.chart.as_ref().unwrap(), 1.0, Theme::Light, None, &EstimatedText).unwrap();
        }
        assert!(svg.contains("China–Korea FTA signed"), "the note is drawn at {width_css} px");
    }
}

#[test]
fn a_note_of_a_year_without_values_is_not_drawn() {
    let mut state = highlighted_state();
    state.editorial.note = Some(Note { year: 1988, text: "before the data".into() });
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
