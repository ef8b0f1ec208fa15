//! The tab bar (ARIA tabs pattern): arrow keys, Home and End move between tabs and show them.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use super::chunks;
use super::hooks::use_app_state;
use crate::i18n::Texts;
use crate::interaction::scroll_to_reveal;
use crate::state::{Action, View};

macro_rules! tab_label {
    ($($name:ident: $view:ident = $code:literal, tab $tab:ident, in $chunk:ident $(as $page:ident)?,
        panels [$($panel:literal),*];)*) => {
        /// The label of a view's tab (named in the list of views, `state::each_view!`).
        pub fn tab_label(texts: &Texts, view: View) -> &'static str {
            match view {
                $(View::$view => texts.$tab,)*
            }
        }
    };
}
crate::state::each_view!(tab_label);

/// Scrolls the tab strip sideways (never the page) so that `view`'s tab is visible.
fn reveal_tab(strip: &NodeRef, view: View) {
    const MARGIN_CSS_PX: f64 = 24.0;
    let Some(strip) = strip.cast::<HtmlElement>() else { return };
    let Ok(Some(tab)) = strip.query_selector(&format!("#{}", tab_id(view))) else { return };
    let (strip_box, tab_box) = (strip.get_bounding_client_rect(), tab.get_bounding_client_rect());
    let delta = scroll_to_reveal(strip_box.left(), strip_box.right(), tab_box.left(), tab_box.right(), MARGIN_CSS_PX);
    if delta != 0.0 {
        strip.set_scroll_left(strip.scroll_left() + delta.round() as i32);
    }
}

pub fn tab_id(view: View) -> String {
    format!("tab-{}", view.code())
}

#[component]
pub fn TabBar() -> Html {
    let state = use_app_state();
    let t = state.locale.texts();
    let current = View::ALL.iter().position(|v| *v == state.view).unwrap_or(0);
    // On a narrow screen the tab strip scrolls sideways: keep the selected tab in sight, on
    // opening a link to a later view as well as after arrow keys.
    let strip = use_node_ref();
    use_effect_with(state.view, {
        let strip = strip.clone();
        move |view| reveal_tab(&strip, *view)
    });
    let on_key_down = {
        let state = state.clone();
        Callback::from(move |event: KeyboardEvent| {
            let count = View::ALL.len();
            let next = match event.key().as_str() {
                "ArrowRight" => (current + 1) % count,
                "ArrowLeft" => (current + count - 1) % count,
                "Home" => 0,
                "End" => count - 1,
                _ => return,
            };
            event.prevent_default();
            let view = View::ALL[next];
            state.dispatch(Action::ShowView(view));
            // Move focus with the selection, as the ARIA tabs pattern expects.
            let tab = super::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&tab_id(view)))
                .and_then(|e| e.dyn_into::<HtmlElement>().ok());
            if let Some(tab) = tab {
                let _ = tab.focus();
            }
        })
    };
    html! {
        <nav class="tabs" aria-label={t.views_label} ref={strip}>
            <div role="tablist" aria-label={t.views_label} onkeydown={on_key_down}>
                { for View::ALL.iter().map(|&view| {
                    let selected = view == state.view;
                    let onclick = {
                        let state = state.clone();
                        Callback::from(move |_| state.dispatch(Action::ShowView(view)))
                    };
                    // The reader's intent: fetch the view's code before the click.
                    let on_intent = Callback::from(move |_: Event| chunks::prefetch_page(view));
                    html! {
                        <button
                            id={tab_id(view)}
                            role="tab"
                            aria-selected={selected.to_string()}
                            aria-controls="view-panel"
                            tabindex={if selected { "0" } else { "-1" }}
                            class={classes!("tab", selected.then_some("is-selected"))}
                            onclick={onclick}
                            onpointerenter={on_intent.reform(Event::from)}
                            onfocus={on_intent.reform(Event::from)}
                            ontouchstart={on_intent.reform(Event::from)}
                        >{ tab_label(t, view) }</button>
                    }
                }) }
            </div>
        </nav>
    }
}
