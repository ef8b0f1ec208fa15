//! Every chart of every view drawn to plotters' SVG backend: the right series and labels, hit
//! maps that cover the data, sharp scaling at 2x, and "no data" handling. The SVGs are also
//! written to target/chart-svg/ to be looked at.

use cjk_trade_widget::charts::heatmap::{Cell, ColorScale, Heatmap};
use cjk_trade_widget::charts::line::{LineChart, LineSeries, Marker, YDomain};
use cjk_trade_widget::charts::{self, palette, ChartSpec, EstimatedText, HitMap, TextMeasure, Theme, ValueFormat};
use cjk_trade_widget::data::embedded;
use cjk_trade_widget::i18n::{Locale, NumberStyle};
use cjk_trade_widget::state::{Action, AppState, View};
use cjk_trade_widget::views;
use plotters::prelude::{IntoDrawingArea, SVGBackend};

/// Draws a chart at a CSS width and pixel ratio; returns the SVG text and the hit map.
fn render(spec: &ChartSpec, width_css: u32, pixel_ratio: f64) -> (String, HitMap) {
    render_measured(spec, width_css, pixel_ratio, &EstimatedText)
}

/// [`render`] with text measured by `measure`.
fn render_measured(spec: &ChartSpec, width_css: u32, pixel_ratio: f64, measure: &dyn TextMeasure) -> (String, HitMap) {
    let height_css = spec.preferred_height_css(f64::from(width_css), measure).round() as u32;
    let size = ((f64::from(width_css) * pixel_ratio) as u32, (f64::from(height_css) * pixel_ratio) as u32);
    let mut svg = String::new();
    let hit_map = {
        let area = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        charts::draw(&area, spec, pixel_ratio, Theme::Light, None, measure).expect("drawing succeeds")
    };
    (svg, hit_map)
}

fn save(name: &str, svg: &str) {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("../chart-svg");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(format!("{name}.svg")), svg).unwrap();
}

#[test]
fn every_chart_of_every_view_draws_with_its_labels() {
    let ds = embedded().unwrap();
    for view in View::ALL.into_iter().filter(|v| *v != View::Parks) {
        let state = AppState::default().apply(Action::ShowView(view));
        for panel in views::build(ds, &state).panels {
            let Some(spec) = &panel.chart else { continue };
            for (width, ratio) in [(900, 1.0), (320, 2.0)] {
                let (svg, hit_map) = render(spec, width, ratio);
                save(&format!("{}-{width}", panel.key), &svg);
                assert!(!hit_map.regions.is_empty(), "{} at {width}px has no hit regions", panel.key);
                match spec {
                    ChartSpec::Line(chart) => {
                        assert_eq!(hit_map.regions.len(), chart.point_count());
                        if width >= 420 {
                            for series in &chart.series {
                                assert!(svg.contains(&series.label), "{}: label {}", panel.key, series.label);
                            }
                        }
                        assert!(svg.contains(&chart.y_label.replace('&', "&amp;")), "{}: axis title", panel.key);
                    }
                    ChartSpec::Heatmap(map) => {
                        assert_eq!(hit_map.regions.len(), map.row_labels.len() * map.col_labels.len());
                        assert!(svg.contains(&map.col_axis_title), "{}", panel.key);
                    }
                    ChartSpec::Bars(chart) => {
                        for bar in &chart.bars {
                            assert!(svg.contains(&bar.value_text), "{}: {}", panel.key, bar.value_text);
                        }
                    }
                    ChartSpec::StackedShares(chart) => {
                        // One region per visible segment; each complete bar's segments add up to
                        // its whole (less only slivers under half a pixel, which are not drawn).
                        assert!(hit_map.regions.len() <= chart.bars.len() * chart.segment_labels.len());
                        for (b, bar) in chart.bars.iter().enumerate() {
                            assert!(svg.contains(&bar.label), "{}: {}", panel.key, bar.label);
                            if bar.values.iter().any(Option::is_none) {
                                assert!(
                                    hit_map.regions.iter().all(|r| r.target.row != b),
                                    "{}: a bar without shares",
                                    panel.key
                                );
                                continue;
                            }
                            let shown_percent: f64 = hit_map
                                .regions
                                .iter()
                                .filter(|r| r.target.row == b)
                                .map(|r| r.tooltip.rows[0].value.trim_end_matches('%').parse::<f64>().unwrap())
                                .sum();
                            assert!(
                                (98.0..=100.5).contains(&shown_percent),
                                "{}: {} adds up to {shown_percent}%",
                                panel.key,
                                bar.label
                            );
                        }
                    }
                    ChartSpec::DivergingBars(chart) => {
                        // One region per category, titled by it; both direction labels drawn.
                        assert_eq!(hit_map.regions.len(), chart.categories.len(), "{}", panel.key);
                        for (region, category) in hit_map.regions.iter().zip(&chart.categories) {
                            assert_eq!(&region.tooltip.title, category, "{}", panel.key);
                        }
                        assert!(svg.contains(&chart.negative_label.replace('&', "&amp;")), "{}", panel.key);
                        assert!(svg.contains(&chart.positive_label.replace('&', "&amp;")), "{}", panel.key);
                    }
                }
                // Every region lies inside the canvas.
                let (w, _) = ((f64::from(width) * ratio) as i32, 0);
                assert!(hit_map.regions.iter().all(|r| r.rect.x0 >= -1 && r.rect.x1 <= w + 1), "{}", panel.key);
            }
        }
    }
}

