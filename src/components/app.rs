//! The application root: reads the link's settings, holds the state (one reducer, shared by
//! context), keeps the address bar and the page language in step, and lays out the frame.

use std::rc::Rc;

use yew::prelude::*;

use super::data::{DataProvider, Preloaded};
use super::footer::Footer;
use super::hooks::{use_app_state, use_media_query, use_next_task_while_starting, PREFERS_DARK, PRINTING};
use super::tabs::{tab_id, TabBar};
use super::view_code::ViewCode;
use super::{select_value, StateContext};
use crate::charts::Theme;
use crate::i18n::{fill, Locale};
use crate::state::url::{self, UrlProblem};
use crate::state::{Action, AppState};

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// The attribute of `<html>` in which a prerendered page names the state it shows
/// (`components::prerender`), such as `view=tci&panel=tci-lines&embed=1&lang=en`.
pub const PAGE_QUERY_ATTRIBUTE: &str = "data-cjk-query";

/// The query the page was opened with (before the app rewrites the address): the settings of
/// the prerendered page, if it is one, then the link's, which win.
fn opening_query() -> String {
    let Some(window) = super::window() else { return String::new() };
    let page = window
        .document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute(PAGE_QUERY_ATTRIBUTE))
        .unwrap_or_default();
    let link = window.location().search().ok().unwrap_or_default();
    let link = link.trim_start_matches('?');
    match (page.is_empty(), link.is_empty()) {
        (_, true) => page,
        (true, false) => link.to_string(),
        (false, false) => format!("{page}&{link}"),
    }
}

/// The language the page opens in: the link's, else the browser's, else English.
pub fn opening_locale() -> Locale {
    initial_state(&opening_query()).0.locale
}

/// The state the page opens with: the link's settings, else the browser's language.
fn initial_state(query: &str) -> (AppState, Vec<UrlProblem>) {
    let window = super::window();
    let (mut state, problems) = url::decode(query);
    if state.why.is_some() {
        crate::embed::await_opening_working();
    }
    let has_lang = query.trim_start_matches('?').split('&').any(|p| p.starts_with("lang="));
    if !has_lang {
        if let Some(locale) = window.and_then(|w| w.navigator().language()).and_then(|l| Locale::parse(&l)) {
            state.locale = locale;
        }
    }
    (state, problems)
}

/// Writes the state into the address bar (no new history entry) and the page language.
fn reflect_in_page(state: &AppState) {
    let Some(window) = super::window() else {
        return;
    };
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", state.locale.html_lang());
    }
    let query = url::encode(state);
    let path = window.location().pathname().unwrap_or_default();
    let address = if query.is_empty() { path } else { format!("{path}?{query}") };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
    }
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The opening language whose texts could not be fetched, and why; the widget then opens
    /// in English and says so.
    #[prop_or_default]
    pub translation_problem: Option<(Locale, String)>,
    /// The settings to open with instead of the page's address: the server renderer's.
    #[prop_or_default]
    pub query: Option<AttrValue>,
    /// Data decoded before the start: the server renderer's.
    #[prop_or_default]
    pub preloaded: Option<Preloaded>,
}

/// The message for a language whose texts could not be fetched, in the language shown.
pub(super) fn translation_message(shown: Locale, (wanted, reason): &(Locale, String)) -> String {
    fill(shown.texts().translation_failed, &[("language", wanted.native_name()), ("reason", reason)])
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let opening = use_memo(props.query.clone(), |query| match query {
        Some(query) => query.to_string(),
        None => opening_query(),
    });
    let initial = use_memo((), {
        let opening = opening.clone();
        move |_| {
            let (mut state, problems) = initial_state(&opening);
            if !state.locale.is_available() {
                state.locale = Locale::En;
            }
            (state, problems)
        }
    });
    let state = use_reducer({
        let initial = initial.clone();
        move || initial.0.clone()
    });
    let problems = use_state(|| initial.1.clone());
    let language_problem = use_state(|| props.translation_problem.as_ref().map(|p| translation_message(Locale::En, p)));

    use_effect_with((*state).clone(), reflect_in_page);
    let theme = use_page_theme(state.theme);
    let content_root = use_embed_height(state.embed, opening.trim_start_matches('?').to_string());
    let dismiss = {
        let problems = problems.clone();
        Callback::from(move |_| problems.set(Vec::new()))
    };
    let dismiss_language = {
        let language_problem = language_problem.clone();
        Callback::from(move |_| language_problem.set(None))
    };
    let on_language_problem = {
        let language_problem = language_problem.clone();
        Callback::from(move |message: String| language_problem.set(Some(message)))
    };

    // While the widget starts, the view follows the page's frame in a task of its own.
    let view_shown = use_next_task_while_starting(true);
    let t = state.locale.texts();
    html! {
        <ContextProvider<StateContext> context={state.clone()}>
          <ContextProvider<Theme> context={theme}>
          <DataProvider preloaded={props.preloaded.clone()}>
            <div class={classes!("widget", state.embed.then_some("is-embed"), (state.embed && state.panel.is_some()).then_some("is-single-embed"))} ref={content_root}>
                if !state.embed {
                    <Header on_problem={on_language_problem} />
                }
                // The widget is always its own document (a page or an embed's iframe), so its content
                // is the document's main landmark; an embed names the widget in a hidden heading.
                <main class="main">
                if state.embed {
                    <h1 class="visually-hidden">{ t.app_title }</h1>
                }
                if let Some(message) = (*language_problem).clone() {
                    <div class="notice" role="alert" data-testid="translation-problem">
                        <p>{ message }</p>
                        <button class="button" onclick={dismiss_language}>{ t.dismiss }</button>
                    </div>
                }
                <Notices problems={Rc::new((*problems).clone())} on_dismiss={dismiss} />
                if !state.embed {
                    <TabBar />
                }
                <div id="view-panel" role="tabpanel" aria-labelledby={tab_id(state.view)}>
                    if view_shown {
                        <ViewCode />
                    }
                </div>
                </main>
                <Footer />
            </div>
          </DataProvider>
          </ContextProvider<Theme>>
        </ContextProvider<StateContext>>
    }
}

