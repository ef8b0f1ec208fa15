//! Every view, in every language, built from the real embedded data.

#![cfg(not(target_arch = "wasm32"))]

mod alt_text;
mod editorial;
mod pinned_notes;
mod working;
mod working_between;

use cjk_trade_widget::charts::ChartSpec;
use cjk_trade_widget::data::{embedded, Classification, Iso3};
use cjk_trade_widget::i18n::Locale;
use cjk_trade_widget::i18n::TextGroup;
use cjk_trade_widget::state::{series_key, Action, AppState, View};
use cjk_trade_widget::views::{self, complementarity, ViewModel};

fn model(view: View, locale: Locale, year: Option<u16>) -> ViewModel {
    let mut state = AppState::default().apply(Action::ShowView(view)).apply(Action::SetLocale(locale));
    if let Some(year) = year {
        state = state.apply(Action::SetYear(year));
    }
    views::build(embedded().unwrap(), &state)
}

#[test]
fn every_view_and_locale_is_complete_and_has_no_unfilled_placeholder() {
    for locale in Locale::ALL {
        for view in View::ALL.into_iter().filter(|v| *v != View::Parks) {
            let m = model(view, locale, None);
            let mut texts = vec![m.title.clone(), m.takeaway.clone(), m.source.clone()];
            assert!(!m.panels.is_empty(), "{view:?}");
            for panel in &m.panels {
                texts.extend([panel.title.clone(), panel.description.clone(), panel.table.caption.clone()]);
                texts.extend(panel.notes.iter().cloned());
                texts.extend(panel.hint.iter().cloned());
                assert!(
                    panel.chart.is_some() || !panel.cards.is_empty() || !panel.table.rows.is_empty(),
                    "{}",
                    panel.key
                );
                for row in &panel.table.rows {
                    assert_eq!(row.len(), panel.table.columns.len(), "{} table", panel.key);
                }
            }
            for text in texts {
                assert!(!text.contains('{') && !text.contains('}'), "{locale:?} {view:?}: {text}");
                assert!(!text.is_empty() || view == View::Article, "{locale:?} {view:?} has an empty text");
            }
            assert!(!m.source.is_empty(), "every view names its source");
        }
    }
}

#[test]
fn complementarity_uses_oec_years_and_the_six_pairs() {
    let m = model(View::Complementarity, Locale::En, Some(2015));
    assert_eq!(m.years, (2010..=2018).collect::<Vec<_>>());
    assert_eq!(m.year, Some(2015));
    let Some(ChartSpec::Line(lines)) = &m.panels[0].chart else { panic!("line chart") };
    assert_eq!(lines.series.len(), 6);
    assert!(lines.series.iter().any(|s| s.label == "China → Japan"));
    // 2018 CHN->JPN TCI, the value the indices CLI prints.
    let table = &m.panels[0].table;
    let row_2018 = table.rows.iter().find(|r| r[0] == "2018").unwrap();
    let column = table.columns.iter().position(|c| c == "China → Japan").unwrap();
    assert_eq!(row_2018[column], "61.20");
    assert!(m.takeaway.starts_with("In 2015,"), "{}", m.takeaway);
}

#[test]
fn a_year_outside_the_view_is_clamped_not_invented() {
    assert_eq!(model(View::Complementarity, Locale::En, Some(1995)).year, Some(2010));
    assert_eq!(model(View::Advantage, Locale::En, Some(1995)).year, Some(1995));
    assert_eq!(model(View::Division, Locale::En, Some(2019)).year, Some(2018));
}

#[test]
fn selecting_a_heatmap_cell_adds_that_pairs_line() {
    let ds = embedded().unwrap();
    let state = AppState::default();
    let m = views::build(ds, &state);
    let vietnam = cjk_trade_widget::data::RCEP_MEMBERS.iter().position(|c| c.as_str() == "VNM").unwrap();
    let china = cjk_trade_widget::data::RCEP_MEMBERS.iter().position(|c| *c == Iso3::CHN).unwrap();
    let target = cjk_trade_widget::charts::HitTarget { row: vietnam, col: china };
    let action = views::on_select(&state, complementarity::HEATMAP, target).expect("an action");
    let state = state.apply(action);
    let m2 = views::build(ds, &state);
    let Some(ChartSpec::Line(lines)) = &m2.panels[0].chart else { panic!() };
    assert_eq!(lines.series.len(), 7);
    assert!(lines.series.iter().any(|s| s.label == "Vietnam → China" && s.emphasized));
    assert_ne!(m.panels[1], m2.panels[1], "the heatmap marks the selected cell");
}

