//! Hooks shared by the canvas components.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ResizeObserver};
use yew::prelude::*;

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
            let timer = Rc::new(RefCell::new(None::<i32>));
            let debounced = Closure::<dyn FnMut()>::new(move || {
                let measure = measure.clone();
                let Some(window) = web_sys::window() else { return };
                if let Some(id) = timer.borrow_mut().take() {
                    window.clear_timeout_with_handle(id);
                }
                let later = Closure::once_into_js(measure);
                *timer.borrow_mut() = window
                    .set_timeout_with_callback_and_timeout_and_arguments_0(later.unchecked_ref(), RESIZE_DEBOUNCE_MS)
                    .ok();
            });
            let observer = ResizeObserver::new(debounced.as_ref().unchecked_ref()).ok();
            if let (Some(observer), Some(element)) = (&observer, &element) {
                observer.observe(element);
            }
            move || {
                if let Some(observer) = observer {
                    observer.disconnect();
                }
                drop(debounced);
            }
        });
    }
    *width_css
}

/// Device pixels per CSS pixel.
pub fn device_pixel_ratio() -> f64 {
    web_sys::window().map(|w| w.device_pixel_ratio()).filter(|r| r.is_finite() && *r > 0.0).unwrap_or(1.0)
}
