//! A chart on a canvas: sized to its container and the device pixel ratio, redrawn on resize
//! (debounced) and on hover, with a tooltip in the DOM, keyboard focus through the hit regions,
//! and tap-to-show on touch screens. Drawing is `charts::draw` on a plotters `CanvasBackend`.

use std::rc::Rc;

use web_sys::{HtmlCanvasElement, KeyboardEvent, PointerEvent};
use yew::prelude::*;

use super::canvas::{draw_on_canvas, with_text_measure};
use super::hooks::{device_pixel_ratio, use_container_width, use_theme};
use super::tooltip::TooltipView;
use crate::charts::{self, ChartSpec, HitMap, HitTarget, Theme};

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
}

/// The id of the view's takeaway, which every chart's screen-reader description refers to.
pub const TAKEAWAY_ID: &str = "view-takeaway";

/// The pointer position in canvas (device) pixels.
pub fn pointer_in_canvas(canvas: &HtmlCanvasElement, client_x: i32, client_y: i32) -> (f64, f64) {
    let rect = canvas.get_bounding_client_rect();
    let ratio = device_pixel_ratio();
    ((f64::from(client_x) - rect.left()) * ratio, (f64::from(client_y) - rect.top()) * ratio)
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
        let height_css = if compact {
            spec.compact_height_css(width_css, measure)
        } else {
            spec.preferred_height_css(width_css, measure)
        }
        .round();
        draw_on_canvas(canvas, key, (width_css, height_css), |area, ratio| {
            charts::draw(area, spec, ratio, theme, highlight, measure)
        })
    })
}

