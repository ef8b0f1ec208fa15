//! A chart on a canvas: sized to its container and the device pixel ratio, redrawn on resize
//! (debounced) and on hover, with a tooltip in the DOM, keyboard focus through the hit regions,
//! and tap-to-show on touch screens. Drawing is `charts::draw` on a plotters `CanvasBackend`.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::{HtmlCanvasElement, KeyboardEvent, PointerEvent};
use yew::prelude::*;

use super::canvas::{draw_on_canvas, size_canvas, with_text_measure};
use super::canvas_host::{item_under, use_canvas_drawing, CanvasDrawing, HostCanvas};
use super::hooks::{
    device_pixel_ratio, use_container_width, use_next_task_while_starting, use_startup_wait, use_theme,
};
use super::tooltip::TooltipView;
use crate::charts::{self, ChartSpec, HitMap, HitRegion, HitTarget, Theme};
use crate::interaction::{self, KeyOutcome, TapSelects};

#[derive(Properties, PartialEq)]
pub struct ChartCanvasProps {
    pub spec: Rc<ChartSpec>,
    /// Stable id of the panel, used for DOM ids and tests.
    pub panel_key: AttrValue,
    /// What the chart shows, read by screen readers.
    pub description: AttrValue,
    pub keyboard_hint: AttrValue,
    /// "This chart could not be drawn: {error}".
    pub error_message: AttrValue,
    #[prop_or_default]
    pub on_select: Callback<HitTarget>,
    /// In a single-chart embed: the flatter height of `ChartSpec::compact_height_css`.
    #[prop_or_default]
    pub compact: bool,
    /// The T key: show the chart's data table and move the focus to it.
    #[prop_or_default]
    pub on_open_table: Callback<()>,
    /// The page's first chart: its prerendered picture is inline (`static_picture`).
    #[prop_or_default]
    pub leads: bool,
    /// "Why this number?" on a value (its working key, `state::WhyKey`): from a tooltip's
    /// button, or on selecting an item with one value that has a working.
    #[prop_or_default]
    pub on_why: Callback<String>,
    /// Each time the chart has been drawn at its width.
    #[prop_or_default]
    pub on_drawn: Callback<()>,
}

/// The working keys of a region's tooltip rows.
fn why_keys(region: &HitRegion) -> Vec<String> {
    region.tooltip.rows.iter().filter_map(|row| row.why.clone()).collect()
}

/// The id of the view's takeaway, which every chart's screen-reader description refers to.
pub const TAKEAWAY_ID: &str = "view-takeaway";

/// The height the chart wants for the width, in whole CSS pixels.
fn height_css(spec: &ChartSpec, width_css: f64, compact: bool, measure: &dyn charts::TextMeasure) -> f64 {
    unrounded_height_css(spec, width_css, compact, measure).round()
}

fn unrounded_height_css(spec: &ChartSpec, width_css: f64, compact: bool, measure: &dyn charts::TextMeasure) -> f64 {
    match compact {
        true => spec.compact_height_css(width_css, measure),
        false => spec.preferred_height_css(width_css, measure),
    }
}

/// Draws the chart, at the height it wants for the width; returns its hit map.
fn draw(
    canvas: &HtmlCanvasElement,
    key: &str,
    spec: &ChartSpec,
    width_css: f64,
    theme: Theme,
    highlight: Option<usize>,
    compact: bool,
) -> Result<HitMap, String> {
    with_text_measure(|measure| {
        let size_css = (width_css, height_css(spec, width_css, compact, measure));
        draw_on_canvas(canvas, key, size_css, |area, ratio| charts::draw(area, spec, ratio, theme, highlight, measure))
    })
}

/// A new chart (another year, another view) keeps a focused item only if it still exists.
#[hook]
fn use_hover_kept_if_still_there(
    hover: &UseStateHandle<Option<usize>>,
    hit_map: &Rc<RefCell<HitMap>>,
    spec: &ChartSpec,
) {
    let (hover, hit_map) = (hover.clone(), hit_map.clone());
    use_effect_with(spec.clone(), move |_| {
        if hover.is_some_and(|index| index >= hit_map.borrow().regions.len()) {
            hover.set(None);
        }
    });
}

