//! What sits over the map canvas: a transparent, focusable button on each visible marker, so
//! keyboard users can Tab through the parks on the map and press Enter to open one.

use std::rc::Rc;

use yew::prelude::*;

use super::hooks::device_pixel_ratio;
use super::styled::use_styles;
use crate::map::draw::Marker;
use crate::map::projection::ViewTransform;
use crate::state::MapView;

#[derive(Properties, PartialEq)]
pub struct MarkerLayerProps {
    pub markers: Rc<Vec<Marker>>,
    pub marker_ids: Rc<Vec<String>>,
    pub view: MapView,
    pub width_css: f64,
    pub height_css: f64,
    pub on_select: Callback<String>,
}

/// Buttons over the markers. Pointer events pass through them to the canvas (so a drag that
/// starts on a marker still pans); they take keyboard focus and clicks from assistive tech.
#[component]
pub fn MarkerLayer(props: &MarkerLayerProps) -> Html {
    let ratio = device_pixel_ratio();
    let (width, height) = (props.width_css, props.height_css);
    let transform = ViewTransform::new(width * ratio, height * ratio, &props.view);
    let buttons = props.markers.iter().zip(props.marker_ids.iter()).filter_map(|(marker, id)| {
        let (x, y) = transform.lonlat_to_px(marker.lon_deg, marker.lat_deg);
        let (x, y) = (x / ratio, y / ratio);
        let inside = width > 0.0 && (0.0..=width).contains(&x) && (0.0..=height).contains(&y);
        inside.then(|| {
            let onclick = {
                let on_select = props.on_select.clone();
                let id = id.clone();
                Callback::from(move |_| on_select.emit(id.clone()))
            };
            html! {
                <MarkerButton key={id.clone()} id={AttrValue::from(id.clone())} x_css={x} y_css={y}
                    label={AttrValue::from(marker.tooltip.title.clone())} selected={marker.selected} onclick={onclick} />
            }
        })
    });
    html! { <div class="marker-layer">{ for buttons }</div> }
}

#[derive(Properties, PartialEq)]
struct MarkerButtonProps {
    id: AttrValue,
    x_css: f64,
    y_css: f64,
    label: AttrValue,
    selected: bool,
    onclick: Callback<MouseEvent>,
}

/// A focusable button over one marker, placed through the CSSOM (see `styled`).
#[component]
fn MarkerButton(props: &MarkerButtonProps) -> Html {
    let node = use_node_ref();
    use_styles(node.clone(), vec![("left", format!("{:.1}px", props.x_css)), ("top", format!("{:.1}px", props.y_css))]);
    html! {
        <button ref={node} class="marker-hit" aria-label={props.label.clone()} aria-pressed={props.selected.to_string()}
            data-marker={props.id.clone()} onclick={props.onclick.clone()}></button>
    }
}
