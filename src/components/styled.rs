//! Inline styles without `style="…"` attributes, which a strict Content-Security-Policy
//! (`style-src 'self'`) refuses: values computed at run time (a legend colour, a tooltip's
//! position) are set through the CSSOM after rendering, which the policy allows.

use web_sys::HtmlElement;
use yew::prelude::*;

/// CSS declarations: property and value; an empty value removes the property.
pub type Styles = Vec<(&'static str, String)>;

/// Applies `styles` to the element.
pub fn apply_styles(element: &HtmlElement, styles: &[(&'static str, String)]) {
    let declaration = element.style();
    for (property, value) in styles {
        let _ = if value.is_empty() {
            declaration.remove_property(property).map(|_| ())
        } else {
            declaration.set_property(property, value)
        };
    }
}

/// Applies `styles` to the element behind `node` after each render that changes them.
#[hook]
pub fn use_styles(node: NodeRef, styles: Styles) {
    use_effect_with(styles, move |styles| {
        if let Some(element) = node.cast::<HtmlElement>() {
            apply_styles(&element, styles);
        }
    });
}

#[derive(Properties, PartialEq)]
pub struct StyledSpanProps {
    #[prop_or_default]
    pub class: Classes,
    pub styles: Styles,
    #[prop_or_default]
    pub children: Html,
}

/// A decorative `<span>` (hidden from screen readers) with run-time styles, such as a legend
/// swatch in a series colour.
#[component]
pub fn StyledSpan(props: &StyledSpanProps) -> Html {
    let node = use_node_ref();
    use_styles(node.clone(), props.styles.clone());
    // The server renderer runs no effect: a background it cannot set is painted by an SVG.
    let painted = if cfg!(target_arch = "wasm32") { Html::default() } else { background_picture(&props.styles) };
    html! { <span ref={node} class={props.class.clone()} aria-hidden="true">{ painted }{ props.children.clone() }</span> }
}

/// A legend swatch's background (a colour, or the dashes of a repeating gradient in one colour)
/// as an SVG that fills the swatch, for the prerendered page (SVG attributes are not styles, so a
/// strict Content-Security-Policy allows them).
fn background_picture(styles: &[(&'static str, String)]) -> Html {
    let Some((_, background)) = styles.iter().find(|(property, _)| *property == "background") else {
        return Html::default();
    };
    let Some(start) = background.find('#') else { return Html::default() };
    let colour: String = background[start..].chars().take_while(|c| *c == '#' || c.is_ascii_hexdigit()).collect();
    let dashes = background.starts_with("repeating-linear-gradient").then_some("5 4");
    html! {
        <svg class="swatch" viewBox="0 0 18 3" preserveAspectRatio="none">
            <line x1="0" y1="1.5" x2="18" y2="1.5" stroke={colour} stroke-width="3" stroke-dasharray={dashes} />
        </svg>
    }
}