/// Draws the chart on `canvas` whenever the chart, the width, the theme or the highlighted item
/// changes. While the widget starts, the chart is laid out and its canvas sized in one task and
/// drawn in the next, because a first drawing also compiles the code it runs. Start-up waits for
/// the drawing itself, not only for its task: Yew may yield to the browser between a render and
/// its effects, where the drawing is.
#[hook]
fn use_chart_drawing(
    canvas: NodeRef,
    props: &ChartCanvasProps,
    width_css: f64,
    highlight: Option<usize>,
) -> CanvasDrawing {
    let its_turn = use_next_task_while_starting(true);
    let (theme, first_drawing) = (use_theme(), use_startup_wait());
    let (key, on_drawn) = (props.panel_key.clone(), props.on_drawn.clone());
    use_canvas_drawing(
        canvas,
        (props.spec.clone(), width_css, its_turn, theme, highlight, props.compact),
        move |element, (spec, width, its_turn, theme, highlight, compact)| {
            if *width <= 0.0 {
                return None;
            }
            if !*its_turn {
                with_text_measure(|measure| {
                    size_canvas(element, (*width, height_css(spec, *width, *compact, measure)))
                });
                return None;
            }
            let drawn = draw(element, &key, spec, *width, *theme, *highlight, *compact);
            on_drawn.emit(());
            first_drawing.borrow_mut().take();
            Some(drawn)
        },
    )
}

#[component]
pub fn ChartCanvas(props: &ChartCanvasProps) -> Html {
    let wrapper = use_node_ref();
    let canvas = use_node_ref();
    let hover = use_state_eq(|| None::<usize>);
    // A tooltip with "Why this number?" buttons stays where it is (the pointer's moves leave it)
    // once an item is clicked, or when the keyboard moves into it.
    let pinned = use_state_eq(|| false);
    let focus_tooltip_requests = use_state(|| 0_u32);

    // Follow the container's width; draw whenever the chart, the width, the theme or the
    // highlighted item changes (while the widget starts, first in a task of the chart's own).
    let width_css = use_container_width(wrapper.clone());
    let drawing = use_chart_drawing(canvas.clone(), props, width_css, *hover);
    let (hit_map, error) = (drawing.hit_map, drawing.error);

    use_hover_kept_if_still_there(&hover, &hit_map, &props.spec);

    let ChartHandlers { on_pointer_move, on_pointer_leave, on_pointer_up, on_key_down, on_focus, on_blur } =
        chart_handlers(&canvas, &wrapper, &hover, &pinned, &focus_tooltip_requests, &hit_map, props);
    // Enter on an item with several values moves the focus to its tooltip's first button.
    {
        let wrapper = wrapper.clone();
        use_effect_with(*focus_tooltip_requests, move |requests| {
            if *requests > 0 {
                focus_first_why_button(&wrapper);
            }
        });
    }
    let TooltipHandlers { on_why: on_tooltip_why, on_key_down: on_tooltip_key, on_focus_out: on_tooltip_focus_out } =
        tooltip_handlers(&canvas, &wrapper, &hover, &pinned, props.on_why.clone());
    let region = (*hover).and_then(|i| hit_map.borrow().regions.get(i).cloned());
    let announcement = region.as_ref().map(|r| r.tooltip.as_text()).unwrap_or_default();
    let hint_id = format!("{}-hint", props.panel_key);

    // The server renderer has no canvas to draw on: it shows the chart as a picture.
    let picture = if cfg!(target_arch = "wasm32") {
        html! {
            <HostCanvas {canvas} label={props.description.clone()} described_by={format!("{TAKEAWAY_ID} {hint_id}")}
                on_pointer_move={on_pointer_move} on_pointer_leave={on_pointer_leave} on_pointer_up={on_pointer_up}
                on_key_down={on_key_down} on_focus={on_focus} on_blur={on_blur} />
        }
    } else {
        static_chart(&props.spec, props.compact, props.leads, props.description.clone())
    };
    html! {
        <div class="chart" ref={wrapper} data-chart={props.panel_key.clone()}>
            if error.is_some() {
                <p class="chart-error" role="alert">{ props.error_message.clone() }</p>
            }
            { picture }
            if let Some(region) = region.clone() {
                <TooltipView key={hover.map_or(0, |i| i + 1)} region={region} width_css={width_css} offset_y_css={-8.0} test_id="tooltip"
                    on_why={Some(on_tooltip_why)} pinned={*pinned} on_key_down={on_tooltip_key} on_focus_out={on_tooltip_focus_out} />
            }
            <p id={hint_id} class="visually-hidden">{ &props.keyboard_hint }</p>
            <p class="visually-hidden" aria-live="polite">{ announcement }</p>
        </div>
    }
}