#[test]
fn hidden_series_leave_the_chart_but_stay_in_the_legend_and_table() {
    let state = AppState::default().apply(Action::ToggleSeries(series_key(complementarity::LINES, "CHN>JPN")));
    let m = views::build(embedded().unwrap(), &state);
    let Some(ChartSpec::Line(lines)) = &m.panels[0].chart else { panic!() };
    assert_eq!(lines.series.len(), 5);
    assert!(m.panels[0].legend.iter().any(|l| l.label == "China → Japan" && l.hidden));
    assert_eq!(m.panels[0].table.columns.len(), 7);
}

#[test]
fn advantage_counts_and_gradient_come_from_the_data() {
    let m = model(View::Advantage, Locale::En, Some(2019));
    assert!(m.takeaway.contains("China had a comparative advantage"), "{}", m.takeaway);
    assert!(m.takeaway.contains("Machinery and electrical"), "{}", m.takeaway);
    let Some(ChartSpec::Heatmap(heatmap)) = &m.panels[0].chart else { panic!() };
    assert_eq!(heatmap.row_labels.len(), 16);
    assert_eq!(heatmap.col_labels, ["China", "Japan", "South Korea"]);
    // China's WITS data start in 1992: no cells for 1990, shown as missing.
    let old = model(View::Advantage, Locale::En, Some(1990));
    let Some(ChartSpec::Heatmap(h)) = &old.panels[0].chart else { panic!() };
    assert!(matches!(h.cells[0][0], cjk_trade_widget::charts::heatmap::Cell::Missing(_)));
    assert!(matches!(h.cells[0][1], cjk_trade_widget::charts::heatmap::Cell::Value { .. }));
}

#[test]
fn competition_switches_classification() {
    let state = AppState::default().apply(Action::ShowView(View::Competition));
    let wits = views::build(embedded().unwrap(), &state);
    assert_eq!(wits.years.first(), Some(&1988));
    let oec = views::build(embedded().unwrap(), &state.apply(Action::SetEsiClassification(Classification::HsSection)));
    assert_eq!(oec.years, (2010..=2018).collect::<Vec<_>>());
    let Some(ChartSpec::StackedShares(stacked)) = &oec.panels[1].chart else { panic!() };
    assert_eq!(stacked.segment_labels.len(), 21);
}

#[test]
fn ties_keep_gaps_where_wits_has_no_partner_row() {
    let m = model(View::Ties, Locale::En, None);
    let Some(ChartSpec::Line(totals)) = &m.panels[0].chart else { panic!() };
    let japan_to_china = totals.series.iter().find(|s| s.label == "Japan → China").unwrap();
    // Japan's file lists China as a top-5 export partner only from 1996.
    assert_eq!(japan_to_china.values[0], None);
    assert!(japan_to_china.values.last().unwrap().is_some());
}

#[test]
fn article_figures_keep_qualifiers_and_cite_both_sources() {
    let m = model(View::Article, Locale::En, None);
    let semis = panel(&m, views::article::SEMICONDUCTORS);
    let Some(ChartSpec::Bars(bars)) = &semis.chart else { panic!() };
    assert_eq!(bars.bars.iter().map(|b| b.value).collect::<Vec<_>>(), [32.0, 24.0, 9.0, 8.0, 58.0]);
    assert!(semis.notes.iter().any(|n| n.contains("131%")));
    assert!(semis.notes.iter().any(|n| n.contains("Lu Xinhong") && n.contains("Source named in the article")));
    // Every source is named once, however the figures are ordered.
    let citation = semis.notes.iter().find(|n| n.contains("Source named in the article")).unwrap();
    assert_eq!(citation.matches("not named").count(), 1, "{citation}");
    let sectors = panel(&m, views::article::SECTORS);
    let Some(ChartSpec::Bars(changes)) = &sectors.chart else { panic!() };
    assert!(changes.bars.iter().all(|b| b.value_text.starts_with('+') || b.value_text.starts_with('−')));
    let all = panel(&m, views::article::ALL_FIGURES);
    assert_eq!(all.table.rows.len(), 50, "the shared file's 44 figures and the 6 it left out");
    assert!(all.table.rows.iter().any(|r| r[1] == "about 70%"));
    // Each figure's whole qualifier, and no period the article does not give.
    assert!(all.table.rows.iter().any(|r| r[1] == "about 50% (slight downward trend)"));
    assert!(all.table.rows.iter().any(|r| r[1] == "around 42% (about 4 percentage points below pre-COVID-19 levels)"));
    assert!(all.table.rows.iter().all(|r| !r[2].contains("announced 2021") && !r[2].contains("from 2022")));
    for value in ["2060", "2050", "100%", "2 positions"] {
        assert!(all.table.rows.iter().any(|r| r[1] == value), "{value}");
    }
}

