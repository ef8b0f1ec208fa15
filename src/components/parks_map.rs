//! The parks map on a canvas: drag to pan, pinch and Ctrl+wheel to zoom, +/−/reset buttons,
//! arrow and +/− keys; hover or tap a marker for its tooltip, click or tap again to open its card.
//! During a gesture the view lives here; it is committed to the app state (and the address) when
//! the gesture ends, so the address bar is not rewritten on every frame.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, KeyboardEvent, PointerEvent, WheelEvent};
use yew::prelude::*;

use super::canvas::{draw_on_canvas, with_text_measure};
use super::canvas_host::{item_under, pointer_css, pointer_in_canvas, use_canvas_drawing, CanvasDrawing, HostCanvas};
use super::hooks::{device_pixel_ratio, use_app_state, use_container_width, use_theme};
use super::map_overlay::MarkerLayer;
use super::tooltip::TooltipView;
use crate::charts::{HitMap, Theme};
use crate::interaction::{self, TapSelects};
use crate::map::basemap::Basemap;
use crate::map::draw::{self, Marker, MAP_TOUCH_SLOP_CSS_PX};
use crate::map::gesture::{Gesture, Lift};
use crate::map::projection::{panned, zoomed_about};
use crate::state::MapView;

#[derive(Properties, PartialEq)]
pub struct MapCanvasProps {
    /// The basemap, parsed and projected once when its part arrived.
    pub basemap: Rc<Basemap>,
    pub markers: Rc<Vec<Marker>>,
    pub marker_ids: Rc<Vec<String>>,
    pub map_view: MapView,
    pub description: AttrValue,
    pub on_select: Callback<String>,
    pub on_view: Callback<MapView>,
}

const KEY_PAN_CSS: f64 = 80.0;
/// How long the wheel must rest before its zoom is committed to the app state and the address.
const WHEEL_COMMIT_DELAY_MS: i32 = 250;

/// A commit waiting for the wheel to rest: the timer and the closure it calls, which is dropped
/// (not leaked) when the timer is replaced or the map unmounts.
struct PendingCommit {
    id: i32,
    _later: Closure<dyn FnMut()>,
}

/// Cancels a pending commit, if any.
fn cancel_pending(pending: &RefCell<Option<PendingCommit>>) {
    if let (Some(pending), Some(window)) = (pending.borrow_mut().take(), super::window()) {
        window.clear_timeout_with_handle(pending.id);
    }
}
const BUTTON_ZOOM: f64 = 1.6;

/// The map's height in a window of the reader's height (900 px where there is none), in whole
/// CSS pixels.
fn map_height_css(width_css: f64) -> f64 {
    let window_height = super::window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()).unwrap_or(900.0);
    map_height_for_width_css(width_css).min((window_height * MAP_WINDOW_SHARE).max(MAP_MIN_HEIGHT_CSS)).round()
}

/// The map's height at a width, before the window's height caps it.
fn map_height_for_width_css(width_css: f64) -> f64 {
    (width_css * 0.72).clamp(MAP_MIN_HEIGHT_CSS, 620.0)
}

/// The map keeps to this share of the window's height, and is at least this tall all the same.
const MAP_WINDOW_SHARE: f64 = 0.68;
const MAP_MIN_HEIGHT_CSS: f64 = 300.0;