#[test]
fn chinese_japanese_and_korean_labels_reach_the_svg() {
    let ds = embedded().unwrap();
    for (locale, label) in [(Locale::Zh, "中国 → 日本"), (Locale::Ja, "中国 → 日本"), (Locale::Ko, "중국 → 일본")]
    {
        let state = AppState::default().apply(Action::SetLocale(locale));
        let model = views::build(ds, &state);
        let (svg, _) = render(model.panels[0].chart.as_ref().unwrap(), 900, 1.0);
        assert!(svg.contains(label), "{locale:?}");
        save(&format!("tci-lines-{}", locale.code()), &svg);
    }
}

fn line_chart(values: Vec<Option<f64>>) -> LineChart {
    LineChart {
        first_year: 2010,
        last_year: 2010 + values.len() as u16 - 1,
        periods_per_year: 1,
        series: vec![LineSeries {
            why: None,
            label: "A → B".into(),
            color: palette::CHINA,
            dashed: false,
            marker: Marker::Circle,
            values,
            emphasized: false,
        }],
        y_domain: YDomain::Auto { include_zero: false },
        y_label: "TCI".into(),
        reference: None,
        value_format: ValueFormat::plain(NumberStyle::default(), 2),
        no_data_message: "No data for these years".into(),
        missing_label: "no data".into(),
        annotation: None,
    }
}

#[test]
fn no_data_is_a_message_not_an_empty_or_broken_chart() {
    let (svg, hit_map) = render(&ChartSpec::Line(line_chart(vec![None, None, None])), 600, 1.0);
    assert!(svg.contains("No data for these years"));
    assert!(hit_map.regions.is_empty());
    let heatmap = Heatmap {
        highlight: Default::default(),
        row_labels: vec!["A".into()],
        row_short_labels: vec!["A".into()],
        col_labels: vec!["B".into()],
        col_short_labels: vec!["B".into()],
        row_emphasis: vec![false],
        col_emphasis: vec![false],
        cells: vec![vec![Cell::Missing("no source".into())]],
        scale: ColorScale::Sequential { min: 0.0, max: 100.0 },
        value_format: ValueFormat::plain(NumberStyle::default(), 2),
        cell_decimals: 0,
        value_label: "TCI".into(),
        secondary_label: None,
        title_joiner: " → ".into(),
        row_axis_title: String::new(),
        col_axis_title: String::new(),
        legend_low: String::new(),
        legend_high: String::new(),
        not_applicable_note: String::new(),
        selected: None,
        selectable: true,
        no_data_message: "No data for 2019".into(),
        cell_why: Vec::new(),
    };
    let (svg, _) = render(&ChartSpec::Heatmap(heatmap), 400, 1.0);
    assert!(svg.contains("No data for 2019"));
}

