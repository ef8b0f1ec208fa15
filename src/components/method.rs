//! The "How is this computed?" disclosure and the source line under every view.

use yew::prelude::*;

use super::hooks::use_app_state;
use crate::views::Method;

#[derive(Properties, PartialEq)]
pub struct MethodNoteProps {
    pub method: Method,
    pub source: AttrValue,
}

#[component]
pub fn MethodNote(props: &MethodNoteProps) -> Html {
    let state = use_app_state();
    let t = state.locale.texts();
    let method = &props.method;
    html! {
        <>
            <details class="method">
                <summary>{ t.how_computed }</summary>
                <dl>
                    <dt>{ t.in_words }</dt>
                    <dd>{ &method.in_words }</dd>
                    if !method.formulas.is_empty() {
                        <dt>{ t.formula }</dt>
                        <dd>
                            { for method.formulas.iter().map(|f| html! { <code class="formula">{ f }</code> }) }
                            { for method.symbols.iter().map(|s| html! { <p>{ s }</p> }) }
                        </dd>
                    }
                    if !method.classification.is_empty() {
                        <dt>{ t.classification }</dt>
                        <dd>{ &method.classification }</dd>
                    }
                    if !method.years.is_empty() {
                        <dt>{ t.years }</dt>
                        <dd>{ &method.years }</dd>
                    }
                    if !method.caveats.is_empty() {
                        <dt>{ t.caveats }</dt>
                        <dd><ul>{ for method.caveats.iter().map(|c| html! { <li>{ c }</li> }) }</ul></dd>
                    }
                </dl>
            </details>
            <p class="source"><strong>{ format!("{}: ", t.source_label) }</strong>{ &props.source }</p>
        </>
    }
}