#[test]
fn the_article_is_checked_against_the_atlas_where_the_data_can() {
    let m = model(View::Article, Locale::En, None);
    let checks = panel(&m, views::article::CHECKS);
    let Some(ChartSpec::Bars(bars)) = &checks.chart else { panic!() };
    // The example: 40.3% of Japan's exports to China in 2020 and 53.9% of Korea's, against
    // the article's "approximately 50%".
    let data = |label: &str| bars.bars.iter().find(|b| b.label.starts_with(label)).map(|b| b.value_text.clone());
    assert_eq!(data("Japan → China · data 2020").as_deref(), Some("40.3%"));
    assert_eq!(data("South Korea → China · data 2020").as_deref(), Some("53.9%"));
    assert_eq!(data("Japan → China · article §2.4.2").as_deref(), Some("about 50%"));
    // Every check carries a note; the ones the data cannot make say why.
    assert!(checks.table.rows.iter().all(|r| !r[3].is_empty()));
    assert_eq!(checks.table.rows.iter().filter(|r| r[3].starts_with("Not checkable")).count(), 6);
    let pre_covid = checks.table.rows.iter().find(|r| r[3].contains("Before COVID-19")).unwrap();
    assert!(pre_covid[0] == "China → South Korea", "{pre_covid:?}");
}

/// The panels each view builds are exactly the ones a single-chart embed can ask for.
#[test]
fn every_view_builds_exactly_its_embeddable_panels() {
    for view in View::ALL.into_iter().filter(|v| *v != View::Parks) {
        let m = model(view, Locale::En, None);
        let keys: Vec<&str> = m.panels.iter().map(|p| p.key).collect();
        assert_eq!(keys, view.panel_keys(), "{view:?}");
    }
}

/// The TCI lines explain the 2015 jump with figures from the data: mineral products' share of
/// Japan's imports (OEC section 5), 35.9% in 2014 and 23.7% in 2015, in every language.
#[test]
fn the_tci_lines_explain_the_2015_oil_price_fall_with_the_data() {
    for locale in Locale::ALL {
        let m = model(View::Complementarity, locale, None);
        let lines = m.panels.iter().find(|p| p.key == complementarity::LINES).unwrap();
        let note = lines.notes.iter().find(|n| n.contains("2015")).unwrap_or_else(|| panic!("{locale:?}: no note"));
        assert!(note.contains("35.9") && note.contains("23.7") && note.contains("2014"), "{locale:?}: {note}");
    }
}

/// TCI and ESI count a section OEC leaves out as zero, and their method notes say so.
#[test]
fn the_method_notes_say_that_absent_sections_count_as_zero() {
    let t = Locale::En.texts();
    let tci = model(View::Complementarity, Locale::En, None);
    assert!(tci.method.caveats.iter().any(|c| c == t.oec_caveat_absent_zero));
    let esi = model(View::Competition, Locale::En, None);
    let esi_texts = cjk_trade_widget::views::competition::texts::CompetitionTexts::of(Locale::En);
    assert!(esi.method.caveats.iter().any(|c| c == esi_texts.wits_caveat_groups_zero));
}

fn between(flow: (Iso3, Iso3), year: u16) -> ViewModel {
    let state = AppState::default()
        .apply(Action::ShowView(View::Between))
        .apply(Action::SelectFlow(flow.0, flow.1))
        .apply(Action::SetYear(year));
    views::build(embedded().unwrap(), &state)
}

fn panel<'a>(m: &'a ViewModel, key: &str) -> &'a views::Panel {
    m.panels.iter().find(|p| p.key == key).unwrap_or_else(|| panic!("no panel {key}"))
}