/// The chart as SVG pictures at a phone's and a column's width, at the heights the canvas takes
/// there, in both themes (`static_picture`).
fn static_chart(spec: &ChartSpec, compact: bool, leads: bool, label: AttrValue) -> Html {
    use super::static_picture::{heights_attribute, svg_of, StaticPicture, DRAWN_WIDTHS_CSS, PICTURE_THEMES};
    let measure = crate::charts::EstimatedText;
    let mut pictures = Vec::new();
    for (width_class, width_css) in DRAWN_WIDTHS_CSS {
        let height_css = height_css(spec, width_css, compact, &measure);
        for (theme_class, theme) in PICTURE_THEMES {
            let svg = svg_of((width_css, height_css.round()), |area, measure| {
                charts::draw(area, spec, 1.0, theme, None, measure)
            });
            if let Some(svg) = svg {
                pictures.push((AttrValue::from(format!("{width_class} {theme_class}")), AttrValue::from(svg)));
            }
        }
    }
    let heights =
        AttrValue::from(heights_attribute(|width_css| unrounded_height_css(spec, width_css, compact, &measure)));
    html! { <StaticPicture {pictures} {label} inline={leads} {heights} /> }
}

/// What the tooltip's "Why this number?" buttons do, and how it closes.
struct TooltipHandlers {
    on_why: Callback<String>,
    on_key_down: Callback<KeyboardEvent>,
    on_focus_out: Callback<FocusEvent>,
}

fn tooltip_handlers(
    canvas: &NodeRef,
    wrapper: &NodeRef,
    hover: &UseStateHandle<Option<usize>>,
    pinned: &UseStateHandle<bool>,
    on_why: Callback<String>,
) -> TooltipHandlers {
    let on_why = {
        let (pinned, hover) = (pinned.clone(), hover.clone());
        Callback::from(move |key: String| {
            pinned.set(false);
            hover.set(None);
            on_why.emit(key);
        })
    };
    // Escape in the tooltip, or the focus leaving the chart, closes it; Escape gives the focus
    // back to the chart.
    let on_key_down = {
        let (pinned, hover, canvas) = (pinned.clone(), hover.clone(), canvas.clone());
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                event.prevent_default();
                pinned.set(false);
                if let Some(canvas) = canvas.cast::<web_sys::HtmlElement>() {
                    let _ = canvas.focus();
                }
                hover.set(None);
            }
        })
    };
    TooltipHandlers { on_why, on_key_down, on_focus_out: blur_handler(wrapper, hover, pinned) }
}

/// Selecting an item: what the view does with it, and its working when it is one value. An
/// item with several values (a year of a line chart) pins its tooltip, whose buttons open each
/// value's working; chosen by keyboard (`by_keyboard`), the focus moves there.
fn selector(
    hit_map: &Rc<RefCell<HitMap>>,
    pinned: &UseStateHandle<bool>,
    focus_tooltip_requests: &UseStateHandle<u32>,
    props: &ChartCanvasProps,
) -> impl Fn(usize, bool) + Clone + 'static {
    let (hit_map, on_select, on_why) = (hit_map.clone(), props.on_select.clone(), props.on_why.clone());
    let (pinned, focus_tooltip_requests) = (pinned.clone(), focus_tooltip_requests.clone());
    move |index: usize, by_keyboard: bool| {
        let Some(region) = hit_map.borrow().regions.get(index).cloned() else { return };
        let keys = why_keys(&region);
        if region.selectable {
            on_select.emit(region.target);
        }
        match keys.as_slice() {
            [key] => on_why.emit(key.clone()),
            [] => {}
            _ => {
                pinned.set(true);
                if by_keyboard {
                    focus_tooltip_requests.set(*focus_tooltip_requests + 1);
                }
            }
        }
    }
}

/// What the chart canvas does with pointers, keys and focus.
struct ChartHandlers {
    on_pointer_move: Callback<PointerEvent>,
    on_pointer_leave: Callback<PointerEvent>,
    on_pointer_up: Callback<PointerEvent>,
    on_key_down: Callback<KeyboardEvent>,
    on_focus: Callback<FocusEvent>,
    on_blur: Callback<FocusEvent>,
}