#[test]
fn gaps_stay_gaps_and_tooltips_say_no_data() {
    let chart = line_chart(vec![Some(50.0), None, Some(60.0), Some(62.0)]);
    let (svg, hit_map) = render(&ChartSpec::Line(chart), 600, 1.0);
    // Two runs: the isolated first point and the 2012-2013 segment, never a line across 2011.
    let series_paths = svg.lines().filter(|l| l.starts_with("<polyline") && l.contains("stroke=\"#D55E00\"")).count();
    assert_eq!(series_paths, 2, "{svg}");
    assert_eq!(hit_map.regions[1].tooltip.rows[0].value, "no data");
    assert_eq!(hit_map.regions[2].tooltip.rows[0].value, "60.00");
    assert_eq!(hit_map.regions[2].tooltip.title, "2012");
}

#[test]
fn a_zero_sized_canvas_draws_nothing_and_does_not_fail() {
    let mut svg = String::new();
    let area = SVGBackend::with_string(&mut svg, (0, 0)).into_drawing_area();
    let hit_map =
        charts::draw(&area, &ChartSpec::Line(line_chart(vec![Some(1.0)])), 2.0, Theme::Light, None, &EstimatedText)
            .unwrap();
    assert!(hit_map.regions.is_empty());
}

#[test]
fn sizes_scale_with_the_pixel_ratio() {
    let chart = ChartSpec::Line(line_chart(vec![Some(50.0), Some(55.0), Some(60.0)]));
    let (_, one) = render(&chart, 500, 1.0);
    let (_, three) = render(&chart, 500, 3.0);
    let width = |m: &HitMap| m.regions[1].rect.x1 - m.regions[1].rect.x0;
    assert!((width(&three) - 3 * width(&one)).abs() <= 3, "{} vs {}", width(&three), width(&one));
}

/// Each horizontal `<text>` of an SVG as (left, right, text) in pixels, its width estimated the
/// way the charts estimate it natively. Rotated labels (with a `transform`) are left out.
fn text_extents(svg: &str, measure: &dyn TextMeasure) -> Vec<(f64, f64, String)> {
    let attribute = |tag: &str, name: &str| -> Option<String> {
        let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(tag[start..].split('"').next()?.to_string())
    };
    let mut extents = Vec::new();
    for piece in svg.split("<text").skip(1) {
        let Some((tag, rest)) = piece.split_once('>') else { continue };
        if tag.contains("transform") {
            continue;
        }
        let text = rest.split("</text>").next().unwrap_or("").trim().to_string();
        let x: f64 = attribute(tag, "x").and_then(|v| v.parse().ok()).expect("text x");
        let size: f64 = attribute(tag, "font-size").and_then(|v| v.parse().ok()).expect("font size");
        let bold = attribute(tag, "font-weight").is_some_and(|w| w == "bold");
        let width = measure.width_css(&text, size, bold);
        let (left, right) = match attribute(tag, "text-anchor").as_deref() {
            Some("middle") => (x - width / 2.0, x + width / 2.0),
            Some("end") => (x - width, x),
            _ => (x, x + width),
        };
        extents.push((left, right, text));
    }
    extents
}

/// A font a quarter wider than the estimate, as a reader's system font can be.
struct WideFont;

impl TextMeasure for WideFont {
    fn width_css(&self, text: &str, size_css: f64, bold: bool) -> f64 {
        EstimatedText.width_css(text, size_css, bold) * 1.25
    }
}