#[component]
pub fn MapCanvas(props: &MapCanvasProps) -> Html {
    let state = use_app_state();
    let t = state.locale.texts();
    let wrapper = use_node_ref();
    let canvas = use_node_ref();
    let width_css = use_container_width(wrapper.clone());
    let view = use_state_eq(|| props.map_view);
    let hover = use_state_eq(|| None::<usize>);
    let active = use_state_eq(|| false);
    let wheel_hint = use_state_eq(|| false);
    let gesture = use_mut_ref(Gesture::default);
    let commit_timer = use_mut_ref(|| None::<PendingCommit>);
    // A wheel's pending commit does not outlive the map.
    {
        let commit_timer = commit_timer.clone();
        use_effect_with((), move |_| move || cancel_pending(&commit_timer));
    }
    let height_css = map_height_css(width_css);
    let theme = use_theme();

    // The app state's view wins when it changes (buttons, a shared link, reset).
    {
        let view = view.clone();
        use_effect_with(props.map_view, move |map_view| view.set(*map_view));
    }

    let drawing = use_map_drawing(canvas.clone(), props, width_css, theme, *view, *hover);
    let (hit_map, error) = (drawing.hit_map, drawing.error);

    let parts = MapParts {
        props,
        canvas: &canvas,
        gesture: &gesture,
        view: &view,
        active: &active,
        hover: &hover,
        hit_map: &hit_map,
        wheel_hint: &wheel_hint,
        commit_timer: &commit_timer,
        size_css: (width_css, height_css),
    };
    let PointerHandlers { on_pointer_down, on_pointer_move, on_pointer_up, on_pointer_cancel, on_pointer_leave } =
        pointer_handlers(&parts);
    let ViewHandlers { on_wheel, on_key_down, zoom_in, zoom_out, reset } = view_handlers(&parts);
    let (on_focus, on_blur, on_mouse_leave_wrapper) = focus_handlers(&active, &wheel_hint);
    let region = (*hover).and_then(|i| hit_map.borrow().regions.get(i).cloned());

    html! {
        <div class="map" ref={wrapper} onmouseleave={on_mouse_leave_wrapper} data-chart="parks-map" data-zoom={format!("{:.3}", view.zoom)}>
            if error.is_some() {
                <p class="chart-error" role="alert">{ t.chart_error }</p>
            }
            if cfg!(target_arch = "wasm32") {
                <HostCanvas {canvas} label={props.description.clone()} described_by="map-hint"
                    {on_pointer_down} {on_pointer_move} {on_pointer_up} {on_pointer_cancel} {on_pointer_leave}
                    {on_wheel} {on_key_down} {on_focus} {on_blur} />
            } else {
                // The server renderer has no canvas to draw on: it shows the map as a picture.
                { static_map(props, *view) }
            }
            <MarkerLayer markers={props.markers.clone()} marker_ids={props.marker_ids.clone()} view={*view}
                width_css={width_css} height_css={height_css} on_select={props.on_select.clone()} />
            <MapButtons zoom={view.zoom} {zoom_in} {zoom_out} {reset} />
            if *wheel_hint {
                <div class="map-hint-overlay" role="status">{ t.map_wheel_hint }</div>
            }
            if let Some(region) = region {
                <TooltipView key={hover.map_or(0, |i| i + 1)} region={region} width_css={width_css} offset_y_css={8.0} test_id="map-tooltip" />
            }
            <p id="map-hint" class="visually-hidden">{ t.map_keyboard_hint }</p>
        </div>
    }
}

/// The map's size in device pixels.
fn size_px(width_css: f64, height_css: f64) -> (f64, f64) {
    let ratio = device_pixel_ratio();
    (width_css * ratio, height_css * ratio)
}

/// Commits a view the reader settled on to the app state (and so to the address).
fn committer(props: &MapCanvasProps) -> impl Fn(MapView) + Clone {
    let on_view = props.on_view.clone();
    move |v: MapView| on_view.emit(v)
}

/// The map's state and props, which its handlers share.
struct MapParts<'a> {
    props: &'a MapCanvasProps,
    canvas: &'a NodeRef,
    gesture: &'a Rc<RefCell<Gesture>>,
    view: &'a UseStateHandle<MapView>,
    active: &'a UseStateHandle<bool>,
    hover: &'a UseStateHandle<Option<usize>>,
    hit_map: &'a Rc<RefCell<HitMap>>,
    wheel_hint: &'a UseStateHandle<bool>,
    commit_timer: &'a Rc<RefCell<Option<PendingCommit>>>,
    size_css: (f64, f64),
}

/// What the map does with pointers: drag, pinch, hover and tap.
struct PointerHandlers {
    on_pointer_down: Callback<PointerEvent>,
    on_pointer_move: Callback<PointerEvent>,
    on_pointer_up: Callback<PointerEvent>,
    on_pointer_cancel: Callback<PointerEvent>,
    on_pointer_leave: Callback<PointerEvent>,
}

