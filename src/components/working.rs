//! The working behind one index value ("Why this number?"), under its chart: the formula, a
//! sentence, a bar chart of the largest contributions, the table of every term and its CSV.
//! It is an element with `data-role="working"`; its download is
//! `data-action="download-working-csv"`.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::chart_canvas::ChartCanvas;
use super::chunks;
use super::data::absolute_url;
use super::downloads::{click_link, data_url, page_link, SOURCES_PAGE};
use super::hooks::use_app_state;
use super::panel::TableView;
use super::view_page::DatasetHandle;
use crate::i18n::{fill, TextGroup, Texts};
use crate::state::{Action, WhyKey};
use crate::views::export;
use crate::views::working_texts::WorkingTexts;
use crate::views::Working;

/// The most rows a table shows without a scroll box of its own.
const SHORT_TABLE_ROWS: usize = 8;

thread_local! {
    /// Set when the reader opens a working (not when a link opens one): the working then takes
    /// the focus, so that screen readers announce it and the keyboard continues there.
    static OPENED_BY_READER: Cell<bool> = const { Cell::new(false) };
}

/// The action that opens a value's working from its key, remembering that the reader asked.
/// `None` for a key that is not one (the charts only carry keys the views wrote).
pub fn open_working(key: &str) -> Option<Action> {
    let key = WhyKey::parse(key)?;
    OPENED_BY_READER.with(|opened| opened.set(true));
    Some(Action::OpenWorking(key))
}

/// "Why this number?" from a tooltip, a selected item or a table cell: opens the working of
/// the key it is given.
#[hook]
pub fn use_open_working() -> Callback<String> {
    let state = use_app_state();
    Callback::from(move |key: String| {
        if let Some(action) = open_working(&key) {
            state.dispatch(action);
        }
    })
}

/// Opened by the reader, the working takes the focus (announced by its heading); it scrolls
/// only the widget's own page, never a host page around an embed.
#[hook]
fn use_focus_when_opened(node: NodeRef, key: WhyKey, embedded: bool) {
    use_effect_with(key, move |_| {
        if !OPENED_BY_READER.with(|opened| opened.replace(false)) {
            return;
        }
        let Some(element) = node.cast::<web_sys::HtmlElement>() else { return };
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
        if !embedded {
            let scroll = web_sys::ScrollIntoViewOptions::new();
            scroll.set_block(web_sys::ScrollLogicalPosition::Nearest);
            element.scroll_into_view_with_scroll_into_view_options(&scroll);
        }
    });
}

/// Saves the working's CSV; the error to show if it could not be.
fn download_csv(t: &Texts, working: &Working) -> Option<String> {
    let sources = absolute_url(SOURCES_PAGE).unwrap_or_else(|_| SOURCES_PAGE.to_string());
    let csv = export::working_csv(t, working, &page_link(), &sources);
    // A byte-order mark, so that spreadsheet programs read the Chinese, Japanese and Korean text as UTF-8.
    let href = data_url(&format!("\u{feff}{csv}"), "text/csv;charset=utf-8");
    let name = export::file_name(&format!("working-{}", file_part(&working.key)), "csv");
    click_link(&name, &href).err().map(|e| fill(t.download_failed, &[("error", &e)]))
}

#[derive(Properties, PartialEq)]
pub struct WorkingHostProps {
    pub dataset: DatasetHandle,
}

/// The open working's place under its chart (`views::working_panel` says which). Its code is a chunk of its own in the split build
/// (`chunks.rs`), fetched when a working is first opened; until it is here nothing shows, and if
/// it cannot be fetched a message and a retry do.
#[component]
pub fn WorkingHost(props: &WorkingHostProps) -> Html {
    let t = use_app_state().locale.texts();
    let render = use_state(chunks::working_if_loaded);
    let attempts = use_state(|| 0_u32);
    let failed = use_state(|| false);
    {
        let (render, failed) = (render.clone(), failed.clone());
        use_effect_with(*attempts, move |_| {
            if render.is_none() {
                yew::platform::spawn_local(async move {
                    match chunks::working().await {
                        Ok(loaded) => render.set(Some(loaded)),
                        Err(_) => failed.set(true),
                    }
                });
            }
        });
    }
    if let Some(render) = *render {
        return render(props.dataset.clone());
    }
    if !*failed {
        return html! {};
    }
    crate::embed::working_settled();
    let on_retry = {
        let (attempts, failed) = (attempts.clone(), failed.clone());
        Callback::from(move |_: MouseEvent| {
            failed.set(false);
            attempts.set(*attempts + 1);
        })
    };
    html! {
        <div class="working" data-testid="working-failed">
            <p class="error" role="alert">{ t.code_failed }</p>
            <button type="button" class="button" onclick={on_retry}>{ t.try_again }</button>
        </div>
    }
}

