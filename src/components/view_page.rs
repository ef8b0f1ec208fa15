//! A data view: title, takeaway, controls, panels, the method disclosure and the source line.

use std::rc::Rc;

use yew::prelude::*;

use super::chart_canvas::TAKEAWAY_ID;
use super::controls::{view_controls, YearSlider};
use super::data::{use_data, DataStatus};
use super::embed_dialog::EmbedDialog;
use super::hooks::{use_app_state, use_next_task_while_starting};
use super::method::MethodNote;
use super::own_data::OwnData;
use super::panel::PanelView;
use super::working::WorkingHost;
use crate::charts::ChartSpec;
use crate::data::Dataset;
use crate::state::{AppState, View};
use crate::views::own_data::view_shows_own_data;
use crate::views::{self, BuildControls, BuildView, Control, Panel, ViewModel};

/// A view's code (`chunks.rs`): its model builder and its controls. Equal when it is the same
/// view's (function pointers have no reliable identity of their own).
#[derive(Clone, Copy)]
pub struct ViewBuilder {
    pub view: View,
    pub build: BuildView,
    pub controls: BuildControls,
}

impl PartialEq for ViewBuilder {
    fn eq(&self, other: &Self) -> bool {
        self.view == other.view
    }
}

#[derive(Properties, PartialEq)]
pub struct ViewPageProps {
    pub build: ViewBuilder,
}

#[component]
pub fn ViewPage(props: &ViewPageProps) -> Html {
    let state = use_app_state();
    let status = use_data(views::data_parts(&state));
    // While the widget starts, the view's body (its model built, its title and controls) waits for
    // a task of its own after its data arrive: the page's update for the data and the body are two
    // short tasks rather than one long one.
    let body_shown = use_next_task_while_starting(matches!(status, DataStatus::Ready(_)));
    match data_or_placeholder(status) {
        Ok(ds) if body_shown => html! { <ViewBody dataset={DatasetHandle(ds)} build={props.build} /> },
        Ok(_) => html! { <DataLoading /> },
        Err(placeholder) => placeholder,
    }
}

/// The dataset once a view's parts are here; until then what to show instead.
pub fn data_or_placeholder(status: DataStatus) -> Result<Rc<Dataset>, Html> {
    match status {
        DataStatus::Ready(ds) => Ok(ds),
        DataStatus::Loading => Err(html! { <DataLoading /> }),
        DataStatus::Failed(error) => Err(html! { <DataFailed error={AttrValue::from(error)} /> }),
    }
}

/// The dataset as a prop: equal when it is the same allocation (it only changes when a part
/// arrives), so a view is not rebuilt for nothing.
#[derive(Clone)]
pub struct DatasetHandle(pub Rc<Dataset>);

impl PartialEq for DatasetHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
struct ViewBodyProps {
    dataset: DatasetHandle,
    build: ViewBuilder,
}

/// A view whose data are here. The model is built once per state and dataset, and each panel is
/// shared with its component rather than copied on every render.
#[component]
fn ViewBody(props: &ViewBodyProps) -> Html {
    let state = use_app_state();
    let built = use_view_model(&props.dataset, &state, props.build);
    let (model, panels, controls): &(ViewModel, Vec<Rc<Panel>>, Vec<Control>) = &built;
    // While the widget starts, the panels follow the title and the controls in a task of their own.
    let panels_shown = use_next_task_while_starting(true);
    let working_panel = use_working_panel(&state, panels);
    let working_under = |key: &'static str| match working_panel == Some(key) {
        true => html! { <WorkingHost dataset={props.dataset.clone()} /> },
        false => html! {},
    };
    let year_slider = match (model.year, model.years.is_empty()) {
        (Some(year), false) => html! { <YearSlider years={model.years.clone()} year={year} /> },
        _ => html! {},
    };

    // A journalist's locked embed shows the chart without its controls.
    let locked = state.embed && state.editorial.locked;
    let single = state.panel.and_then(|key| panels.iter().find(|p| p.key == key));
    use_started_without_chart(
        panels_shown,
        match single {
            Some(panel) => panel.chart.is_some(),
            None => panels.iter().any(|p| p.chart.is_some()),
        },
    );

    // A single-chart embed: title, takeaway, its controls, the chart with legend and table
    // toggle, the source line, the method collapsed, and the footer's link to the full widget.
    if let Some(panel) = single {
        let uses_year = !matches!(panel.chart, Some(ChartSpec::Line(_)));
        return html! {
            <article class="view is-single" data-view={state.view.code()} data-embed-panel={panel.key}
                aria-label={panel.title.clone()}>
                <h2>{ &panel.title }</h2>
                <p class="takeaway" id={TAKEAWAY_ID} data-testid="takeaway">{ &model.takeaway }</p>
                { toolbar(locked, if uses_year { year_slider } else { html! {} }, controls, &state) }
                if state.allow_upload && view_shows_own_data(state.view) {
                    <OwnData />
                }
                if panels_shown {
                    <PanelView key={panel.key} panel={panel.clone()} single=true
                        takeaway={AttrValue::from(model.takeaway.clone())} source={AttrValue::from(model.source.clone())} />
                    { working_under(panel.key) }
                }
                <MethodNote method={model.method.clone()} source={AttrValue::from(model.source.clone())} />
            </article>
        };
    }

    let leading_chart = panels.iter().find(|p| p.chart.is_some()).map(|p| p.key);
    // Every panel can be embedded alone, the article's table of every figure included.
    let embeddable: Vec<Rc<Panel>> = panels.clone();
    html! {
        <article class="view" data-view={state.view.code()}>
            <h2>{ &model.title }</h2>
            <p class="takeaway" id={TAKEAWAY_ID} data-testid="takeaway">{ &model.takeaway }</p>
            { toolbar(locked, year_slider, controls, &state) }
            if state.view != View::Article {
                <OwnData />
            }
            { for panels.iter().filter(|_| panels_shown).map(|panel| html! {
                <>
                    <PanelView key={panel.key} panel={panel.clone()} leads={Some(panel.key) == leading_chart}
                        takeaway={AttrValue::from(model.takeaway.clone())} source={AttrValue::from(model.source.clone())} />
                    { working_under(panel.key) }
                </>
            }) }
            <MethodNote method={model.method.clone()} source={AttrValue::from(model.source.clone())} />
            // The snippets name the page's own address, which only the browser knows.
            if !state.embed && cfg!(target_arch = "wasm32") {
                <EmbedDialog view_title={AttrValue::from(model.title.clone())} panels={embeddable}
                    build={embed_builder(&props.dataset, props.build)} />
            }
        </article>
    }
}