#[test]
fn between_the_three_checks_the_article_machinery_share_and_ranks_chapters() {
    use cjk_trade_widget::views::between;
    let m = between((Iso3::JPN, Iso3::CHN), 2020);
    assert_eq!((m.years.first(), m.years.last(), m.year), (Some(&2010), Some(&2020), Some(2020)));
    // PROVENANCE.md: chapters 84 + 85 were 40.3% of Japan's exports to China in 2020.
    assert!(m.takeaway.contains("85 Electrical machinery and equipment (20.9% of it)"), "{}", m.takeaway);
    assert!(m.takeaway.contains("made up 40.3%"), "{}", m.takeaway);
    let top = panel(&m, between::TOP);
    let Some(ChartSpec::Bars(bars)) = &top.chart else { panic!("the top chapters are bars") };
    assert_eq!(bars.bars.len(), 10);
    assert!(bars.bars.windows(2).all(|w| w[0].value >= w[1].value), "largest first");
    assert_eq!(top.table.rows.len(), 10, "the table holds exactly the bars");
    // Beside each chapter's share of exports to China, its share of Japan's exports to the world
    // (the CLI's export_share JPN WLD 85 for 2020: 17.229540).
    let electrical = top.table.rows.iter().find(|r| r[0].starts_with("85 ")).unwrap();
    assert_eq!(electrical[1..], ["20.9".to_string(), "17.2".to_string()]);
    // GL by chapter sorted from the highest; TSC from the net-export end; both in range.
    let Some(ChartSpec::Bars(gl)) = &panel(&m, between::GL_CHAPTERS).chart else { panic!() };
    assert!(gl.bars.windows(2).all(|w| w[0].value >= w[1].value));
    assert!(gl.bars.iter().all(|b| (0.0..=1.0).contains(&b.value)));
    let Some(ChartSpec::DivergingBars(tsc)) = &panel(&m, between::TSC).chart else { panic!() };
    let values: Vec<f64> = tsc.values.iter().map(|v| v[0].unwrap()).collect();
    assert!(values.windows(2).all(|w| w[0] >= w[1]) && values.iter().all(|v| (-1.0..=1.0).contains(v)));
    // The same chapters from the other side: every TSC changes sign.
    let back = between((Iso3::CHN, Iso3::JPN), 2020);
    let Some(ChartSpec::DivergingBars(tsc_back)) = &panel(&back, between::TSC).chart else { panic!() };
    for (category, value) in tsc.categories.iter().zip(&values) {
        let k = tsc_back.categories.iter().position(|c| c == category).unwrap();
        assert!((tsc_back.values[k][0].unwrap() + value).abs() < 1e-12, "{category}");
    }
}

#[test]
fn between_the_three_shows_both_reports_month_by_month_and_the_classification_effect_on_tci() {
    use cjk_trade_widget::views::between;
    let m = between((Iso3::JPN, Iso3::CHN), 2018);
    let Some(ChartSpec::Line(monthly)) = &panel(&m, between::MONTHLY).chart else { panic!() };
    assert_eq!((monthly.first_year, monthly.last_year, monthly.periods_per_year), (2011, 2020, 12));
    assert_eq!(monthly.series.len(), 4, "two directions, each as both sides report it");
    assert!(monthly.series.iter().all(|s| s.values.len() == 120));
    assert_eq!(panel(&m, between::MONTHLY).table.rows[0][0], "2011-01");
    // Chapter-level TCI is lower than section-level TCI wherever both exist (finer products).
    let Some(ChartSpec::Line(tci)) = &panel(&m, between::TCI).chart else { panic!() };
    let (chapters, sections) = (&tci.series[0].values, &tci.series[1].values);
    let both: Vec<(f64, f64)> = chapters.iter().zip(sections).filter_map(|(c, s)| Some(((*c)?, (*s)?))).collect();
    assert_eq!(both.len(), 9, "OEC covers 2010-2018");
    assert!(both.iter().all(|(c, s)| c < s), "{both:?}");
    assert_eq!(sections[9..], [None, None], "no OEC value is invented for 2019-2020");
}

#[test]
fn value_chains_split_each_direction_into_inputs_and_final_goods() {
    use cjk_trade_widget::views::chains;
    let state = AppState::default()
        .apply(Action::ShowView(View::ValueChains))
        .apply(Action::SelectFlow(Iso3::KOR, Iso3::CHN))
        .apply(Action::SetYear(2019));
    let m = views::build(embedded().unwrap(), &state);
    assert_eq!((m.years.first(), m.years.last(), m.year), (Some(&1995), Some(&2011), Some(2011)), "clamped to WIOD");
    let Some(ChartSpec::Line(lines)) = &panel(&m, chains::LINES).chart else { panic!() };
    assert_eq!(lines.series.len(), 6);
    assert!(lines.series.iter().flat_map(|s| s.values.iter().flatten()).all(|v| (0.0..=100.0).contains(v)));
    assert!(lines.series.iter().all(|s| s.values.iter().all(Option::is_some)), "WIOD has every year");
    let industries = panel(&m, chains::INDUSTRIES);
    let Some(ChartSpec::Bars(bars)) = &industries.chart else { panic!() };
    assert!(bars.bars.len() <= 16 && bars.bars.len() >= 14, "the goods industries with trade");
    assert!(bars.bars.windows(2).all(|w| w[0].value >= w[1].value));
    assert_eq!(industries.table.rows.len(), bars.bars.len());
    assert!(m.takeaway.starts_with("In 2011, ") && m.takeaway.contains("South Korea → China"), "{}", m.takeaway);
}

