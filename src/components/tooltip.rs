//! The tooltip of a hovered, tapped or focused item of a chart or the map: beside its anchor,
//! flipped to the left in the right part of the canvas so that it stays inside.

use yew::prelude::*;

use super::hooks::device_pixel_ratio;
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
    let style = if x > props.width_css * 0.6 {
        format!("right:{:.0}px;top:{top:.0}px", (props.width_css - x + 10.0).max(0.0))
    } else {
        format!("left:{:.0}px;top:{top:.0}px", x + 10.0)
    };
    html! {
        <div class="tooltip" style={style} data-testid={props.test_id.clone()}>
            <div class="tooltip-title">{ &region.tooltip.title }</div>
            { for region.tooltip.rows.iter().map(|row| html! {
                <div class="tooltip-row">
                    if let Some(color) = row.swatch {
                        <span class="swatch" style={format!("background:{}", color.hex())}></span>
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
