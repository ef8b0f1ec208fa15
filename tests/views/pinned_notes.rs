//! A journalist's highlight and note in bar charts and heatmaps (`views::editorial`): diverging
//! bars grey the categories not named, stacked bars the segments; a note without a year is
//! pinned to the first named bar (or the first bar), or to the highlighted cell, drawn where it
//! covers no bar, and read in the chart's alt text.

use cjk_trade_widget::charts::painter::{EstimatedText, TextMeasure};
use cjk_trade_widget::charts::{palette, ChartSpec};
use cjk_trade_widget::data::embedded;
use cjk_trade_widget::i18n::Locale;
use cjk_trade_widget::state::editorial::{Editorial, Note};
use cjk_trade_widget::state::{AppState, View};
use cjk_trade_widget::views::{self, describe, editorial, Panel};

fn panel_with(view: View, key: &str, highlight: &[&str], note: Option<Note>) -> Panel {
    let state = AppState {
        view,
        editorial: Editorial {
            highlight: highlight.iter().map(|k| k.to_string()).collect(),
            note,
            ..Editorial::default()
        },
        ..AppState::default()
    };
    let mut model = views::build(embedded().unwrap(), &state);
    editorial::apply(&mut model, &state);
    model.panels.into_iter().find(|p| p.key == key).expect("the panel")
}

fn pinned(text: &str) -> Option<Note> {
    Some(Note { year: None, text: text.into() })
}

/// The panel's chart as SVG at `width_css`, at the height it asks for there.
fn svg_of(panel: &Panel, width_css: u32) -> String {
    let chart = panel.chart.as_ref().unwrap();
    let height_css = chart.preferred_height_css(f64::from(width_css), &EstimatedText).round() as u32;
    super::panel_svg(panel, (width_css, height_css))
}

/// A number attribute of an SVG element's text (`x="12.5"`).
fn attribute(element: &str, name: &str) -> Option<f64> {
    element.split(&format!(" {name}=\"")).nth(1)?.split('"').next()?.parse().ok()
}

/// The filled rectangles of an SVG in a colour: (left, top, right, bottom).
fn rects_in(svg: &str, color: palette::Rgb) -> Vec<(f64, f64, f64, f64)> {
    let fill = format!("fill=\"#{:02X}{:02X}{:02X}\"", color.0, color.1, color.2);
    svg.split("<rect")
        .skip(1)
        .filter(|rect| rect.split('>').next().is_some_and(|head| head.contains(&fill)))
        .filter_map(|rect| {
            let (x, y) = (attribute(rect, "x")?, attribute(rect, "y")?);
            Some((x, y, x + attribute(rect, "width")?, y + attribute(rect, "height")?))
        })
        .collect()
}

/// Where the note's text is drawn (its centre, for it is centred), from its last drawing.
fn note_centre(svg: &str, text: &str) -> (f64, f64) {
    let element =
        svg.split("<text").filter(|t| t.contains(&format!(">\n{text}\n<"))).last().expect("the note is drawn");
    (attribute(element, "x").unwrap(), attribute(element, "y").unwrap())
}

#[test]
fn diverging_bars_grey_the_categories_not_named_and_pin_the_note_to_the_named_one() {
    let panel = panel_with(View::Division, "tsc-bars", &["tsc-bars:16"], pinned("Machines"));
    let Some(ChartSpec::DivergingBars(chart)) = &panel.chart else { panic!("diverging bars") };
    let section_16 = chart.category_ids.iter().position(|id| id == "16").expect("HS section XVI");
    assert_eq!(chart.faded.iter().filter(|faded| !**faded).count(), 1);
    assert!(!chart.faded[section_16]);
    assert_eq!(chart.pin.as_ref().map(|pin| pin.at.col), Some(section_16));
    let svg = svg_of(&panel, 900);
    assert!(svg.contains("\nMachines\n"));
    assert!(!rects_in(&svg, palette::DE_EMPHASIZED).is_empty(), "the other sections are grey");
    let alt = describe::accessible_description(Locale::En, &panel);
    assert!(alt.contains(&format!("Annotated at {}: Machines.", chart.categories[section_16])), "{alt}");

    // The bilateral TSC bars name HS chapters.
    let panel = panel_with(View::Between, "between-tsc", &["between-tsc:85"], None);
    let Some(ChartSpec::DivergingBars(chart)) = &panel.chart else { panic!("diverging bars") };
    let chapter_85 = chart.category_ids.iter().position(|id| id == "85").expect("chapter 85");
    assert_eq!(chart.faded.iter().enumerate().filter(|(_, f)| !**f).map(|(i, _)| i).collect::<Vec<_>>(), [chapter_85]);
}

