//! One panel of a view: title, legend toggles, the chart, stat cards, notes and the
//! "Show data table" toggle with the exact numbers behind the chart.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::chart_canvas::ChartCanvas;
use super::downloads::Downloads;
use super::hooks::{use_app_state, use_theme};
use super::styled::StyledSpan;
use crate::charts::line::Marker;
use crate::charts::HitTarget;
use crate::state::Action;
use crate::views::{self, DataTable, LegendEntry, Panel, StatCard};

#[derive(Properties, PartialEq)]
pub struct PanelViewProps {
    pub panel: Rc<Panel>,
    /// Alone in a single-chart embed: the view's title is not shown, so the panel's title is
    /// the page heading (`h2`), and the panel is its own landmark.
    #[prop_or_default]
    pub single: bool,
    /// The view's takeaway and source line, which a downloaded picture or CSV carries.
    #[prop_or_default]
    pub takeaway: AttrValue,
    #[prop_or_default]
    pub source: AttrValue,
    /// The page's first chart (its prerendered picture is inline, `static_picture`).
    #[prop_or_default]
    pub leads: bool,
}

fn marker_symbol(marker: Option<Marker>) -> &'static str {
    match marker {
        Some(Marker::Circle) => "●",
        Some(Marker::Square) => "■",
        Some(Marker::Triangle) => "▲",
        Some(Marker::Diamond) => "◆",
        None => "",
    }
}

/// The panel's legend, with the hint on showing and hiding lines when its entries toggle them.
fn legend_of(panel: &Panel, toggle_hint: &'static str) -> Html {
    if panel.legend.iter().any(|l| l.toggleable) {
        html! { <Legend entries={panel.legend.clone()} hint={AttrValue::from(toggle_hint)} /> }
    } else if !panel.legend.is_empty() {
        html! { <Legend entries={panel.legend.clone()} hint={AttrValue::default()} /> }
    } else {
        html! {}
    }
}