#[test]
fn sums_of_dollars_are_in_each_languages_unit_in_charts_and_tooltips() {
    let values = |locale| {
        let m = model(View::Ties, locale, None);
        let Some(ChartSpec::Line(chart)) = &panel(&m, views::ties::TOTALS).chart else { panic!() };
        chart.series[0].values.clone()
    };
    let (english, chinese) = (values(Locale::En), values(Locale::Zh));
    for (bn, yi) in english.iter().zip(&chinese).filter_map(|(a, b)| Some(((*a)?, (*b)?))) {
        assert!((yi - 10.0 * bn).abs() < 1e-9, "1 bn = 10 亿: {bn} {yi}");
    }
    let m = model(View::Competition, Locale::Zh, None);
    let Some(ChartSpec::StackedShares(stacked)) = &panel(&m, views::competition::STACKED).chart else { panic!() };
    assert_eq!((stacked.value_format.prefix.as_str(), stacked.value_format.suffix.as_str()), ("", "亿美元"));
    assert!(!stacked.value_format.format(1234.5).contains("US$"));
}

#[test]
fn every_chart_tells_a_screen_reader_its_span_and_extremes() {
    for locale in Locale::ALL {
        let t = locale.texts();
        let extremes_start = t.chart_extremes.split('{').next().unwrap();
        let span_start = t.chart_span.split('{').next().unwrap();
        for view in View::ALL.into_iter().filter(|v| *v != View::Parks) {
            for panel in model(view, locale, None).panels.iter().filter(|p| p.chart.is_some()) {
                let said = views::describe::accessible_description(locale, panel);
                assert!(said.starts_with(&panel.description), "{locale:?} {}", panel.key);
                assert!(said.contains(extremes_start), "{locale:?} {}: {said}", panel.key);
                if matches!(panel.chart, Some(ChartSpec::Line(_))) {
                    assert!(said.contains(span_start), "{locale:?} {}: {said}", panel.key);
                }
                assert!(!said.contains('{') && !said.contains("NaN"), "{said}");
            }
        }
    }
    // The TCI lines: `indices --index tci` gives 52.121837 (China → Japan, 2012) as the lowest of the
    // six directions and 75.172206 (South Korea → China, 2010) as the highest.
    let tci = model(View::Complementarity, Locale::En, None);
    let said = views::describe::accessible_description(Locale::En, panel(&tci, complementarity::LINES));
    assert!(said.contains(" Data for 2010–2018. "), "{said}");
    assert!(
        said.ends_with("Lowest value 52.12 (China → Japan, 2012); highest 75.17 (South Korea → China, 2010)."),
        "{said}"
    );
}

/// A panel's chart drawn as SVG at `size_css` (light theme, estimated text widths).
fn panel_svg(panel: &views::Panel, size_css: (u32, u32)) -> String {
    use cjk_trade_widget::charts::painter::EstimatedText;
    use cjk_trade_widget::charts::{self, Theme};
    use plotters::prelude::{IntoDrawingArea, SVGBackend};
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, size_css).into_drawing_area();
        charts::draw(&area, panel.chart.as_ref().expect("a chart"), 1.0, Theme::Light, None, &EstimatedText)
            .expect("drawing succeeds");
    }
    svg
}

#[test]
fn each_article_card_names_its_source_in_the_readers_language() {
    for (locale, prefix) in [(Locale::En, "Source named in the article: "), (Locale::Zh, "文章注明的来源: ")] {
        let m = model(View::Article, locale, None);
        let cards: Vec<&views::StatCard> = m.panels.iter().flat_map(|p| p.cards.iter()).collect();
        assert!(!cards.is_empty(), "the article view shows its figures as cards");
        for card in cards {
            let named = card.source.strip_prefix(prefix).unwrap_or_else(|| panic!("{locale:?}: {}", card.source));
            assert!(!named.trim().is_empty(), "{locale:?}: a card without its source: {}", card.source);
        }
    }
}
