//! What the chart and the map canvases share: drawing on an effect into a hit map (redrawn when
//! its inputs change, the error reported once), and the item under a pointer. The rules of
//! hovering, tapping and keys are pure, in `crate::interaction`.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::{FocusEvent, HtmlCanvasElement, KeyboardEvent, PointerEvent, WheelEvent};
use yew::prelude::*;

use super::hooks::device_pixel_ratio;
use crate::charts::HitMap;

/// A canvas's last drawing: what lies where, and the error if it could not be drawn.
pub struct CanvasDrawing {
    pub hit_map: Rc<RefCell<HitMap>>,
    pub error: Option<String>,
}

/// Draws on `canvas` whenever `inputs` change. `draw` gets the canvas and the inputs and returns
/// the hit map, an error, or `None` when there is nothing to draw yet (no width). The component
/// re-renders when the hit map changes, so a tooltip shows the fresh regions.
#[hook]
pub fn use_canvas_drawing<I, F>(canvas: NodeRef, inputs: I, draw: F) -> CanvasDrawing
where
    I: PartialEq + 'static,
    F: FnOnce(&HtmlCanvasElement, &I) -> Option<Result<HitMap, String>> + 'static,
{
    let hit_map = use_mut_ref(HitMap::default);
    let error = use_state(|| None::<String>);
    let generation = use_state(|| 0_u32);
    {
        let (hit_map, error, generation) = (hit_map.clone(), error.clone(), generation.clone());
        use_effect_with(inputs, move |inputs| {
            let Some(element) = canvas.cast::<HtmlCanvasElement>() else { return };
            match draw(&element, inputs) {
                Some(Ok(map)) => {
                    let changed = *hit_map.borrow() != map;
                    *hit_map.borrow_mut() = map;
                    if changed {
                        generation.set(generation.wrapping_add(1));
                    }
                    if error.is_some() {
                        error.set(None);
                    }
                }
                Some(Err(message)) => {
                    // The details are for developers; the reader gets a message in their language.
                    web_sys::console::error_1(&format!("cjk-trade-widget: {message}").into());
                    error.set(Some(message));
                }
                None => {}
            }
        });
    }
    CanvasDrawing { hit_map, error: (*error).clone() }
}

/// A pointer's position relative to the canvas, in CSS pixels.
pub fn pointer_css(canvas: &HtmlCanvasElement, client_x: i32, client_y: i32) -> (f64, f64) {
    let rect = canvas.get_bounding_client_rect();
    (f64::from(client_x) - rect.left(), f64::from(client_y) - rect.top())
}

/// A pointer's position in canvas (device) pixels, where hit maps are drawn.
pub fn pointer_in_canvas(canvas: &HtmlCanvasElement, client_x: i32, client_y: i32) -> (f64, f64) {
    let (x, y) = pointer_css(canvas, client_x, client_y);
    let ratio = device_pixel_ratio();
    (x * ratio, y * ratio)
}

/// The item under a pointer at `client` coordinates, or the nearest within `slop_px` device
/// pixels.
pub fn item_under(canvas: &NodeRef, hit_map: &RefCell<HitMap>, client: (i32, i32), slop_px: f64) -> Option<usize> {
    let element = canvas.cast::<HtmlCanvasElement>()?;
    let (x, y) = pointer_in_canvas(&element, client.0, client.1);
    hit_map.borrow().region_at(x, y, slop_px)
}

#[derive(Properties, PartialEq)]
pub struct HostCanvasProps {
    pub canvas: NodeRef,
    /// What the canvas shows, for screen readers.
    pub label: AttrValue,
    /// The ids of the texts that describe it further (the takeaway, the keyboard hint).
    pub described_by: AttrValue,
    #[prop_or_default]
    pub on_pointer_down: Option<Callback<PointerEvent>>,
    #[prop_or_default]
    pub on_pointer_move: Option<Callback<PointerEvent>>,
    #[prop_or_default]
    pub on_pointer_up: Option<Callback<PointerEvent>>,
    #[prop_or_default]
    pub on_pointer_cancel: Option<Callback<PointerEvent>>,
    #[prop_or_default]
    pub on_pointer_leave: Option<Callback<PointerEvent>>,
    #[prop_or_default]
    pub on_wheel: Option<Callback<WheelEvent>>,
    #[prop_or_default]
    pub on_key_down: Option<Callback<KeyboardEvent>>,
    #[prop_or_default]
    pub on_focus: Option<Callback<FocusEvent>>,
    #[prop_or_default]
    pub on_blur: Option<Callback<FocusEvent>>,
}

/// The focusable canvas of a chart or the map: an image to screen readers, described by the
/// texts beside it, with the host's handlers.
#[component]
pub fn HostCanvas(props: &HostCanvasProps) -> Html {
    html! {
        <canvas
            ref={props.canvas.clone()}
            tabindex="0"
            role="img"
            aria-label={props.label.clone()}
            aria-describedby={props.described_by.clone()}
            onpointerdown={props.on_pointer_down.clone()}
            onpointermove={props.on_pointer_move.clone()}
            onpointerup={props.on_pointer_up.clone()}
            onpointercancel={props.on_pointer_cancel.clone()}
            onpointerleave={props.on_pointer_leave.clone()}
            onwheel={props.on_wheel.clone()}
            onkeydown={props.on_key_down.clone()}
            onfocus={props.on_focus.clone()}
            onblur={props.on_blur.clone()}
        />
    }
}