#[component]
pub fn PanelView(props: &PanelViewProps) -> Html {
    let state = use_app_state();
    let t = state.locale.texts();
    let table_open = use_state(|| false);
    let panel = &props.panel;

    let on_select = {
        let state = state.clone();
        let key = panel.key;
        Callback::from(move |target: HitTarget| {
            if let Some(action) = views::on_select(&state, key, target) {
                state.dispatch(action);
            }
        })
    };
    let on_why = super::working::use_open_working();
    let toggle_table = {
        let table_open = table_open.clone();
        Callback::from(move |_| table_open.set(!*table_open))
    };
    let table_id = format!("{}-table", panel.key);
    // The chart's T key opens the table and, once it is drawn, moves the focus into it.
    let focus_table_requests = use_state(|| 0_u32);
    let open_table = {
        let (table_open, focus_table_requests) = (table_open.clone(), focus_table_requests.clone());
        Callback::from(move |()| {
            table_open.set(true);
            focus_table_requests.set(*focus_table_requests + 1);
        })
    };
    use_effect_with((*focus_table_requests, table_id.clone()), |(requests, table_id)| {
        let table = super::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(table_id));
        if let (true, Some(table)) = (*requests > 0, table) {
            let _ = table.dyn_into::<web_sys::HtmlElement>().map(|table| table.focus());
        }
    });
    // A panel with a chart or cards keeps its table behind a toggle; a table alone is shown.
    let has_toggle = panel.chart.is_some() || !panel.cards.is_empty();

    html! {
        <section class="panel" data-panel={panel.key}>
            if !props.single { <h3>{ &panel.title }</h3> }
            { legend_of(panel, t.legend_hint) }
            if let Some(spec) = &panel.chart {
                <ChartCanvas
                    spec={Rc::new(spec.clone())}
                    panel_key={AttrValue::from(panel.key)}
                    description={AttrValue::from(views::describe::accessible_description(state.locale, panel))}
                    keyboard_hint={AttrValue::from(t.chart_keyboard_hint)}
                    error_message={AttrValue::from(t.chart_error)}
                    on_select={on_select}
                    compact={props.single}
                    leads={props.single || props.leads}
                    on_open_table={open_table}
                    on_why={on_why.clone()}
                />
            }
            if !panel.cards.is_empty() {
                <StatCards cards={panel.cards.clone()} />
            }
            { for panel.notes.iter().map(|note| html! { <p class="note">{ note }</p> }) }
            if let (Some(hint), false) = (&panel.hint, props.single) { <p class="note hint">{ hint }</p> }
            if !panel.table.rows.is_empty() {
                // The table toggle and the downloads share one row, so a single-chart embed stays short.
                <div class="panel-actions">
                    if has_toggle {
                        <button class="table-toggle" aria-expanded={(*table_open).to_string()} aria-controls={table_id.clone()} onclick={toggle_table}>
                            { if *table_open { t.hide_table } else { t.show_table } }
                        </button>
                    }
                    <Downloads panel={panel.clone()} takeaway={props.takeaway.clone()} source={props.source.clone()} />
                </div>
                if !has_toggle || *table_open {
                    <TableView id={table_id} table={panel.table.clone()} on_why={Some(on_why)} />
                }
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct StatCardsProps {
    cards: Vec<StatCard>,
}

/// The article's figures as cards, each with its source.
#[component]
fn StatCards(props: &StatCardsProps) -> Html {
    let locale = use_app_state().locale;
    let t = locale.texts();
    html! {
        <ul class="cards">
            { for props.cards.iter().map(|card| html! {
                <li class="card">
                    <span class="card-kicker">{ t.article_reports }</span>
                    <strong class="card-value">{ &card.value }</strong>
                    <span class="card-label">{ &card.label }</span>
                    if let Some(note) = &card.note { <span class="card-note">{ note }</span> }
                    <span class="card-source">{ &card.source }</span>
                </li>
            }) }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
struct LegendProps {
    entries: Vec<LegendEntry>,
    hint: AttrValue,
}

#[component]
fn Legend(props: &LegendProps) -> Html {
    let state = use_app_state();
    // The swatches in the colours the canvas draws in this theme.
    let theme = use_theme();
    html! {
        <div class="legend" role="group" aria-label={props.hint.clone()}>
            if !props.hint.is_empty() { <span class="legend-hint">{ &props.hint }</span> }
            { for props.entries.iter().map(|entry| {
                // A gradient, not a dashed border: engines draw short dashed borders differently
                // (WebKit made them dash-dot). These dashes match the chart's: 5 px on, 4 px off.
                let color = theme.graphic(entry.color).hex();
                let line_styles = vec![(
                    "background",
                    if entry.dashed {
                        format!("repeating-linear-gradient(90deg, {color} 0 5px, transparent 5px 9px)")
                    } else {
                        color.clone()
                    },
                )];
                let content = html! {
                    <>
                        <StyledSpan class="legend-line" styles={line_styles} />
                        <StyledSpan class="legend-marker" styles={vec![("color", color)]}>{ marker_symbol(entry.marker) }</StyledSpan>
                        <span class="legend-label">{ &entry.label }</span>
                    </>
                };
                if entry.toggleable {
                    let key = entry.key.clone();
                    let state = state.clone();
                    let onclick = Callback::from(move |_| state.dispatch(Action::ToggleSeries(key.clone())));
                    html! {
                        <button class={classes!("legend-item", entry.hidden.then_some("is-hidden"))}
                            aria-pressed={(!entry.hidden).to_string()} onclick={onclick}>
                            { content }
                        </button>
                    }
                } else {
                    html! { <span class="legend-item">{ content }</span> }
                }
            }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct TableViewProps {
    pub id: String,
    pub table: DataTable,
    /// Makes each cell with a working key a "Why this number?" button that emits its key.
    #[prop_or_default]
    pub on_why: Option<Callback<String>>,
}

#[component]
pub fn TableView(props: &TableViewProps) -> Html {
    let table = &props.table;
    let locale = use_app_state().locale;
    // A value cell with a working is a button named for the value, its column and its year.
    let value_cell = |r: usize, c: usize, cell: &String| {
        let key = table.cell_why.get(r).and_then(|row| row.get(c)).cloned().flatten();
        match (key, &props.on_why) {
            (Some(key), Some(on_why)) => {
                let year = crate::state::WhyKey::parse(&key).map_or(0, |k| k.year);
                let series = match table.columns.get(c) {
                    Some(column) => format!("{column} · {}", table.rows[r][0]),
                    None => table.rows[r][0].clone(),
                };
                let label = crate::views::working::why_label(locale, cell, &series, year);
                let on_why = on_why.clone();
                let onclick = {
                    let key = key.clone();
                    Callback::from(move |_: MouseEvent| on_why.emit(key.clone()))
                };
                html! { <td><button type="button" class="why-cell" data-why={key} aria-label={label} {onclick}>{ cell }</button></td> }
            }
            _ => html! { <td>{ cell }</td> },
        }
    };
    html! {
        <div class="table-wrap" id={props.id.clone()} tabindex="0" role="region" aria-label={table.caption.clone()}>
            <table>
                <caption>{ &table.caption }</caption>
                <thead><tr>{ for table.columns.iter().map(|c| html! { <th scope="col">{ c }</th> }) }</tr></thead>
                <tbody>
                    { for table.rows.iter().enumerate().map(|(r, row)| html! {
                        <tr>
                            { for row.iter().enumerate().map(|(i, cell)| if i == 0 {
                                html! { <th scope="row">{ cell }</th> }
                            } else {
                                value_cell(r, i, cell)
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