/// The view's model, its panels (each shared with its component rather than copied on every
/// render) and its controls, built once per state and dataset.
#[hook]
fn use_view_model(dataset: &DatasetHandle, state: &AppState, build: ViewBuilder) -> BuiltView {
    use_memo((dataset.clone(), state.clone(), build), |(ds, state, build)| {
        let mut model = (build.build)(&ds.0, state);
        crate::views::shared::editorial::apply(&mut model, state);
        let panels: Vec<Rc<Panel>> = model.panels.iter().cloned().map(Rc::new).collect();
        let controls = (build.controls)(&ds.0, state);
        (model, panels, controls)
    })
}

/// What [`use_view_model`] builds.
type BuiltView = Rc<(ViewModel, Vec<Rc<Panel>>, Vec<Control>)>;

/// Builds the view for another state (for "Embed this view"'s editor, which puts the
/// journalist's words in with `views::editorial::apply`).
fn embed_builder(dataset: &DatasetHandle, build: ViewBuilder) -> Callback<AppState, ViewModel> {
    let dataset = dataset.clone();
    Callback::from(move |state: AppState| (build.build)(&dataset.0, &state))
}

/// The year slider and the view's controls, left out of a journalist's locked embed.
fn toolbar(locked: bool, year_slider: Html, controls: &[Control], state: &super::StateContext) -> Html {
    if locked {
        return html! {};
    }
    html! {
        <div class="toolbar">
            { year_slider }
            { view_controls(controls, state) }
        </div>
    }
}

/// The panel under which the open working shows: its value's (the view's rule), or a single
/// chart's. A working that no panel here shows is not awaited at start-up.
#[hook]
fn use_working_panel(state: &AppState, panels: &[Rc<Panel>]) -> Option<&'static str> {
    let working_panel = state.why.and(state.panel.or_else(|| crate::views::working_panel(state)));
    let placed = working_panel.is_some_and(|key| panels.iter().any(|p| p.key == key));
    use_effect_with(placed, |placed| {
        if !*placed {
            crate::embed::working_settled();
        }
    });
    working_panel
}

/// A view that draws no chart (a table of figures, or no data for the chosen year) has started
/// once its panels are shown; one with charts once they are drawn (`canvas.rs`, `embed`).
#[hook]
fn use_started_without_chart(panels_shown: bool, draws_a_chart: bool) {
    use_effect_with((panels_shown, draws_a_chart), |(panels_shown, draws_a_chart)| {
        if *panels_shown && !draws_a_chart {
            crate::embed::announce_started();
        }
    });
}

/// Shown while a view's data are on their way (a fraction of a second on a good connection).
#[component]
pub fn DataLoading() -> Html {
    let state = use_app_state();
    html! {
        <div class="view is-loading" role="status" aria-live="polite">
            <p class="loading">{ state.locale.texts().data_loading }</p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct DataFailedProps {
    pub error: AttrValue,
}

/// A view whose data could not be loaded; the other views keep working.
#[component]
pub fn DataFailed(props: &DataFailedProps) -> Html {
    let state = use_app_state();
    let message = state.locale.texts().data_failed;
    // The details (which file, what went wrong) are for developers.
    let details = props.error.clone();
    use_effect_with((), move |_| {
        web_sys::console::error_1(&format!("cjk-trade-widget: the view's data could not be loaded: {details}").into());
        crate::embed::announce_started();
    });
    html! { <p class="error" role="alert" data-testid="data-failed">{ message }</p> }
}
