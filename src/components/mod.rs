//! Yew components: thin, props in, callbacks out. The state lives in one reducer
//! (`crate::state`) shared through [`StateContext`]; every number comes from `crate::views`.

pub mod app;
pub mod canvas;
pub mod canvas_host;
pub mod chart_canvas;
pub mod chunks;
pub mod controls;
pub mod data;
pub mod downloads;
pub mod embed_dialog;
pub mod embed_editor;
pub mod footer;
pub mod hooks;
pub mod map_overlay;
pub mod method;
pub mod own_data;
pub mod panel;
pub mod parks_map;
pub mod parks_page;
#[cfg(all(feature = "ssr", not(target_arch = "wasm32")))]
pub mod prerender;
pub mod static_picture;
pub mod styled;
pub mod tabs;
pub mod tooltip;
pub mod translations;
pub mod view_code;
pub mod view_page;
pub mod working;

/// The browser window; `None` in the server renderer (`bin/prerender.rs`), where there is none
/// and `web_sys::window()` would panic. Components call this, never `web_sys::window()`.
pub fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}

/// The shared state handle: read it like `AppState`, change it with `dispatch(Action)`.
pub type StateContext = yew::UseReducerHandle<crate::state::AppState>;

/// The value of the `<select>` an event came from.
pub fn select_value(event: &yew::Event) -> Option<String> {
    use wasm_bindgen::JsCast;
    event.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()).map(|s| s.value())
}

pub use app::{opening_locale, App, AppProps};