/// Labels are laid out by measuring them, so none is clipped whatever the reader's font.
#[test]
fn no_label_runs_off_the_canvas() {
    let ds = embedded().unwrap();
    for view in View::ALL.into_iter().filter(|v| *v != View::Parks) {
        let state = AppState::default().apply(Action::ShowView(view));
        for panel in views::build(ds, &state).panels {
            let Some(spec) = &panel.chart else { continue };
            for (width, ratio) in [(900, 1.0), (375, 2.0), (320, 2.0)] {
                let (svg, _) = render_measured(spec, width, ratio, &WideFont);
                let canvas_px = f64::from(width) * ratio;
                for (left, right, text) in text_extents(&svg, &WideFont) {
                    assert!(
                        left >= -1.0 && right <= canvas_px + 1.0,
                        "{} at {width} px: {text:?} spans {left:.0}..{right:.0} of 0..{canvas_px}",
                        panel.key
                    );
                }
            }
        }
    }
}

/// At a phone's width less a 12 px classic scrollbar (Firefox: 354 px of canvas), the RCEP
/// heatmap still writes every value in its cell, in a smaller font.
#[test]
fn the_rcep_heatmap_writes_its_values_on_a_narrow_phone() {
    let ds = embedded().unwrap();
    let state = AppState::default().apply(Action::ShowView(View::Complementarity));
    let panel = views::build(ds, &state).panels.into_iter().find(|p| p.key == "tci-heatmap").unwrap();
    let Some(ChartSpec::Heatmap(map)) = &panel.chart else { panic!("the TCI panel is a heatmap") };
    let values = map.cells.iter().flatten().filter(|c| matches!(c, Cell::Value { .. })).count();
    for width in [354, 366, 900] {
        let (svg, _) = render_measured(panel.chart.as_ref().unwrap(), width, 2.0, &WideFont);
        let written = text_extents(&svg, &WideFont).iter().filter(|(_, _, t)| t.parse::<f64>().is_ok()).count();
        // Every value cell, plus the legend's numbers (0 and 100).
        assert!(written >= values, "{width} px: {written} numbers written for {values} values");
    }
}

/// Every chart of every view, as the downloadable figure: the title, the takeaway and the source
/// are drawn in, around the chart, within the figure's height.
#[test]
fn every_chart_draws_as_a_downloadable_figure() {
    use cjk_trade_widget::charts::figure::{draw_figure, figure_height_css};
    use cjk_trade_widget::views::export;
    let ds = embedded().unwrap();
    for locale in [Locale::En, Locale::Zh] {
        for view in View::ALL.into_iter().filter(|v| *v != View::Parks) {
            let state = AppState::default().apply(Action::ShowView(view)).apply(Action::SetLocale(locale));
            let model = views::build(ds, &state);
            for panel in &model.panels {
                let Some(figure) = export::figure(panel, &model.takeaway, &model.source, "CJK trade widget") else {
                    continue;
                };
                let width_css = 640.0;
                let height_css = figure_height_css(&figure, width_css, &EstimatedText);
                assert!(
                    height_css > figure.chart.preferred_height_css(width_css - 32.0, &EstimatedText),
                    "{}",
                    panel.key
                );
                let mut svg = String::new();
                {
                    let area = SVGBackend::with_string(&mut svg, (640, height_css as u32)).into_drawing_area();
                    draw_figure(&area, &figure, 1.0, Theme::Light, &EstimatedText).unwrap();
                }
                // The title's first letters (before any character SVG would escape).
                let first_word =
                    |text: &str| text.chars().take_while(|c| c.is_alphanumeric()).take(5).collect::<String>();
                assert!(svg.contains(&first_word(&panel.title)), "{}: title", panel.key);
                assert!(svg.contains("CJK trade widget"), "{}: credit", panel.key);
                if locale == Locale::En {
                    save(&format!("figure-{}", panel.key), &svg);
                }
            }
        }
    }
}