/// The map's pointer handlers: DOM glue around `map::gesture::Gesture` and `crate::interaction`.
fn pointer_handlers(parts: &MapParts) -> PointerHandlers {
    let MapParts { props, canvas, gesture, view, active, hover, hit_map, size_css: (width_css, height_css), .. } =
        *parts;
    let size_px = move || size_px(width_css, height_css);
    let commit = committer(props);
    let on_pointer_down = {
        let (canvas, gesture, view, active) = (canvas.clone(), gesture.clone(), view.clone(), active.clone());
        Callback::from(move |event: PointerEvent| {
            let Some(element) = canvas.cast::<HtmlCanvasElement>() else { return };
            let _ = element.set_pointer_capture(event.pointer_id());
            let (x, y) = pointer_css(&element, event.client_x(), event.client_y());
            gesture.borrow_mut().press((event.pointer_id(), x, y), *view);
            active.set(true);
        })
    };
    let on_pointer_move = {
        let (canvas, gesture, view, hover, hit_map) =
            (canvas.clone(), gesture.clone(), view.clone(), hover.clone(), hit_map.clone());
        Callback::from(move |event: PointerEvent| {
            let Some(element) = canvas.cast::<HtmlCanvasElement>() else { return };
            let (x, y) = pointer_css(&element, event.client_x(), event.client_y());
            let mut g = gesture.borrow_mut();
            if !g.is_active() && event.pointer_type() == "mouse" {
                hover.set(item_under(&canvas, &hit_map, (event.client_x(), event.client_y()), 0.0));
            }
            if let Some(next) = g.move_to((event.pointer_id(), x, y), size_px(), device_pixel_ratio()) {
                view.set(next);
            }
        })
    };
    let on_pointer_up = {
        let (canvas, gesture, view, hover, hit_map) =
            (canvas.clone(), gesture.clone(), view.clone(), hover.clone(), hit_map.clone());
        let (ids, on_select, commit) = (props.marker_ids.clone(), props.on_select.clone(), commit.clone());
        Callback::from(move |event: PointerEvent| {
            match gesture.borrow_mut().lift(event.pointer_id(), *view) {
                Lift::Continues => return,
                Lift::Moved => return commit(*view),
                Lift::Tapped => {}
            }
            let is_mouse = event.pointer_type() == "mouse";
            let slop = interaction::slop_px(is_mouse, MAP_TOUCH_SLOP_CSS_PX, device_pixel_ratio());
            let under = item_under(&canvas, &hit_map, (event.client_x(), event.client_y()), slop);
            let outcome = interaction::release(is_mouse, *hover, under, TapSelects::FirstTap);
            hover.set(outcome.hover.or(under));
            let row = outcome.select.and_then(|i| hit_map.borrow().regions.get(i).map(|r| r.target.row));
            if let Some(id) = row.and_then(|row| ids.get(row)) {
                on_select.emit(id.clone());
            }
        })
    };
    let on_pointer_cancel = {
        let (gesture, view, commit) = (gesture.clone(), view.clone(), commit.clone());
        Callback::from(move |event: PointerEvent| {
            if gesture.borrow_mut().cancel(event.pointer_id()) {
                commit(*view);
            }
        })
    };
    let on_pointer_leave = {
        let hover = hover.clone();
        Callback::from(move |event: PointerEvent| {
            if event.pointer_type() == "mouse" {
                hover.set(None);
            }
        })
    };
    PointerHandlers { on_pointer_down, on_pointer_move, on_pointer_up, on_pointer_cancel, on_pointer_leave }
}

/// What zooms and pans the map: the wheel, the keys and the buttons.
struct ViewHandlers {
    on_wheel: Callback<WheelEvent>,
    on_key_down: Callback<KeyboardEvent>,
    zoom_in: Callback<MouseEvent>,
    zoom_out: Callback<MouseEvent>,
    reset: Callback<MouseEvent>,
}