/// The theme the page and its charts use: the link's, else the device's; always light when
/// printed (paper is white and browsers do not print backgrounds). The page's colours follow
/// `data-theme` on <html>, removed when the app unmounts.
#[hook]
fn use_page_theme(chosen: Option<Theme>) -> Theme {
    let prefers_dark = use_media_query(PREFERS_DARK);
    let printing = use_media_query(PRINTING);
    let theme = match chosen {
        _ if printing => Theme::Light,
        Some(chosen) => chosen,
        None if prefers_dark => Theme::Dark,
        None => Theme::Light,
    };
    use_effect_with(theme, |theme| {
        let root = super::window().and_then(|w| w.document()).and_then(|d| d.document_element());
        if let Some(root) = &root {
            let _ = root.set_attribute("data-theme", theme.code());
        }
        move || {
            if let Some(root) = root {
                let _ = root.remove_attribute("data-theme");
            }
        }
    });
    theme
}

/// In an embed, tells the host page the content's height whenever it changes; returns the
/// content root to watch.
#[hook]
fn use_embed_height(embed: bool, key: String) -> NodeRef {
    let content_root = use_node_ref();
    {
        let content_root = content_root.clone();
        use_effect_with(embed, move |embed| {
            let watcher = embed.then(|| {
                crate::embed::mark_page_as_embed();
                content_root.cast::<web_sys::Element>().and_then(|root| crate::embed::HeightWatcher::start(root, key))
            });
            move || {
                if watcher.is_some() {
                    crate::embed::unmark_page_as_embed();
                }
                drop(watcher);
            }
        });
    }
    content_root
}

#[derive(Properties, PartialEq)]
struct HeaderProps {
    /// A chosen language's texts could not be fetched: the message to show.
    on_problem: Callback<String>,
}

/// The widget's title and the language switcher (not in embeds). A language not yet fetched is
/// fetched first; the page keeps its language until the texts are here, and keeps it for good
/// if they cannot be loaded. Only the reader's latest choice is applied.
#[component]
fn Header(props: &HeaderProps) -> Html {
    let state = use_app_state();
    let t = state.locale.texts();
    let select = use_node_ref();
    let latest_choice = use_mut_ref(|| state.locale);
    let fetching = use_state(|| false);
    let on_locale = {
        let (state, select, fetching, on_problem) =
            (state.clone(), select.clone(), fetching.clone(), props.on_problem.clone());
        let latest_choice = latest_choice.clone();
        Callback::from(move |event: Event| {
            let Some(locale) = select_value(&event).and_then(|v| Locale::parse(&v)) else {
                return;
            };
            *latest_choice.borrow_mut() = locale;
            if locale.is_available() {
                state.dispatch(Action::SetLocale(locale));
                return;
            }
            fetching.set(true);
            let (state, select, fetching, on_problem) =
                (state.clone(), select.clone(), fetching.clone(), on_problem.clone());
            let latest_choice = latest_choice.clone();
            let shown = state.locale;
            yew::platform::spawn_local(async move {
                let outcome = super::translations::ensure(locale).await;
                fetching.set(false);
                if *latest_choice.borrow() != locale {
                    return;
                }
                match outcome {
                    Ok(()) => state.dispatch(Action::SetLocale(locale)),
                    Err(reason) => {
                        *latest_choice.borrow_mut() = shown;
                        if let Some(select) = select.cast::<web_sys::HtmlSelectElement>() {
                            select.set_value(shown.code());
                        }
                        on_problem.emit(translation_message(shown, &(locale, reason)));
                    }
                }
            });
        })
    };
    html! {
        <header class="header">
            <div>
                <h1>{ t.app_title }</h1>
                <p class="subtitle">{ t.app_subtitle }</p>
            </div>
            <label class="language">
                <span>{ t.language_label }</span>
                <select onchange={on_locale} ref={select} aria-busy={fetching.to_string()}>
                    { for Locale::ALL.iter().map(|l| html! {
                        <option value={l.code()} selected={*l == state.locale} lang={l.html_lang()}>{ l.native_name() }</option>
                    }) }
                </select>
            </label>
        </header>
    }
}

#[derive(Properties, PartialEq)]
struct NoticesProps {
    problems: Rc<Vec<UrlProblem>>,
    on_dismiss: Callback<MouseEvent>,
}

/// What the link asked for that the widget could not show, and why.
#[component]
fn Notices(props: &NoticesProps) -> Html {
    let state = use_app_state();
    let t = state.locale.texts();
    let problems = &props.problems;
    let dismiss = props.on_dismiss.clone();
    html! {
        <>
        if state.link_had_own_data {
            <p class="notice" role="status" data-testid="own-data-link-notice">{ t.own_data_link_notice }</p>
        }
        if !problems.is_empty() {
            <div class="notice" role="status">
                <ul>
                    { for problems.iter().map(|p| html! {
                        <li>{ fill(t.url_ignored, &[("name", &p.name), ("value", &p.value), ("reason", &p.expected.describe(t))]) }</li>
                    }) }
                </ul>
                <button class="button" onclick={dismiss}>{ t.dismiss }</button>
            </div>
        }
        </>
    }
}
