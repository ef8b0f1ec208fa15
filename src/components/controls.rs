//! Controls of the views: the year slider, the country and product pickers, the classification
//! switch and the selected-pair chip. Each dispatches one state action.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::data;
use super::hooks::use_app_state;
use super::select_value;
use crate::data::{Classification, Iso3, WitsGroup, Year, WITS_GROUPS};
use crate::i18n::TextGroup;
use crate::state::{Action, MAX_EXTRA_COUNTRIES};
use crate::views::complementarity::texts::ComplementarityTexts;
use crate::views::focus_pairs;
use crate::views::{self, advantage, pair_label};

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

/// The controls of each view besides the year slider, one function per view: each is part of its
/// view's code (`chunks.rs`), so a view's controls load with it.
pub fn pair_controls() -> Html {
    html! { <PairControls /> }
}

pub fn advantage_controls() -> Html {
    html! { <AdvantageControls /> }
}

pub fn competition_controls() -> Html {
    html! { <CompetitionControls /> }
}

pub fn flow_controls() -> Html {
    html! { <FlowControls /> }
}

pub fn no_controls() -> Html {
    html! {}
}

/// Complementarity: the pair picked in the heatmap, with a button to clear it.
#[component]
fn PairControls() -> Html {
    let state = use_app_state();
    let t = state.locale.texts();
    let locale = state.locale;
    match state.tci_pair {
        Some((exporter, importer)) => {
            let onclick = {
                let state = state.clone();
                Callback::from(move |_| state.dispatch(Action::ClearPair))
            };
            html! {
                <div class="controls">
                    <span class="chip">
                        { format!("{}: {}", ComplementarityTexts::of(locale).tci_selected_pair, pair_label(locale, exporter, importer)) }
                        <button class="chip-remove" aria-label={t.tci_clear_pair} title={t.tci_clear_pair} onclick={onclick}>{ "×" }</button>
                    </span>
                </div>
            }
        }
        None => html! {},
    }
}

/// Comparative advantage: the product group followed over time and the countries added.
#[component]
fn AdvantageControls() -> Html {
    let state = use_app_state();
    let t = state.locale.texts();
    let locale = state.locale;
    let data_context = data::use_data_context();
    let addable = advantage::addable_countries(&data::dataset(&data_context), &state);
    let on_add = {
        let state = state.clone();
        Callback::from(move |event: Event| {
            if let Some(country) = select_value(&event).and_then(|v| Iso3::parse(&v)) {
                state.dispatch(Action::AddCountry(country));
            }
            if let Some(select) = event.target().and_then(|t| t.dyn_into::<HtmlSelectElement>().ok()) {
                select.set_value("");
            }
        })
    };
    let on_product = {
        let state = state.clone();
        Callback::from(move |event: Event| {
            if let Some(group) = select_value(&event).and_then(|v| v.parse().ok()).and_then(WitsGroup::new) {
                state.dispatch(Action::SelectProduct(group));
            }
        })
    };
    html! {
        <div class="controls">
            <label class="control">
                <span>{ t.rca_product_label }</span>
                <select onchange={on_product}>
                    { for (0..WITS_GROUPS.len()).map(|k| html! {
                        <option value={k.to_string()} selected={k == state.rca_product.index()}>{ locale.wits_group(k) }</option>
                    }) }
                </select>
            </label>
            <label class="control">
                <span>{ t.rca_add_country }</span>
                <select onchange={on_add} disabled={state.rca_extra_countries.len() >= MAX_EXTRA_COUNTRIES}>
                    <option value="" selected=true>{ "—" }</option>
                    { for addable.iter().filter(|c| !c.code.is_user_assigned()).map(|c| html! {
                        <option value={c.code.as_str().to_string()} disabled={!c.has_data}>
                            { if c.has_data { c.name.clone() } else { format!("{} {}", c.name, t.rca_no_wits_file) } }
                        </option>
                    }) }
                    if addable.iter().any(|c| c.code.is_user_assigned()) {
                        <optgroup label={t.own_data_group}>
                            { for addable.iter().filter(|c| c.code.is_user_assigned()).map(|c| html! {
                                <option value={c.code.as_str().to_string()} disabled={!c.has_data}>{ c.name.clone() }</option>
                            }) }
                        </optgroup>
                    }
                </select>
            </label>
            { for state.rca_extra_countries.iter().map(|&country| {
                let state = state.clone();
                let onclick = Callback::from(move |_| state.dispatch(Action::RemoveCountry(country)));
                let name = views::country_name(&data::dataset(&data_context), locale, country);
                let label = format!("{} {}", t.rca_remove_country, name);
                html! {
                    <span class="chip">
                        { name }
                        <button class="chip-remove" aria-label={label.clone()} title={label} onclick={onclick}>{ "×" }</button>
                    </span>
                }
            }) }
        </div>
    }
}

