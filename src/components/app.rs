//! The application root: reads the link's settings, holds the state (one reducer, shared by
//! context), keeps the address bar and the page language in step, and lays out the frame.

use std::rc::Rc;

use yew::prelude::*;

use super::data::DataProvider;
use super::footer::Footer;
use super::hooks::{use_app_state, use_media_query, PREFERS_DARK, PRINTING};
use super::parks_page::ParksPage;
use super::tabs::{tab_id, TabBar};
use super::view_page::ViewPage;
use super::{select_value, StateContext};
use crate::charts::Theme;
use crate::i18n::{fill, Locale};
use crate::state::url::{self, UrlProblem};
use crate::state::{Action, AppState, View};

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

/// The query the page was opened with (before the app rewrites the address).
fn opening_query() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// The state the page opens with: the link's settings, else the browser's language.
fn initial_state(query: &str) -> (AppState, Vec<UrlProblem>) {
    let window = web_sys::window();
    let (mut state, problems) = url::decode(query);
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
    let Some(window) = web_sys::window() else {
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

#[component]
pub fn App() -> Html {
    let opening = use_memo((), |_| opening_query());
    let initial = use_memo((), {
        let opening = opening.clone();
        move |_| initial_state(&opening)
    });
    let state = use_reducer({
        let initial = initial.clone();
        move || initial.0.clone()
    });
    let problems = use_state(|| initial.1.clone());

    use_effect_with((*state).clone(), reflect_in_page);
    let theme = use_page_theme(state.theme);
    let content_root = use_embed_height(state.embed, opening.trim_start_matches('?').to_string());
    let dismiss = {
        let problems = problems.clone();
        Callback::from(move |_| problems.set(Vec::new()))
    };

    let t = state.locale.texts();
    html! {
        <ContextProvider<StateContext> context={state.clone()}>
          <ContextProvider<Theme> context={theme}>
          <DataProvider>
            <div class={classes!("widget", state.embed.then_some("is-embed"))} ref={content_root}>
                if !state.embed {
                    <Header />
                }
                // The widget is always its own document (a page or an embed's iframe), so its content
                // is the document's main landmark; an embed names the widget in a hidden heading.
                <main class="main">
                if state.embed {
                    <h1 class="visually-hidden">{ t.app_title }</h1>
                }
                <Notices problems={Rc::new((*problems).clone())} on_dismiss={dismiss} />
                if !state.embed {
                    <TabBar />
                }
                <div id="view-panel" role="tabpanel" aria-labelledby={tab_id(state.view)}>
                    if state.view == View::Parks {
                        <ParksPage />
                    } else {
                        <ViewPage />
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
        let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element());
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

/// The widget's title and the language switcher (not in embeds).
#[component]
fn Header() -> Html {
    let state = use_app_state();
    let t = state.locale.texts();
    let on_locale = {
        let state = state.clone();
        Callback::from(move |event: Event| {
            if let Some(locale) = select_value(&event).and_then(|v| Locale::parse(&v)) {
                state.dispatch(Action::SetLocale(locale));
            }
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
                <select onchange={on_locale}>
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
                        <li>{ fill(t.url_ignored, &[("name", &p.name), ("value", &p.value), ("reason", &crate::i18n::url_expected(t, p.expected))]) }</li>
                    }) }
                </ul>
                <button class="button" onclick={dismiss}>{ t.dismiss }</button>
            </div>
        }
        </>
    }
}