/// Zooms with the wheel when the reader asks for it (Ctrl, a trackpad pinch, or a map they are
/// using); otherwise shows the hint and lets the page scroll. The view is committed once the
/// wheel rests.
fn wheel_handler(parts: &MapParts, commit: impl Fn(MapView) + Clone + 'static) -> Callback<WheelEvent> {
    let MapParts { canvas, view, active, wheel_hint, commit_timer, size_css: (width_css, height_css), .. } = *parts;
    let (canvas, view, active, wheel_hint, commit_timer) =
        (canvas.clone(), view.clone(), active.clone(), wheel_hint.clone(), commit_timer.clone());
    Callback::from(move |event: WheelEvent| {
        // Plain scrolling over an embedded map scrolls the article; Ctrl (or a trackpad
        // pinch, which arrives as Ctrl+wheel) or a map the reader is using zooms it.
        if !(event.ctrl_key() || event.meta_key() || *active) {
            wheel_hint.set(true);
            return;
        }
        event.prevent_default();
        wheel_hint.set(false);
        let Some(element) = canvas.cast::<HtmlCanvasElement>() else { return };
        let at = pointer_in_canvas(&element, event.client_x(), event.client_y());
        let factor = (-event.delta_y() * 0.002).exp().clamp(0.5, 2.0);
        let (w, h) = size_px(width_css, height_css);
        let next = zoomed_about(&view, w, h, factor, at);
        view.set(next);
        // Each turn replaces the pending commit.
        cancel_pending(&commit_timer);
        let Some(window) = super::window() else { return };
        let commit = commit.clone();
        let later = Closure::<dyn FnMut()>::new(move || commit(next));
        let timeout = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            later.as_ref().unchecked_ref(),
            WHEEL_COMMIT_DELAY_MS,
        );
        if let Ok(id) = timeout {
            *commit_timer.borrow_mut() = Some(PendingCommit { id, _later: later });
        }
    })
}

/// The map's zoom and pan handlers; a view they set is committed to the app state (at once, or
/// after the wheel rests).
fn view_handlers(parts: &MapParts) -> ViewHandlers {
    let MapParts { props, view, hover, size_css: (width_css, height_css), .. } = *parts;
    let size_px = move || size_px(width_css, height_css);
    let commit = committer(props);
    let set_and_commit = {
        let view = view.clone();
        let commit = commit.clone();
        move |v: MapView| {
            view.set(v);
            commit(v);
        }
    };

    let on_wheel = wheel_handler(parts, commit.clone());
    let zoom_by = {
        let view = view.clone();
        let set_and_commit = set_and_commit.clone();
        move |factor: f64| {
            let (w, h) = size_px();
            set_and_commit(zoomed_about(&view, w, h, factor, (w / 2.0, h / 2.0)));
        }
    };
    let pan_by = {
        let view = view.clone();
        let set_and_commit = set_and_commit.clone();
        move |dx_css: f64, dy_css: f64| {
            let (w, h) = size_px();
            let ratio = device_pixel_ratio();
            set_and_commit(panned(&view, w, h, dx_css * ratio, dy_css * ratio));
        }
    };
    let on_key_down = {
        let zoom_by = zoom_by.clone();
        let set_and_commit = set_and_commit.clone();
        let hover = hover.clone();
        Callback::from(move |event: KeyboardEvent| {
            match event.key().as_str() {
                "ArrowLeft" => pan_by(KEY_PAN_CSS, 0.0),
                "ArrowRight" => pan_by(-KEY_PAN_CSS, 0.0),
                "ArrowUp" => pan_by(0.0, KEY_PAN_CSS),
                "ArrowDown" => pan_by(0.0, -KEY_PAN_CSS),
                "+" | "=" => zoom_by(BUTTON_ZOOM),
                "-" | "_" => zoom_by(1.0 / BUTTON_ZOOM),
                "0" => set_and_commit(MapView::HOME),
                "Escape" => hover.set(None),
                _ => return,
            }
            event.prevent_default();
        })
    };
    let zoom_in = {
        let zoom_by = zoom_by.clone();
        Callback::from(move |_| zoom_by(BUTTON_ZOOM))
    };
    let zoom_out = Callback::from(move |_| zoom_by(1.0 / BUTTON_ZOOM));
    let reset = Callback::from(move |_| set_and_commit(MapView::HOME));
    ViewHandlers { on_wheel, on_key_down, zoom_in, zoom_out, reset }
}