/// The chart's event handlers: DOM glue around the rules in `crate::interaction`.
fn chart_handlers(
    canvas: &NodeRef,
    wrapper: &NodeRef,
    hover: &UseStateHandle<Option<usize>>,
    pinned: &UseStateHandle<bool>,
    focus_tooltip_requests: &UseStateHandle<u32>,
    hit_map: &Rc<RefCell<HitMap>>,
    props: &ChartCanvasProps,
) -> ChartHandlers {
    let select = selector(hit_map, pinned, focus_tooltip_requests, props);

    // A mouse hovers; a finger's tap is handled on release.
    let on_pointer_move = {
        let (hover, pinned, hit_map, canvas) = (hover.clone(), pinned.clone(), hit_map.clone(), canvas.clone());
        Callback::from(move |event: PointerEvent| {
            if event.pointer_type() != "touch" && !*pinned {
                hover.set(item_under(&canvas, &hit_map, (event.client_x(), event.client_y()), 0.0));
            }
        })
    };
    let on_pointer_leave = {
        let (hover, pinned) = (hover.clone(), pinned.clone());
        Callback::from(move |event: PointerEvent| {
            if event.pointer_type() != "touch" && !*pinned {
                hover.set(None);
            }
        })
    };
    let on_pointer_up = {
        let (hover, pinned, hit_map, canvas, select) =
            (hover.clone(), pinned.clone(), hit_map.clone(), canvas.clone(), select.clone());
        Callback::from(move |event: PointerEvent| {
            let is_mouse = event.pointer_type() == "mouse";
            let slop = interaction::slop_px(is_mouse, charts::hit::CHART_TOUCH_SLOP_CSS_PX, device_pixel_ratio());
            let under = item_under(&canvas, &hit_map, (event.client_x(), event.client_y()), slop);
            // A click elsewhere lets go of a pinned tooltip; a tap's tooltip holds still until the
            // next tap, so its buttons take the finger.
            pinned.set(!is_mouse && under.is_some());
            let outcome = interaction::release(is_mouse, *hover, under, TapSelects::SecondTap);
            // A click shows the tooltip of what it selects, which a pinned one needs.
            let hover_after = if is_mouse { under } else { outcome.hover };
            hover.set(hover_after);
            if let Some(index) = outcome.select {
                select(index, false);
            }
        })
    };
    let on_key_down = {
        let (hover, pinned, hit_map, open_table) =
            (hover.clone(), pinned.clone(), hit_map.clone(), props.on_open_table.clone());
        Callback::from(move |event: KeyboardEvent| {
            let modifier = event.ctrl_key() || event.meta_key() || event.alt_key();
            let count = hit_map.borrow().regions.len();
            let Some(outcome) = interaction::chart_key(&event.key(), modifier, *hover, count) else { return };
            event.prevent_default();
            // Moving on lets go of a pinned tooltip.
            pinned.set(false);
            match outcome {
                KeyOutcome::Hover(index) => hover.set(Some(index)),
                KeyOutcome::Select(index) => {
                    hover.set(Some(index));
                    select(index, true);
                }
                KeyOutcome::Hide => hover.set(None),
                KeyOutcome::OpenTable => open_table.emit(()),
            }
        })
    };
    let on_focus = {
        let hover = hover.clone();
        Callback::from(move |_: FocusEvent| {
            if hover.is_none() {
                hover.set(Some(0));
            }
        })
    };
    let on_blur = blur_handler(wrapper, hover, pinned);

    ChartHandlers { on_pointer_move, on_pointer_leave, on_pointer_up, on_key_down, on_focus, on_blur }
}

/// The chart or its tooltip losing the focus hides the tooltip, unless the focus stays inside
/// the chart (moving between the canvas and the tooltip's buttons).
fn blur_handler(
    wrapper: &NodeRef,
    hover: &UseStateHandle<Option<usize>>,
    pinned: &UseStateHandle<bool>,
) -> Callback<FocusEvent> {
    let (hover, pinned, wrapper) = (hover.clone(), pinned.clone(), wrapper.clone());
    Callback::from(move |event: FocusEvent| {
        if !focus_stays_inside(&wrapper, &event) {
            pinned.set(false);
            hover.set(None);
        }
    })
}

/// Whether the focus stays inside the chart (`wrapper`) as it leaves an element of it.
fn focus_stays_inside(wrapper: &NodeRef, event: &FocusEvent) -> bool {
    use wasm_bindgen::JsCast;
    let related = event.related_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
    wrapper.cast::<web_sys::Element>().is_some_and(|w| related.is_some_and(|node| w.contains(Some(&node))))
}

/// Moves the focus to the first "Why this number?" button of the chart's tooltip.
fn focus_first_why_button(wrapper: &NodeRef) {
    use wasm_bindgen::JsCast;
    let button = wrapper
        .cast::<web_sys::Element>()
        .and_then(|w| w.query_selector(".tooltip [data-why]").ok().flatten())
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(button) = button {
        let _ = button.focus();
    }
}
