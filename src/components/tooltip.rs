//! The tooltip of a hovered, tapped or focused item of a chart or the map. It stays inside the
//! canvas: on a narrow canvas it spans the canvas width; on a wide one it sits beside its anchor,
//! to the left where a full-width tooltip would not fit on the right.

use yew::prelude::*;

use super::hooks::device_pixel_ratio;
use super::styled::{use_styles, StyledSpan};
use crate::charts::HitRegion;

#[derive(Properties, PartialEq)]
pub struct TooltipViewProps {
    pub region: HitRegion,
    /// The width of the canvas, in CSS pixels.
    pub width_css: f64,
    /// Where the tooltip's top sits relative to the anchor (CSS pixels; negative is above).
    pub offset_y_css: f64,
    pub test_id: AttrValue,
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
    let px = |v: f64| format!("{v:.0}px");
    let (left, right, max_width) = if props.width_css < NARROW_CSS {
        ("0".to_string(), "0".to_string(), "none".to_string())
    } else if x + 10.0 + TOOLTIP_MAX_CSS > props.width_css {
        (String::new(), px((props.width_css - x + 10.0).max(0.0)), String::new())
    } else {
        (px(x + 10.0), String::new(), String::new())
    };
    let node = use_node_ref();
    use_styles(node.clone(), vec![("left", left), ("right", right), ("max-width", max_width), ("top", px(top))]);
    html! {
        <div class="tooltip" ref={node} data-testid={props.test_id.clone()}>
            <div class="tooltip-title">{ &region.tooltip.title }</div>
            { for region.tooltip.rows.iter().map(|row| html! {
                <div class="tooltip-row">
                    if let Some(color) = row.swatch {
                        <StyledSpan class="swatch" styles={vec![("background", color.hex())]} />
                    }
                    <span class="tooltip-label">{ &row.label }</span>
                    <span class="tooltip-value">{ &row.value }</span>
                </div>
            }) }
            if let Some(note) = &region.tooltip.note {
                <div class="tooltip-note">{ note }</div>
            }
        </div>
    }
}