/// The state's working (the chunk's entry).
pub fn render_working(dataset: DatasetHandle) -> Html {
    html! { <WorkingSlot {dataset} /> }
}

#[derive(Properties, PartialEq)]
struct WorkingSlotProps {
    dataset: DatasetHandle,
}

/// Builds the state's working, once per state and dataset.
#[component]
fn WorkingSlot(props: &WorkingSlotProps) -> Html {
    let state = use_app_state();
    let working = use_memo((props.dataset.clone(), (*state).clone()), |(ds, state)| {
        crate::views::working(&ds.0, state).map(Rc::new)
    });
    let settled_without_working = working.is_none();
    use_effect_with(settled_without_working, |none| {
        if *none {
            crate::embed::working_settled();
        }
    });
    match &*working {
        Some(working) => html! { <WorkingView key={working.key.to_string()} working={working.clone()} /> },
        None => html! {},
    }
}

#[derive(Properties, PartialEq)]
pub struct WorkingViewProps {
    pub working: Rc<Working>,
}

#[component]
pub fn WorkingView(props: &WorkingViewProps) -> Html {
    let state = use_app_state();
    let locale = state.locale;
    let (t, texts) = (locale.texts(), WorkingTexts::of(locale));
    let working = &props.working;
    let node = use_node_ref();
    let error = use_state(|| None::<String>);

    use_focus_when_opened(node.clone(), working.key, state.embed);
    // Shown: at once without a chart, else once its chart is drawn (`on_drawn`).
    let has_chart = working.chart.is_some();
    use_effect_with(working.key, move |_| {
        if !has_chart {
            crate::embed::working_settled();
        }
    });
    let on_close = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::CloseWorking))
    };
    let on_csv = {
        let (working, error) = (working.clone(), error.clone());
        Callback::from(move |_: MouseEvent| error.set(download_csv(t, &working)))
    };
    let on_key_down = {
        let state = state.clone();
        Callback::from(move |event: KeyboardEvent| {
            let from_inside_a_control = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|e| e.closest("canvas, .table-wrap").ok().flatten().is_some());
            if event.key() == "Escape" && !from_inside_a_control {
                state.dispatch(Action::CloseWorking);
            }
        })
    };
    html! {
        <section class="working" data-role="working" data-why={working.key.to_string()} ref={node} tabindex="-1"
            aria-labelledby="working-title" onkeydown={on_key_down}>
            <div class="working-head">
                <h4 id="working-title">{ &working.title }</h4>
                <button type="button" class="working-close" aria-label={texts.close} title={texts.close} onclick={on_close}>
                    { "×" }
                </button>
            </div>
            <p class="working-formula">{ &working.formula }</p>
            <p class="working-summary">{ &working.summary }</p>
            if let Some(spec) = &working.chart {
                <ChartCanvas spec={Rc::new(spec.clone())} panel_key="working"
                    description={AttrValue::from(working.summary.clone())}
                    keyboard_hint={AttrValue::from(t.chart_keyboard_hint)}
                    error_message={AttrValue::from(t.chart_error)}
                    on_drawn={Callback::from(|_| crate::embed::working_settled())} />
            }
            if !working.table.rows.is_empty() {
                // A short table (the figures of a ratio) shows whole; a long one scrolls in its box.
                <div class={classes!("working-table", (working.table.rows.len() <= SHORT_TABLE_ROWS).then_some("is-short"))}>
                    <TableView id="working-table" table={working.table.clone()} />
                </div>
                <div class="panel-actions chart-downloads">
                    <button type="button" data-action="download-working-csv" onclick={on_csv}>{ texts.download_csv }</button>
                </div>
            }
            if let Some(error) = &*error {
                <p class="error" role="alert">{ error }</p>
            }
            <p class="working-source">{ format!("{}: {}", t.source_label, working.source) }</p>
        </section>
    }
}

/// The key as part of a file name: `tci-KOR-CHN-2018`.
fn file_part(key: &WhyKey) -> String {
    key.to_string().replace([':', '>'], "-")
}