/// Competition: the classification, and a country of the reader's own data to compare.
#[component]
fn CompetitionControls() -> Html {
    let state = use_app_state();
    let t = state.locale.texts();
    let locale = state.locale;
    let data_context = data::use_data_context();
    let ds = data::dataset(&data_context);
    let own: Vec<(Iso3, String)> =
        ds.user_countries().iter().map(|c| (c.code, views::country_name(&ds, locale, c.code))).collect();
    let on_compare = {
        let state = state.clone();
        Callback::from(move |event: Event| {
            let country = select_value(&event).and_then(|v| Iso3::parse(&v));
            state.dispatch(Action::CompareOwnCountry(country));
        })
    };
    let on_change = {
        let state = state.clone();
        Callback::from(move |event: Event| {
            if let Some(c) = select_value(&event).and_then(|v| Classification::parse(&v)) {
                state.dispatch(Action::SetEsiClassification(c));
            }
        })
    };
    html! {
        <div class="controls">
            <label class="control">
                <span>{ t.esi_classification_label }</span>
                <select onchange={on_change}>
                    <option value="wits16" selected={state.esi_classification == Classification::Wits16}>{ t.esi_option_wits }</option>
                    <option value="hs_section" selected={state.esi_classification == Classification::HsSection}>{ t.esi_option_oec }</option>
                </select>
            </label>
            // The reader's own countries (WITS groups only), once some are loaded.
            if !own.is_empty() && state.esi_classification == Classification::Wits16 {
                <label class="control">
                    <span>{ t.own_data_compare_label }</span>
                    <select onchange={on_compare} data-testid="esi-own-country">
                        <option value="" selected={state.esi_own_country.is_none()}>{ "—" }</option>
                        { for own.iter().map(|(code, name)| html! {
                            <option value={code.as_str().to_string()} selected={state.esi_own_country == Some(*code)}>{ name.clone() }</option>
                        }) }
                    </select>
                </label>
            }
        </div>
    }
}

/// Between the three and Value chains: the direction of trade.
#[component]
fn FlowControls() -> Html {
    let state = use_app_state();
    let t = state.locale.texts();
    let locale = state.locale;
    let on_change = {
        let state = state.clone();
        Callback::from(move |event: Event| {
            let value = select_value(&event);
            let flow = value.as_deref().and_then(|v| v.split_once('-'));
            if let Some((Some(exporter), Some(importer))) = flow.map(|(a, b)| (Iso3::parse(a), Iso3::parse(b))) {
                state.dispatch(Action::SelectFlow(exporter, importer));
            }
        })
    };
    html! {
        <div class="controls">
            <label class="control">
                <span>{ t.between_flow_label }</span>
                <select onchange={on_change} data-control="flow">
                    { for focus_pairs().into_iter().map(|(exporter, importer)| html! {
                        <option value={format!("{exporter}-{importer}")} selected={state.bilateral_flow == (exporter, importer)}>
                            { pair_label(locale, exporter, importer) }
                        </option>
                    }) }
                </select>
            </label>
        </div>
    }
}