/// A chart model whose lists disagree in length is refused with an error, not a panic.
#[test]
fn malformed_models_are_refused_not_drawn() {
    use cjk_trade_widget::charts::bars::{DivergingBars, StackedBar, StackedShares};
    let ds = embedded().unwrap();
    let m = views::build(ds, &AppState::default());
    let Some(ChartSpec::Heatmap(mut heatmap)) = m.panels[1].chart.clone() else { panic!("the TCI heatmap") };
    heatmap.cells[3].pop();
    let stacked = StackedShares {
        bars: vec![StackedBar {
            label: "A".into(),
            color: palette::CHINA,
            values: vec![Some(1.0)],
            shares: Some(vec![1.0]),
            missing_note: String::new(),
        }],
        segment_labels: vec!["x".into(), "y".into()],
        segment_colors: Vec::new(),
        segment_ids: Vec::new(),
        value_format: ValueFormat::plain(NumberStyle::default(), 1),
        share_label: String::new(),
        value_label: String::new(),
        no_data_message: String::new(),
    };
    let diverging = DivergingBars {
        categories: vec!["a".into(), "b".into()],
        groups: vec![("g".into(), palette::JAPAN)],
        values: vec![vec![Some(0.5)]],
        domain: (-1.0, 1.0),
        negative_label: String::new(),
        positive_label: String::new(),
        value_format: ValueFormat::plain(NumberStyle::default(), 1),
        missing_label: String::new(),
        no_data_message: String::new(),
        why: Vec::new(),
        category_ids: Vec::new(),
        faded: Vec::new(),
        pin: None,
    };
    for spec in [ChartSpec::Heatmap(heatmap), ChartSpec::StackedShares(stacked), ChartSpec::DivergingBars(diverging)] {
        let mut svg = String::new();
        let area = SVGBackend::with_string(&mut svg, (400, 300)).into_drawing_area();
        assert!(charts::draw(&area, &spec, 1.0, Theme::Light, None, &EstimatedText).is_err());
    }
}

/// The `fill` colours of the SVG's text elements.
/// Each text element's fill and its content.
fn texts_with_fills(svg: &str) -> Vec<(Option<palette::Rgb>, &str)> {
    svg.split("<text")
        .skip(1)
        .map(|element| {
            let (attributes, rest) = element.split_once('>').unwrap_or((element, ""));
            (svg_fill(attributes), rest.split("</text>").next().unwrap_or(""))
        })
        .collect()
}

fn svg_fill(attributes: &str) -> Option<palette::Rgb> {
    let hex = attributes.split("fill=\"#").nth(1)?.get(..6)?;
    let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some(palette::Rgb(channel(0)?, channel(2)?, channel(4)?))
}

#[test]
fn every_chart_draws_in_the_dark_theme_with_readable_text() {
    let ds = embedded().unwrap();
    let background = Theme::Dark.background();
    for view in View::ALL.into_iter().filter(|v| *v != View::Parks) {
        let state = AppState::default().apply(Action::ShowView(view));
        for panel in views::build(ds, &state).panels {
            let Some(spec) = &panel.chart else { continue };
            let height_css = spec.preferred_height_css(640.0, &EstimatedText).round() as u32;
            let mut svg = String::new();
            {
                let area = SVGBackend::with_string(&mut svg, (640, height_css)).into_drawing_area();
                charts::draw(&area, spec, 1.0, Theme::Dark, None, &EstimatedText).unwrap();
            }
            save(&format!("{}-dark", panel.key), &svg);
            let first_rect = svg.split("<rect").nth(1).and_then(svg_fill);
            assert_eq!(first_rect, Some(background), "{}: the background is dark", panel.key);
            assert!(!svg.contains(&palette::INK.hex().to_uppercase()), "{}: light-theme ink on dark", panel.key);
            let texts = texts_with_fills(&svg);
            assert!(texts.iter().any(|(fill, _)| fill.is_some()), "{}", panel.key);
            let readable = |fill: palette::Rgb| fill.contrast(background) >= 4.5;
            for (fill, content) in &texts {
                let Some(fill) = *fill else { continue };
                if fill == background {
                    // Text in the background colour is only the halo under a label, which is
                    // drawn again, readable, on top.
                    let drawn_readable = texts.iter().any(|(f, c)| c == content && f.is_some_and(readable));
                    assert!(drawn_readable, "{}: {content:?} only in the background colour", panel.key);
                } else if fill != palette::BLACK && fill != palette::WHITE {
                    // Black or white is text on a coloured cell or bar, chosen for that fill.
                    assert!(readable(fill), "{}: text {fill:?} on the dark background", panel.key);
                }
            }
        }
    }
}