#[test]
fn stacked_bars_grey_the_segments_not_named() {
    let plain = panel_with(View::Competition, "esi-stacked", &[], None);
    let Some(ChartSpec::StackedShares(before)) = &plain.chart else { panic!("stacked shares") };
    let named = before.segment_ids[3].clone();
    let panel = panel_with(View::Competition, "esi-stacked", &[&format!("esi-stacked:{named}")], None);
    let Some(ChartSpec::StackedShares(after)) = &panel.chart else { panic!("stacked shares") };
    assert_eq!(after.segment_colors[3], before.segment_colors[3]);
    assert!(after.segment_colors.iter().enumerate().all(|(i, c)| i == 3 || *c == palette::DE_EMPHASIZED));
    assert_eq!(after.bars, before.bars, "the same bars and values");
}

#[test]
fn a_bar_note_goes_to_the_first_named_bar_or_the_first_bar_and_covers_no_bar() {
    let first = panel_with(View::Between, "between-top", &[], pinned("Phones and chips"));
    let Some(ChartSpec::Bars(chart)) = &first.chart else { panic!("bars") };
    assert_eq!(chart.pin.as_ref().map(|pin| pin.at.col), Some(0));

    let panel = panel_with(View::Between, "between-top", &["between-top:85"], pinned("Phones and chips"));
    let Some(ChartSpec::Bars(chart)) = &panel.chart else { panic!("bars") };
    let chapter_85 = chart.bars.iter().position(|bar| bar.id == "85").expect("chapter 85");
    assert_eq!(chart.pin.as_ref().map(|pin| pin.at.col), Some(chapter_85));
    let bar_color = chart.bars[chapter_85].color;
    for width_css in [343_u32, 900] {
        let svg = svg_of(&panel, width_css);
        let (x, y) = note_centre(&svg, "Phones and chips");
        let half_width = EstimatedText.width_css("Phones and chips", 12.0, true) / 2.0;
        let note = (x - half_width, y - 6.0, x + half_width, y + 6.0);
        let bars: Vec<_> =
            rects_in(&svg, palette::DE_EMPHASIZED).into_iter().chain(rects_in(&svg, bar_color)).collect();
        assert_eq!(bars.len(), chart.bars.len(), "every bar found at {width_css} px");
        let covered = bars.iter().filter(|b| b.0 < note.2 && note.0 < b.2 && b.1 < note.3 && note.1 < b.3).count();
        assert_eq!(covered, 0, "the note {note:?} covers a bar at {width_css} px");
    }
    let alt = describe::accessible_description(Locale::En, &panel);
    assert!(alt.contains(&format!("Annotated at {}: Phones and chips.", chart.bars[chapter_85].label)), "{alt}");
}

#[test]
fn a_heatmap_note_is_drawn_on_the_highlighted_cell_only() {
    let cell = panel_with(View::Complementarity, "tci-heatmap", &["tci-heatmap:cell:CHN>KOR"], pinned("FTA, 2015"));
    assert!(svg_of(&cell, 640).contains("\nFTA, 2015\n"));
    let alt = describe::accessible_description(Locale::En, &cell);
    assert!(alt.contains("Annotated at China → South Korea: FTA, 2015."), "{alt}");
    let row = panel_with(View::Complementarity, "tci-heatmap", &["tci-heatmap:row:CHN"], pinned("FTA, 2015"));
    assert!(!svg_of(&row, 640).contains("FTA, 2015"), "a row has no one place for it");
}

#[test]
fn a_note_with_a_year_belongs_to_lines_and_one_without_to_bars() {
    let year_note = Some(Note { year: Some(2015), text: "FTA".into() });
    let bars = panel_with(View::Between, "between-top", &[], year_note);
    let Some(ChartSpec::Bars(chart)) = &bars.chart else { panic!("bars") };
    assert_eq!(chart.pin, None);
    let lines = panel_with(View::Complementarity, "tci-lines", &[], pinned("FTA"));
    let Some(ChartSpec::Line(line)) = &lines.chart else { panic!("lines") };
    assert_eq!(line.annotation, None);
}