#[derive(Properties, PartialEq)]
struct MapButtonsProps {
    zoom: f64,
    zoom_in: Callback<MouseEvent>,
    zoom_out: Callback<MouseEvent>,
    reset: Callback<MouseEvent>,
}

/// The zoom buttons and the zoom level beside the map.
#[component]
fn MapButtons(props: &MapButtonsProps) -> Html {
    let state = use_app_state();
    let t = state.locale.texts();
    let button = |label: &'static str, text: &'static str, action: &Callback<MouseEvent>| {
        html! { <button class="map-button" aria-label={label} title={label} onclick={action.clone()}>{ text }</button> }
    };
    html! {
        <div class="map-buttons">
            { button(t.zoom_in, "+", &props.zoom_in) }
            { button(t.zoom_out, "−", &props.zoom_out) }
            { button(t.zoom_reset, "⟲", &props.reset) }
            <span class="map-zoom" aria-live="polite">{ format!("{}×", state.locale.number(props.zoom, 1)) }</span>
        </div>
    }
}

/// Draws the map whenever the markers, size, theme, view or hovered marker change.
#[hook]
fn use_map_drawing(
    canvas: NodeRef,
    props: &MapCanvasProps,
    width_css: f64,
    theme: Theme,
    view: MapView,
    hover: Option<usize>,
) -> CanvasDrawing {
    let map = props.basemap.clone();
    use_canvas_drawing(
        canvas,
        (props.markers.clone(), width_css, theme, view, hover),
        move |element, (markers, width, theme, view, highlight)| {
            (*width > 0.0).then(|| {
                with_text_measure(|measure| {
                    draw_on_canvas(element, "parks-map", (*width, map_height_css(*width)), |area, ratio| {
                        draw::draw(area, &map, markers, view, ratio, *theme, *highlight, measure)
                    })
                })
            })
        },
    )
}

/// The map as one SVG picture at a column's width, scaled to the page (`static_picture`): its
/// coastlines and provinces weigh about 65 KB gzip, too much to send twice.
fn static_map(props: &MapCanvasProps, view: MapView) -> Html {
    use super::static_picture::{heights_attribute, svg_of, StaticPicture, COLUMN_WIDTH_CSS, MAP_PICTURE_THEME};
    let svg = svg_of((COLUMN_WIDTH_CSS, map_height_css(COLUMN_WIDTH_CSS)), |area, measure| {
        draw::draw(area, &props.basemap, &props.markers, &view, 1.0, MAP_PICTURE_THEME, None, measure)
    });
    let pictures: Vec<(AttrValue, AttrValue)> =
        svg.map(|svg| (AttrValue::from("for-any-width"), AttrValue::from(svg))).into_iter().collect();
    // The map is the parks page's main picture (and its largest paint): inline.
    let heights = AttrValue::from(heights_attribute(map_height_for_width_css));
    let window_cap = Some(AttrValue::from(format!("{MAP_WINDOW_SHARE} {MAP_MIN_HEIGHT_CSS}")));
    html! { <StaticPicture {pictures} label={props.description.clone()} inline=true {heights} {window_cap} /> }
}

/// Focus makes the map take the wheel (`active`); leaving it with the mouse hides the wheel hint.
fn focus_handlers(
    active: &UseStateHandle<bool>,
    wheel_hint: &UseStateHandle<bool>,
) -> (Callback<FocusEvent>, Callback<FocusEvent>, Callback<MouseEvent>) {
    let on_focus = {
        let active = active.clone();
        Callback::from(move |_: FocusEvent| active.set(true))
    };
    let on_blur = {
        let active = active.clone();
        Callback::from(move |_: FocusEvent| active.set(false))
    };
    let on_mouse_leave = {
        let wheel_hint = wheel_hint.clone();
        Callback::from(move |_: MouseEvent| wheel_hint.set(false))
    };
    (on_focus, on_blur, on_mouse_leave)
}
