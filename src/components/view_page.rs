//! A data view: title, takeaway, controls, panels, the method disclosure and the source line.

use std::rc::Rc;

use yew::prelude::*;

use super::controls::{ViewControls, YearSlider};
use super::method::MethodNote;
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
            <MethodNote method={model.method.clone()} source={AttrValue::from(model.source.clone())} />
        </article>
    }
}
