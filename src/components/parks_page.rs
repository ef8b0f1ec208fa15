//! The cooperation parks view: filters, the map, the list beside it (the accessible alternative,
//! always in step with the map and the filters) and the details card of the selected park.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::data::{self, use_data, use_data_context};
use super::embed_dialog::EmbedDialog;
use super::hooks::{use_app_state, use_theme};
use super::method::MethodNote;
use super::parks_map::MapCanvas;
use super::select_value;
use super::styled::StyledSpan;
use super::view_page::{data_or_placeholder, DataLoading};
use super::StateContext;
use crate::i18n::TextGroup;
use crate::map::draw::marker_style;
use crate::state::{url, Action, MapView, PartnerFilter, WhyKey};
use crate::views;
use crate::views::parks::texts::ParksTexts;
use crate::views::parks::{self, ListItem, ParkCard};

#[component]
pub fn ParksPage() -> Html {
    let state = use_app_state();
    let parks_texts = ParksTexts::of(state.locale);
    let theme = use_theme();
    let context = use_data_context();
    let ds = match data_or_placeholder(use_data(views::data_parts(&state))) {
        Ok(ds) => ds,
        Err(placeholder) => return placeholder,
    };
    let Some(basemap) = data::basemap(&context) else {
        return html! { <DataLoading /> };
    };
    let model = parks::model(&ds, &state);
    let filters = &state.parks;

    let on_select = {
        let state = state.clone();
        Callback::from(move |id: String| state.dispatch(Action::SelectPark(Some(id))))
    };
    let on_view = {
        let state = state.clone();
        Callback::from(move |view: MapView| state.dispatch(Action::SetMapView(view)))
    };
    html! {
        <article class="view" data-view="parks">
            <h2>{ &model.common.title }</h2>
            <p class="takeaway" data-testid="takeaway">{ &model.common.takeaway }</p>
            if let Some(error) = &model.error {
                <p class="error" role="alert">{ error }</p>
            }
            <ParkFilters approval_years={Rc::new(model.approval_years.clone())} />
            <p class="notice-approx">{ &model.notice }</p>
            <div class="parks-layout">
                <div class="parks-map-column">
                    <MapCanvas
                        basemap={basemap}
                        markers={Rc::new(model.markers.clone())}
                        marker_ids={Rc::new(model.marker_ids.clone())}
                        map_view={filters.map_view}
                        description={AttrValue::from(model.description.clone())}
                        on_select={on_select.clone()}
                        on_view={on_view}
                    />
                    <ul class="map-legend">
                        { for [(crate::data::parks::ParkKind::ChinaJapan, parks_texts.legend_cn_jp), (crate::data::parks::ParkKind::ChinaKorea, parks_texts.legend_cn_kr), (crate::data::parks::ParkKind::KoreaHostedChina, parks_texts.legend_kr_cn), (crate::data::parks::ParkKind::ChinaKoreaCityPilot, parks_texts.legend_cn_kr_pilot)].into_iter().map(|(kind, label)| {
                            let (color, symbol) = marker_style(kind);
                            html! { <li><StyledSpan class="legend-marker" styles={vec![("color", theme.graphic(color).hex())]}>{ symbol }</StyledSpan>{ label }</li> }
                        }) }
                    </ul>
                </div>
                <ParksList items={Rc::new(model.list.clone())} on_select={on_select.clone()} />
            </div>
            if let Some(card) = &model.card {
                <ParkCardView card={card.clone()} />
            }
            <MethodNote method={model.common.method.clone()} source={AttrValue::from(model.common.source.clone())} />
            // The snippets name the page's own address, which only the browser knows.
            if !state.embed && cfg!(target_arch = "wasm32") {
                <EmbedDialog view_title={AttrValue::from(model.common.title.clone())} panels={Vec::new()} />
            }
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct ParkFiltersProps {
    approval_years: Rc<Vec<u16>>,
}

/// The parks' filters: partner, approval period and focus-industry keyword, and a reset.
#[component]
fn ParkFilters(props: &ParkFiltersProps) -> Html {
    let state = use_app_state();
    let t = state.locale.texts();
    let filters = &state.parks;
    let on_partner = |partner: PartnerFilter| {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::SetPartnerFilter(partner)))
    };
    let on_period = |is_from: bool| {
        let state = state.clone();
        Callback::from(move |event: Event| {
            let year = select_value(&event).and_then(|v| v.parse().ok());
            let (from, to) = (state.parks.approved_from, state.parks.approved_to);
            let period = if is_from { (year, to) } else { (from, year) };
            state.dispatch(Action::SetApprovalPeriod(period.0, period.1));
        })
    };
    let on_keyword = {
        let state = state.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) {
                state.dispatch(Action::SetKeyword(input.value()));
            }
        })
    };
    let on_clear = {
        let state = state.clone();
        Callback::from(move |_| {
            state.dispatch(Action::SetPartnerFilter(PartnerFilter::All));
            state.dispatch(Action::SetApprovalPeriod(None, None));
            state.dispatch(Action::SetKeyword(String::new()));
        })
    };
    let year_options = |selected: Option<u16>| {
        html! {
            <>
                <option value="" selected={selected.is_none()}>{ t.parks_any }</option>
                { for props.approval_years.iter().map(|y| html! {
                    <option value={y.to_string()} selected={selected == Some(*y)}>{ y }</option>
                }) }
            </>
        }
    };
    let partner_button = |partner: PartnerFilter, label: &'static str| {
        let pressed = filters.partner == partner;
        html! {
            <button class={classes!("segment", pressed.then_some("is-selected"))} aria-pressed={pressed.to_string()}
                onclick={on_partner(partner)} data-partner={partner.code()}>{ label }</button>
        }
    };

    html! {
    <div class="toolbar parks-filters">
        <div class="control" role="group" aria-label={t.parks_partner_label}>
            <span>{ t.parks_partner_label }</span>
            <span class="segments">
                { partner_button(PartnerFilter::All, t.partner_all) }
                { partner_button(PartnerFilter::Japan, t.partner_japan) }
                { partner_button(PartnerFilter::Korea, t.partner_korea) }
            </span>
        </div>
        <div class="control">
            <span id="period-label">{ t.parks_period_label }</span>
            <select aria-label={format!("{} {}", t.parks_period_label, t.parks_from)} onchange={on_period(true)} data-testid="from">{ year_options(filters.approved_from) }</select>
            <span>{ t.parks_to }</span>
            <select aria-label={format!("{} {}", t.parks_period_label, t.parks_to)} onchange={on_period(false)} data-testid="to">{ year_options(filters.approved_to) }</select>
        </div>
        <label class="control">
            <span>{ t.parks_keyword_label }</span>
            <input type="search" value={filters.keyword.clone()} placeholder={t.parks_keyword_placeholder} oninput={on_keyword} data-testid="keyword" />
        </label>
        <button class="button" onclick={on_clear}>{ t.parks_clear_filters }</button>
    </div>
    }
}

