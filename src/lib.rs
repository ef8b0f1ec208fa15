//! China-Japan-Korea trade complementarity widget.
//!
//! Pure modules (`data`, `indices`, `charts`, `map`, `state`, `i18n`, `views`, `interaction`, `order`) never touch the
//! DOM and are tested natively; only `components` and `embed` do (see
//! `../shared/DESIGN.md`).

pub mod charts;
pub mod data;
pub mod i18n;
pub mod indices;
pub mod interaction;
pub mod map;
pub mod order;
pub mod state;
pub mod views;

// The components also compile natively for the server renderer (feature `ssr`, `bin/prerender.rs`).
#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod components;
#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod embed;

/// The wasm entry point: mounts the widget in `#widget-root` when the page has one, once the
/// reader's language has arrived (if it fails, the widget opens in English and says why).
///
/// The app is built in its own element, `#widget-app`, beside the prerendered page
/// (`#widget-static`, if the page has one), which stays in view until every part of the app's
/// opening view has had its task and its charts are drawn; then the app takes its place in the
/// same frame (`embed::announce_started`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    embed::install_panic_hook();
    let document = web_sys::window().and_then(|w| w.document());
    let root = document.as_ref().and_then(|d| d.get_element_by_id("widget-root"));
    let (Some(document), Some(root)) = (document, root) else { return };
    embed::panic_if_asked();
    let Ok(app_root) = document.create_element("div") else { return };
    app_root.set_id(embed::APP_ROOT_ID);
    if root.append_child(&app_root).is_err() {
        return;
    }
    let locale = components::opening_locale();
    yew::platform::spawn_local(async move {
        let translation_problem = components::translations::ensure(locale).await.err().map(|e| (locale, e));
        // The app's first render in a task of its own, after the wasm's start (see
        // `components::hooks::use_next_task_while_starting`).
        components::hooks::next_task().await;
        let props = components::AppProps { translation_problem, ..components::AppProps::default() };
        yew::Renderer::<components::App>::with_root_and_props(app_root, props).render();
    });
}
