//! A data view: title, takeaway, controls, panels, the method disclosure and the source line.

use std::rc::Rc;

use yew::prelude::*;

use super::controls::{ViewControls, YearSlider};
use super::panel::PanelView;
use super::StateContext;
use crate::views::{self, ViewModel};

#[component]
pub fn ViewPage() -> Html {
    let state = use_context::<StateContext>().expect("the app provides the state");
    let t = state.locale.texts();
    let ds = match crate::data::embedded() {
        Ok(ds) => ds,
        Err(error) => {
            let message = crate::i18n::fill(t.dataset_error, &[("error", &error.to_string())]);
            return html! { <p class="error" role="alert">{ message }</p> };
        }
    };
    let model: ViewModel = views::build(ds, &state);
    let method = &model.method;

    html! {
        <article class="view" data-view={state.view.code()}>
            <h2>{ &model.title }</h2>
            <p class="takeaway" data-testid="takeaway">{ &model.takeaway }</p>
            <div class="toolbar">
                if let (Some(year), false) = (model.year, model.years.is_empty()) {
                    <YearSlider years={model.years.clone()} year={year} />
                }
                <ViewControls />
            </div>
            { for model.panels.iter().map(|panel| html! {
                <PanelView key={panel.key} panel={Rc::new(panel.clone())} />
            }) }
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
            <p class="source"><strong>{ format!("{}: ", t.source_label) }</strong>{ &model.source }</p>
        </article>
    }
}