#[derive(Properties, PartialEq)]
struct ParksListProps {
    items: Rc<Vec<ListItem>>,
    on_select: Callback<String>,
}

/// The parks beside the map, each a button that opens its card.
#[component]
fn ParksList(props: &ParksListProps) -> Html {
    let state = use_app_state();
    let t = state.locale.texts();
    let theme = use_theme();
    let model_list = &props.items;
    let on_select = &props.on_select;
    html! {
    <section class="parks-list" aria-labelledby="parks-list-title">
        <h3 id="parks-list-title">{ crate::i18n::fill(t.parks_list_title, &[("n", &model_list.len().to_string())]) }</h3>
        if model_list.is_empty() {
            <p class="note">{ t.parks_none_match }</p>
        }
        <ul>
            { for model_list.iter().map(|item| {
                let (color, symbol) = marker_style(item.kind);
                let onclick = {
                    let on_select = on_select.clone();
                    let id = item.id.clone();
                    Callback::from(move |_| on_select.emit(id.clone()))
                };
                html! {
                    <li>
                        <button class={classes!("park-item", item.selected.then_some("is-selected"))}
                            aria-pressed={item.selected.to_string()} onclick={onclick} data-park={item.id.clone()}>
                            <StyledSpan class="legend-marker" styles={vec![("color", theme.graphic(color).hex())]}>{ symbol }</StyledSpan>
                            <span class="park-item-text">
                                <span class="park-item-name">{ &item.name }</span>
                                <span class="park-item-meta">{ format!("{} · {}", item.place, item.approval_year) }</span>
                            </span>
                        </button>
                    </li>
                }
            }) }
        </ul>
    </section>
    }
}