#[component]
pub fn ChartCanvas(props: &ChartCanvasProps) -> Html {
    let wrapper = use_node_ref();
    let canvas = use_node_ref();
    let hover = use_state(|| None::<usize>);
    let hit_map = use_mut_ref(HitMap::default);
    let error = use_state(|| None::<String>);
    // Bumped after each draw so the tooltip re-renders from the fresh hit map.
    let drawn = use_state(|| 0_u32);

    // 1. Follow the container's width.
    let width_css = use_container_width(wrapper.clone());
    let theme = use_theme();

    // 2. Draw whenever the chart, the width or the highlighted region changes.
    {
        let canvas = canvas.clone();
        let hit_map = hit_map.clone();
        let error = error.clone();
        let drawn = drawn.clone();
        let key = props.panel_key.clone();
        use_effect_with(
            (props.spec.clone(), width_css, theme, *hover, props.compact),
            move |(spec, width, theme, highlight, compact)| {
                if let Some(element) = canvas.cast::<HtmlCanvasElement>() {
                    if *width > 0.0 {
                        match draw(&element, &key, spec, *width, *theme, *highlight, *compact) {
                            Ok(map) => {
                                let changed = *hit_map.borrow() != map;
                                *hit_map.borrow_mut() = map;
                                if changed {
                                    drawn.set(drawn.wrapping_add(1));
                                }
                                if error.is_some() {
                                    error.set(None);
                                }
                            }
                            Err(message) => {
                                // The details are for developers; the reader gets a message in their language.
                                web_sys::console::error_1(&format!("cjk-trade-widget: {message}").into());
                                error.set(Some(message))
                            }
                        }
                    }
                }
            },
        );
    }

    // A new chart (another year, another view) keeps a focused region only if it still exists.
    {
        let hover = hover.clone();
        let hit_map = hit_map.clone();
        use_effect_with(props.spec.clone(), move |_| {
            if let Some(index) = *hover {
                if index >= hit_map.borrow().regions.len() {
                    hover.set(None);
                }
            }
        });
    }

    let select = {
        let hit_map = hit_map.clone();
        let on_select = props.on_select.clone();
        move |index: usize| {
            let region = hit_map.borrow().regions.get(index).cloned();
            if let Some(region) = region.filter(|r| r.selectable) {
                on_select.emit(region.target);
            }
        }
    };

    let on_pointer_move = {
        let hover = hover.clone();
        let hit_map = hit_map.clone();
        let canvas = canvas.clone();
        Callback::from(move |event: PointerEvent| {
            if event.pointer_type() == "touch" {
                return;
            }
            if let Some(element) = canvas.cast::<HtmlCanvasElement>() {
                let (x, y) = pointer_in_canvas(&element, event.client_x(), event.client_y());
                let index = hit_map.borrow().region_at(x, y, 0.0);
                if index != *hover {
                    hover.set(index);
                }
            }
        })
    };
    let on_pointer_leave = {
        let hover = hover.clone();
        Callback::from(move |event: PointerEvent| {
            if event.pointer_type() != "touch" {
                hover.set(None);
            }
        })
    };
    // Mouse: a click selects. Touch: the first tap shows the tooltip, a second tap on the same
    // item selects it, a tap elsewhere hides the tooltip.
    let on_pointer_up = {
        let hover = hover.clone();
        let hit_map = hit_map.clone();
        let canvas = canvas.clone();
        let select = select.clone();
        Callback::from(move |event: PointerEvent| {
            let Some(element) = canvas.cast::<HtmlCanvasElement>() else {
                return;
            };
            let (x, y) = pointer_in_canvas(&element, event.client_x(), event.client_y());
            let touch = event.pointer_type() != "mouse";
            let slop = if touch { charts::hit::CHART_TOUCH_SLOP_CSS_PX * device_pixel_ratio() } else { 0.0 };
            let index = hit_map.borrow().region_at(x, y, slop);
            match index {
                Some(i) if !touch || *hover == Some(i) => select(i),
                _ => {}
            }
            if touch {
                hover.set(index);
            }
        })
    };
    let on_key_down = {
        let hover = hover.clone();
        let hit_map = hit_map.clone();
        let select = select.clone();
        let open_table = props.on_open_table.clone();
        Callback::from(move |event: KeyboardEvent| {
            if matches!(event.key().as_str(), "t" | "T") && !event.ctrl_key() && !event.meta_key() && !event.alt_key() {
                event.prevent_default();
                open_table.emit(());
                return;
            }
            let count = hit_map.borrow().regions.len();
            if count == 0 {
                return;
            }
            let current = (*hover).unwrap_or(0);
            let next = match event.key().as_str() {
                "ArrowRight" | "ArrowDown" => Some((current + 1).min(count - 1)),
                "ArrowLeft" | "ArrowUp" => Some(current.saturating_sub(1)),
                "Home" => Some(0),
                "End" => Some(count - 1),
                "PageDown" => Some((current + 10).min(count - 1)),
                "PageUp" => Some(current.saturating_sub(10)),
                "Enter" | " " => {
                    select(current);
                    Some(current)
                }
                "Escape" => {
                    hover.set(None);
                    event.prevent_default();
                    return;
                }
                _ => return,
            };
            event.prevent_default();
            if next != *hover {
                hover.set(next);
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
    let on_blur = {
        let hover = hover.clone();
        Callback::from(move |_: FocusEvent| hover.set(None))
    };

    let region = (*hover).and_then(|i| hit_map.borrow().regions.get(i).cloned());
    let announcement = region.as_ref().map(|r| r.tooltip.as_text()).unwrap_or_default();
    let hint_id = format!("{}-hint", props.panel_key);

    html! {
        <div class="chart" ref={wrapper} data-chart={props.panel_key.clone()}>
            if error.is_some() {
                <p class="chart-error" role="alert">{ props.error_message.clone() }</p>
            }
            <canvas
                ref={canvas}
                tabindex="0"
                role="img"
                aria-label={props.description.clone()}
                aria-describedby={format!("{TAKEAWAY_ID} {hint_id}")}
                onpointermove={on_pointer_move}
                onpointerleave={on_pointer_leave}
                onpointerup={on_pointer_up}
                onkeydown={on_key_down}
                onfocus={on_focus}
                onblur={on_blur}
            />
            if let Some(region) = region.clone() {
                <TooltipView region={region} width_css={width_css} offset_y_css={-8.0} test_id="tooltip" />
            }
            <p id={hint_id} class="visually-hidden">{ &props.keyboard_hint }</p>
            <p class="visually-hidden" aria-live="polite">{ announcement }</p>
        </div>
    }
}
