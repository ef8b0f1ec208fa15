//! Hooks shared by the canvas components.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ResizeObserver};
use yew::prelude::*;

use super::StateContext;

use crate::charts::Theme;

/// Milliseconds to wait after the last resize before reporting the new width.
const RESIZE_DEBOUNCE_MS: i32 = 120;

/// The width in CSS pixels of the element behind `node`, measured on mount and again after
/// each resize (debounced, so a window drag redraws once at the end, not on every frame).
#[hook]
pub fn use_container_width(node: NodeRef) -> f64 {
    let width_css = use_state_eq(|| 0.0_f64);
    {
        let width_css = width_css.clone();
        use_effect_with((), move |_| {
            let element = node.cast::<HtmlElement>();
            let measure = {
                let element = element.clone();
                move || {
                    if let Some(element) = &element {
                        let width = f64::from(element.client_width());
                        if width > 0.0 {
                            width_css.set(width);
                        }
                    }
                }
            };
            measure();
            // One callback for every debounce timer, kept for the effect's life: a closure per
            // resize would leak each time a newer resize cancels its timer.
            let fire = Rc::new(Closure::<dyn FnMut()>::new(measure));
            let timer = Rc::new(RefCell::new(None::<i32>));
            let pending = timer.clone();
            let debounced = Closure::<dyn FnMut()>::new({
                let fire = fire.clone();
                move || {
                    let Some(window) = super::window() else { return };
                    if let Some(id) = timer.borrow_mut().take() {
                        window.clear_timeout_with_handle(id);
                    }
                    *timer.borrow_mut() = window
                        .set_timeout_with_callback_and_timeout_and_arguments_0(
                            (*fire).as_ref().unchecked_ref(),
                            RESIZE_DEBOUNCE_MS,
                        )
                        .ok();
                }
            });
            let observer = ResizeObserver::new(debounced.as_ref().unchecked_ref()).ok();
            if let (Some(observer), Some(element)) = (&observer, &element) {
                observer.observe(element);
            }
            move || {
                if let Some(observer) = observer {
                    observer.disconnect();
                }
                // A resize just before unmounting leaves no timer behind.
                if let (Some(window), Some(id)) = (super::window(), pending.borrow_mut().take()) {
                    window.clear_timeout_with_handle(id);
                }
                drop(debounced);
                drop(fire);
            }
        });
    }
    *width_css
}

/// Device pixels per CSS pixel.
pub fn device_pixel_ratio() -> f64 {
    super::window().map(|w| w.device_pixel_ratio()).filter(|r| r.is_finite() && *r > 0.0).unwrap_or(1.0)
}

/// The media query of a device set to a dark appearance.
pub const PREFERS_DARK: &str = "(prefers-color-scheme: dark)";
/// The media query that holds while the page is printed (or previewed for printing).
pub const PRINTING: &str = "print";

/// Whether a media query matches; follows changes while the page is open (a phone switching to
/// dark mode at dusk, a reader opening the print preview).
#[hook]
pub fn use_media_query(media_query: &'static str) -> bool {
    let query =
        use_memo(media_query, |media_query| super::window().and_then(|w| w.match_media(media_query).ok().flatten()));
    let matches = use_state_eq(|| query.as_ref().as_ref().is_some_and(|q| q.matches()));
    {
        let matches = matches.clone();
        use_effect_with(query, move |query| {
            let listener = query.as_ref().as_ref().map(|query| {
                let watched = query.clone();
                let on_change = Closure::<dyn FnMut()>::new(move || matches.set(watched.matches()));
                let _ = query.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
                (query.clone(), on_change)
            });
            move || {
                if let Some((query, on_change)) = listener {
                    let _ = query.remove_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
                }
            }
        });
    }
    *matches
}

/// The app's state and its dispatcher, which `App` provides to everything below it.
#[hook]
pub fn use_app_state() -> StateContext {
    use_context::<StateContext>().expect("the app provides the state")
}

/// The theme the charts draw in: the one `App` resolved from the link and the device.
#[hook]
pub fn use_theme() -> Theme {
    use_context::<Theme>().unwrap_or_default()
}

/// What start-up waits for until it is dropped (taken out of the cell): a part's task, a chart's
/// first drawing; `None` once started, and in the server renderer.
pub type StartupWait = Rc<RefCell<Option<StartupWaitToken>>>;

/// A new [`StartupWait`], held by the component until it has done what start-up waits for, and
/// dropped with it if it goes before.
#[hook]
pub fn use_startup_wait() -> StartupWait {
    use_mut_ref(|| (cfg!(target_arch = "wasm32") && crate::embed::is_starting()).then(StartupWaitToken::new))
}

/// What start-up waits for (a part's task, a chart's first drawing): counted from its creation
/// until it is dropped, when that is done or when the part goes before.
pub struct StartupWaitToken;

impl StartupWaitToken {
    fn new() -> Self {
        crate::embed::await_part();
        StartupWaitToken
    }
}

impl Drop for StartupWaitToken {
    fn drop(&mut self) {
        crate::embed::part_done();
    }
}

/// While the widget starts (its view is built unseen, behind the prerendered page): false until
/// the browser's next task after the first render where `ready` is true, then true. True whenever
/// `ready` is afterwards and in the server renderer. Start-up's work is thus cut into tasks short
/// enough not to hold up a reader's tap on a slow phone, with nothing shown differently: start-up
/// ends only when every part has had its task (and every chart has drawn, [`use_startup_wait`]).
#[hook]
pub fn use_next_task_while_starting(ready: bool) -> bool {
    let turn = use_startup_wait();
    let redraw = use_force_update();
    {
        let turn = turn.clone();
        use_effect_with(ready, move |ready| {
            #[cfg(target_arch = "wasm32")]
            if *ready && turn.borrow().is_some() {
                yew::platform::spawn_local(async move {
                    next_task().await;
                    turn.borrow_mut().take();
                    redraw.force_update();
                });
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (ready, turn, redraw);
        });
    }
    let now = ready && turn.borrow().is_none();
    now
}

/// Resolves in the browser's next task (a `setTimeout` of 0 ms). Hand-written rather than
/// gloo-timers' `TimeoutFuture`, whose channel and closure code cost the first download 2.5 KB
/// gzip; this reuses the promise glue the fetches already need.
#[cfg(target_arch = "wasm32")]
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let scheduled =
            super::window().and_then(|w| w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0).ok());
        if scheduled.is_none() {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
