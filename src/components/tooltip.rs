//! The tooltip of a hovered, tapped or focused item of a chart or the map. It stays inside the
//! canvas: on a narrow canvas it spans the canvas width; on a wide one it sits beside its anchor,
//! to the left where a full-width tooltip would not fit on the right.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::hooks::{device_pixel_ratio, use_app_state};
use super::styled::{use_styles, StyledSpan};
use crate::charts::hit::TooltipRow;
use crate::charts::HitRegion;
use crate::i18n::Locale;
use crate::state::WhyKey;
use crate::views::working::why_label;

#[derive(Properties, PartialEq)]
pub struct TooltipViewProps {
    pub region: HitRegion,
    /// The width of the canvas, in CSS pixels.
    pub width_css: f64,
    /// Where the tooltip's top sits relative to the anchor (CSS pixels; negative is above).
    pub offset_y_css: f64,
    pub test_id: AttrValue,
    /// Makes each row with a working key a "Why this number?" button that emits its key.
    #[prop_or_default]
    pub on_why: Option<Callback<String>>,
    /// Held in place (a click or the keyboard chose it): its buttons take the pointer.
    #[prop_or_default]
    pub pinned: bool,
    #[prop_or_default]
    pub on_key_down: Callback<KeyboardEvent>,
    #[prop_or_default]
    pub on_focus_out: Callback<FocusEvent>,
}

#[component]
pub fn TooltipView(props: &TooltipViewProps) -> Html {
    let ratio = device_pixel_ratio();
    let region = &props.region;
    let (x, y) = (f64::from(region.anchor.0) / ratio, f64::from(region.anchor.1) / ratio);
    let top = (y + props.offset_y_css).max(0.0);
    // The widest a tooltip gets (CSS `max-width: 320px`), and the narrowest canvas beside
    // whose anchors it can still sit.
    const TOOLTIP_MAX_CSS: f64 = 320.0;
    const NARROW_CSS: f64 = 480.0;
    // The box is pinned to an edge and moved by a transform: a tooltip that follows the pointer
    // by changing `top` or `left` would be a layout shift on every move, which the host
    // article's Core Web Vitals count (pointer moves are not inputs that excuse a shift). Its
    // parents key it by the item, so that another item's rows are new boxes, not moved ones.
    let (left, right, shift_x, max_width) = if props.width_css < NARROW_CSS {
        ("0", "0", 0.0, "none")
    } else if x + 10.0 + TOOLTIP_MAX_CSS > props.width_css {
        ("", "0", -(props.width_css - x + 10.0).max(0.0), "")
    } else {
        ("0", "", x + 10.0, "")
    };
    let node = use_node_ref();
    use_styles(
        node.clone(),
        vec![
            ("left", left.to_string()),
            ("right", right.to_string()),
            ("max-width", max_width.to_string()),
            ("top", "0".to_string()),
            ("transform", format!("translate({shift_x:.0}px, {top:.0}px)")),
        ],
    );
    let locale = use_app_state().locale;
    // The button a pointer went down on. A tap on the chart pins this tooltip under the finger,
    // and the browser's click that follows the tap lands on whatever button is now there: only a
    // press that began on the button (or the keyboard, whose click has no `detail`) counts.
    let pressed = use_mut_ref(|| None::<String>);
    let why_rows = props.on_why.is_some() && region.tooltip.rows.iter().any(|row| row.why.is_some());
    html! {
        <div class={classes!("tooltip", props.pinned.then_some("is-pinned"))} ref={node} data-testid={props.test_id.clone()}
            onkeydown={props.on_key_down.clone()} onfocusout={props.on_focus_out.clone()}>
            <div class="tooltip-title">{ &region.tooltip.title }</div>
            { for region.tooltip.rows.iter().map(|row| match (&row.why, &props.on_why) {
                (Some(key), Some(on_why)) => why_row(row, key, on_why, props.pinned, &pressed, locale),
                _ => html! { <div class="tooltip-row">{ row_content(row) }</div> },
            }) }
            if let Some(note) = &region.tooltip.note {
                <div class="tooltip-note">{ note }</div>
            }
            if why_rows {
                <div class="tooltip-why-hint">{ locale.texts().why_button }</div>
            }
        </div>
    }
}

fn row_content(row: &TooltipRow) -> Html {
    html! {
        <>
            if let Some(color) = row.swatch {
                <StyledSpan class="swatch" styles={vec![("background", color.hex())]} />
            }
            <span class="tooltip-label">{ &row.label }</span>
            <span class="tooltip-value">{ &row.value }</span>
        </>
    }
}

/// A row whose value has a working: a button that opens it. It is in the Tab order only once
/// the tooltip is pinned (Enter, a click, a tap): a tooltip that follows the focus adds no stops
/// to every chart. Its name is what it shows, then the question (a visible label must be part of
/// the name); its `title` adds the year for a pointer's hover. It counts only a press that began
/// on it (`pressed`), or the keyboard, whose click has no `detail`.
fn why_row(
    row: &TooltipRow,
    key: &str,
    on_why: &Callback<String>,
    pinned: bool,
    pressed: &Rc<RefCell<Option<String>>>,
    locale: Locale,
) -> Html {
    let year = WhyKey::parse(key).map_or(0, |k| k.year);
    let label = why_label(locale, &row.value, &row.label, year);
    let onpointerdown = {
        let (pressed, key) = (pressed.clone(), key.to_string());
        Callback::from(move |_: PointerEvent| *pressed.borrow_mut() = Some(key.clone()))
    };
    let onclick = {
        let (pressed, key, on_why) = (pressed.clone(), key.to_string(), on_why.clone());
        Callback::from(move |event: MouseEvent| {
            if event.detail() == 0 || pressed.borrow().as_deref() == Some(key.as_str()) {
                on_why.emit(key.clone());
            }
        })
    };
    html! {
        <button type="button" class="tooltip-row is-why" data-why={key.to_string()} title={label} {onclick} {onpointerdown}
            tabindex={if pinned { "0" } else { "-1" }}>
            { row_content(row) }
            <span class="visually-hidden">{ format!(" — {}", locale.texts().why_button) }</span>
            <span class="why-mark" aria-hidden="true">{ "?" }</span>
        </button>
    }
}