#[derive(Properties, PartialEq)]
struct ParkCardProps {
    card: ParkCard,
}

#[component]
fn ParkCardView(props: &ParkCardProps) -> Html {
    let state = use_app_state();
    let t = state.locale.texts();
    let card = &props.card;
    let close = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::SelectPark(None)))
    };
    let value = |v: Option<f64>| v.map_or(t.no_data.to_string(), |v| state.locale.number(v, 2));
    html! {
        <section class="park-card" aria-labelledby="park-card-title" data-testid="park-card" data-park={card.id.clone()}>
            <div class="park-card-head">
                <h3 id="park-card-title">{ &card.title }</h3>
                <button class="chip-remove" aria-label={t.card_close} title={t.card_close} onclick={close}>{ "×" }</button>
            </div>
            if let Some(note) = &card.language_note { <p class="note">{ note }</p> }
            <dl class="park-fields">
                { for card.fields.iter().map(|(label, value)| html! { <><dt>{ label }</dt><dd>{ value }</dd></> }) }
                <dt>{ t.field_sources }</dt>
                <dd>
                    <ul class="sources">
                        { for card.sources.iter().map(|(label, refs)| html! {
                            <li>
                                <span class="source-kind">{ format!("{label}: ") }</span>
                                { for refs.iter().enumerate().map(|(i, r)| html! {
                                    <>
                                        if i > 0 { { " · " } }
                                        if let Some(url) = &r.url {
                                            <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ &r.text }</a>
                                        } else {
                                            <span>{ &r.text }</span>
                                        }
                                    </>
                                }) }
                            </li>
                        }) }
                    </ul>
                </dd>
            </dl>
            <h4>{ t.trade_links_title }</h4>
            if !card.trade_rows.is_empty() {
                <div class="table-wrap">
                    <table>
                        <thead><tr>{ for card.trade_columns.iter().map(|c| html! { <th scope="col">{ c }</th> }) }<th></th></tr></thead>
                        <tbody>
                            { for card.trade_rows.iter().map(|row| {
                                let (href, onclick) = link_to(&state, parks::see_product_actions(row.wits_group));
                                let values = [row.rca[0], row.rca[1], row.tsc[0], row.tsc[1]];
                                html! {
                                    <tr>
                                        <th scope="row">{ &row.product }</th>
                                        { for values.iter().zip(&row.why).map(|(v, key)| why_cell(&state, value(*v), *key)) }
                                        <td><a href={href} onclick={onclick}>{ &row.link_text }</a></td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            <p class="note">{ &card.trade_note }</p>
        </section>
    }
}

/// A card's RCA or TSC: a link to its view with the value's working open, when it has a value.
fn why_cell(state: &StateContext, shown: String, key: Option<WhyKey>) -> Html {
    let Some(key) = key else { return html! { <td>{ shown }</td> } };
    let (href, onclick) = link_to(state, parks::why_actions(key));
    let locale = state.locale;
    let subject = crate::views::working::subject_text(locale, key, &|code| locale.country(code));
    let label = crate::views::working::why_label(
        locale,
        &shown,
        &format!("{} {subject}", key.index.code().to_uppercase()),
        key.year,
    );
    html! { <td><a class="why-cell" href={href} data-why={key.to_string()} aria-label={label} {onclick}>{ shown }</a></td> }
}

/// A link to the state `actions` lead to: its address (so that it opens in a new tab too) and
/// the click that applies them in place.
fn link_to(state: &StateContext, actions: [Action; 2]) -> (String, Callback<MouseEvent>) {
    let href = format!("?{}", url::encode(&actions.iter().cloned().fold((**state).clone(), |s, a| s.apply(a))));
    let state = state.clone();
    let onclick = Callback::from(move |event: MouseEvent| {
        event.prevent_default();
        for action in actions.iter().cloned() {
            state.dispatch(action);
        }
    });
    (href, onclick)
}
