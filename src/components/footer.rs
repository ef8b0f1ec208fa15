//! The footer: copy a link to the exact view, and the data downloads (the embed snippets are in `embed_dialog`).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::hooks::use_app_state;
use crate::i18n::Texts;
use crate::state::snippet::page_query;
use crate::state::AppState;

/// The full widget's address without query or fragment: this page's, or, from an embed's
/// prerendered page (`embed-….html`), the `index.html` beside it. The server renderer, which
/// knows no address, links to `index.html` relatively.
fn page_base() -> String {
    let Some(href) = super::window().and_then(|w| w.location().href().ok()) else {
        return "index.html".to_string();
    };
    let base = href.split(['?', '#']).next().unwrap_or("");
    let (folder, file) = base.rsplit_once('/').unwrap_or(("", base));
    if file.starts_with("embed-") && file.ends_with(".html") {
        format!("{folder}/index.html")
    } else {
        base.to_string()
    }
}

/// The folder of the page, where embed.js and data/ live.
pub fn page_folder() -> String {
    let base = page_base();
    match base.rfind('/') {
        Some(i) => base[..=i].to_string(),
        None => base,
    }
}

/// A link to exactly what the reader sees, as a full page (a link never opens an embed).
pub fn share_link(state: &AppState) -> String {
    match page_query(state).as_str() {
        "" => page_base(),
        query => format!("{}?{query}", page_base()),
    }
}

/// What a copy button's status line says: copied, failed, or nothing before a click.
pub fn copy_status_text(t: &Texts, status: Option<bool>) -> &'static str {
    match status {
        Some(true) => t.link_copied,
        Some(false) => t.copy_failed,
        None => "",
    }
}

/// Copies text to the clipboard; reports success or failure through `done`.
pub fn copy_to_clipboard(text: &str, done: Callback<bool>) {
    let Some(window) = super::window() else {
        done.emit(false);
        return;
    };
    let promise = window.navigator().clipboard().write_text(text);
    let ok = {
        let done = done.clone();
        Closure::once(move |_: JsValue| done.emit(true))
    };
    let failed = Closure::once(move |_: JsValue| done.emit(false));
    let _ = promise.then2(&ok, &failed);
    // One of the two runs once, when the promise settles; a click leaks two small closures.
    ok.forget();
    failed.forget();
}

#[component]
pub fn Footer() -> Html {
    let state = use_app_state();
    let t = state.locale.texts();
    let copy_status = use_state(|| None::<bool>);
    let link = share_link(&state);

    let on_copy_link = {
        let copy_status = copy_status.clone();
        let link = link.clone();
        Callback::from(move |_| {
            let copy_status = copy_status.clone();
            copy_to_clipboard(&link, Callback::from(move |ok| copy_status.set(Some(ok))));
        })
    };

    if state.embed {
        return html! {
            <footer class="footer is-embed">
                <a href={link} target="_blank" rel="noopener" data-testid="open-full-widget">{ t.open_full_widget }</a>
            </footer>
        };
    }
    html! {
        <footer class="footer">
            <div class="share">
                <button class="button" onclick={on_copy_link} data-testid="copy-link">{ t.share_link }</button>
                <span class="status" role="status">{ copy_status_text(t, *copy_status) }</span>
                <input class="share-url" readonly=true value={link} aria-label={t.share_link} />
            </div>
            <p class="downloads">
                <strong>{ format!("{}: ", t.get_data) }</strong>
                <a href="data/trade.csv" download="cjk-trade.csv">{ t.data_table_csv }</a>
                { " · " }
                <a href="data/SOURCES.md" target="_blank" rel="noopener">{ t.data_sources_doc }</a>
            </p>
        </footer>
    }
}
