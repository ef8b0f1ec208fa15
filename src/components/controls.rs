//! Controls of the views: the year slider, and the pickers and chips each view describes in its
//! own `controls` (`views::Control`). Each dispatches one state action.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::hooks::use_app_state;
use super::select_value;
use super::StateContext;
use crate::data::Year;
use crate::state::Action;
use crate::views::{Chip, Choice, Control, Select};

#[derive(Properties, PartialEq)]
pub struct YearSliderProps {
    pub years: Vec<Year>,
    pub year: Year,
}

/// A range input over the years that have data, with previous/next buttons. Arrow keys move it
/// natively; every change updates all charts of the view.
#[component]
pub fn YearSlider(props: &YearSliderProps) -> Html {
    let state = use_app_state();
    let t = state.locale.texts();
    // A view without years shows no slider (its parent checks too; this keeps an empty list harmless).
    let (Some(&first), Some(&last)) = (props.years.first(), props.years.last()) else { return html! {} };
    let position = props.years.iter().position(|y| *y == props.year).unwrap_or(props.years.len() - 1);
    let set = {
        let state = state.clone();
        move |year: Year| state.dispatch(Action::SetYear(year))
    };
    let on_input = {
        let set = set.clone();
        Callback::from(move |event: InputEvent| {
            let input = event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok());
            if let Some(year) = input.and_then(|i| i.value().parse().ok()) {
                set(year);
            }
        })
    };
    let step = |delta: isize| {
        let set = set.clone();
        let years = props.years.clone();
        let target = position as isize + delta;
        Callback::from(move |_| {
            if let Some(year) = usize::try_from(target).ok().and_then(|i| years.get(i)) {
                set(*year);
            }
        })
    };
    html! {
        <div class="year-slider">
            <label for="year-input">{ t.year_label }</label>
            <button class="step" aria-label={t.previous_year} disabled={position == 0} onclick={step(-1)}>{ "‹" }</button>
            <input
                id="year-input"
                type="range"
                min={first.to_string()}
                max={last.to_string()}
                step="1"
                value={props.year.to_string()}
                aria-valuetext={props.year.to_string()}
                oninput={on_input}
            />
            <button class="step" aria-label={t.next_year} disabled={position + 1 == props.years.len()} onclick={step(1)}>{ "›" }</button>
            <output for="year-input" class="year-value" aria-live="polite">{ props.year }</output>
        </div>
    }
}

/// A view's controls besides the year slider (`views::Control`, built by the view's own
/// `controls`): pickers and chips, each dispatching its action.
pub fn view_controls(controls: &[Control], state: &StateContext) -> Html {
    if controls.is_empty() {
        return html! {};
    }
    html! {
        <div class="controls">
            { for controls.iter().map(|control| match control {
                Control::Select(select) => picker(select, state),
                Control::Chip(chip) => chip_of(chip, state),
            }) }
        </div>
    }
}

fn picker(select: &Select, state: &StateContext) -> Html {
    let onchange = {
        let state = state.clone();
        let (choose, adds) = (select.choose, select.adds);
        Callback::from(move |event: Event| {
            if let Some(action) = select_value(&event).and_then(|value| choose(&value)) {
                state.dispatch(action);
            }
            // A picker that adds shows its first entry again, ready for the next pick.
            if adds {
                if let Some(element) = event.target().and_then(|t| t.dyn_into::<HtmlSelectElement>().ok()) {
                    element.set_value("");
                }
            }
        })
    };
    // Entries of the same group sit under one heading, in the order given.
    let mut runs: Vec<(Option<&String>, Vec<&Choice>)> = Vec::new();
    for choice in &select.choices {
        match runs.last_mut() {
            Some((group, run)) if *group == choice.group.as_ref() => run.push(choice),
            _ => runs.push((choice.group.as_ref(), vec![choice])),
        }
    }
    let option = |choice: &Choice| {
        html! {
            <option value={choice.value.clone()} selected={choice.selected} disabled={choice.disabled}>{ choice.label.clone() }</option>
        }
    };
    html! {
        <label class="control">
            <span>{ select.label.clone() }</span>
            <select {onchange} disabled={select.disabled} data-control={select.name}>
                { for runs.into_iter().map(|(group, run)| match group {
                    Some(label) => html! { <optgroup label={label.clone()}>{ for run.into_iter().map(option) }</optgroup> },
                    None => html! { { for run.into_iter().map(option) } },
                }) }
            </select>
        </label>
    }
}

fn chip_of(chip: &Chip, state: &StateContext) -> Html {
    let onclick = {
        let state = state.clone();
        let remove = chip.remove.clone();
        Callback::from(move |_| state.dispatch(remove.clone()))
    };
    html! {
        <span class="chip">
            { chip.text.clone() }
            <button class="chip-remove" aria-label={chip.remove_label.clone()} title={chip.remove_label.clone()} {onclick}>{ "×" }</button>
        </span>
    }
}
