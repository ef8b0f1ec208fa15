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

#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod embed;

/// The wasm entry point: mounts the widget on `#widget-root` when the page has one, once the
/// reader's language has arrived (if it fails, the widget opens in English and says why).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    embed::install_panic_hook();
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("widget-root"));
    if let Some(root) = root {
        embed::panic_if_asked();
        let locale = components::opening_locale();
        yew::platform::spawn_local(async move {
            let translation_problem = components::translations::ensure(locale).await.err().map(|e| (locale, e));
            let props = components::AppProps { translation_problem };
            yew::Renderer::<components::App>::with_root_and_props(root, props).render();
        });
    }
}
