//! PURE. The Comparative advantage view's controls: the product group followed over time, a
//! picker that adds a country (an RCEP member or one of the reader's own), and a chip for each
//! country added.

use super::addable_countries;
use super::texts::AdvantageTexts;
use crate::data::{Dataset, Iso3, WitsGroup, WITS_GROUPS};
use crate::i18n::TextGroup;
use crate::state::{Action, AppState, MAX_EXTRA_COUNTRIES};
use crate::views::{country_name, Chip, Choice, Control, Select};

pub fn controls(ds: &Dataset, state: &AppState) -> Vec<Control> {
    let own = AdvantageTexts::of(state.locale);
    let products = (0..WITS_GROUPS.len())
        .map(|k| Choice::new(k.to_string(), state.locale.wits_group(k), k == state.rca_product.index()))
        .collect();
    let mut controls = vec![
        Control::Select(Select {
            label: own.rca_product_label.to_string(),
            name: "product",
            choices: products,
            disabled: false,
            adds: false,
            choose: choose_product,
        }),
        Control::Select(add_country(ds, state, own)),
    ];
    controls.extend(state.rca_extra_countries.iter().map(|&country| {
        let name = country_name(ds, state.locale, country);
        Control::Chip(Chip {
            remove_label: format!("{} {name}", own.rca_remove_country),
            text: name,
            remove: Action::RemoveCountry(country),
        })
    }));
    controls
}

/// "Add a country": the RCEP members not shown (those without a WITS file disabled), then the
/// reader's own countries under their heading.
fn add_country(ds: &Dataset, state: &AppState, own: &AdvantageTexts) -> Select {
    let own_group = state.locale.texts().own_data_group;
    let mut choices = vec![Choice::new("", "—", true)];
    let addable = addable_countries(ds, state);
    let (theirs, members): (Vec<_>, Vec<_>) = addable.into_iter().partition(|c| c.code.is_user_assigned());
    choices.extend(members.into_iter().map(|c| Choice {
        value: c.code.as_str().to_string(),
        label: if c.has_data { c.name } else { format!("{} {}", c.name, own.rca_no_wits_file) },
        disabled: !c.has_data,
        ..Choice::default()
    }));
    choices.extend(theirs.into_iter().map(|c| Choice {
        value: c.code.as_str().to_string(),
        label: c.name,
        disabled: !c.has_data,
        group: Some(own_group.to_string()),
        ..Choice::default()
    }));
    Select {
        label: own.rca_add_country.to_string(),
        name: "add-country",
        choices,
        disabled: state.rca_extra_countries.len() >= MAX_EXTRA_COUNTRIES,
        adds: true,
        choose: |value| Iso3::parse(value).map(Action::AddCountry),
    }
}

fn choose_product(value: &str) -> Option<Action> {
    value.parse().ok().and_then(WitsGroup::new).map(Action::SelectProduct)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn selects(controls: &[Control]) -> Vec<&Select> {
        controls.iter().filter_map(|c| if let Control::Select(s) = c { Some(s) } else { None }).collect()
    }

    #[test]
    fn the_product_picker_selects_the_shown_group_and_chooses_another() {
        let state = AppState::default();
        let controls = controls(&Dataset::default(), &state);
        let product = selects(&controls)[0];
        assert_eq!(product.choices.len(), WITS_GROUPS.len());
        let selected: Vec<usize> =
            product.choices.iter().enumerate().filter(|(_, c)| c.selected).map(|(k, _)| k).collect();
        assert_eq!(selected, [state.rca_product.index()]);
        assert_eq!((product.choose)("3"), WitsGroup::new(3).map(Action::SelectProduct));
        assert_eq!((product.choose)("99"), None);
        assert_eq!((product.choose)("x"), None);
    }

    #[test]
    fn the_country_picker_adds_and_each_added_country_has_a_chip() {
        let vnm = Iso3::parse("VNM").unwrap();
        let state = AppState { rca_extra_countries: vec![vnm], ..AppState::default() };
        let controls = controls(&Dataset::default(), &state);
        let add = selects(&controls)[1];
        assert!(add.adds);
        assert_eq!(add.choices[0].value, "");
        assert!(!add.choices.iter().any(|c| c.value == "VNM"), "Vietnam is shown already");
        assert!(!add.choices.iter().any(|c| c.value == "CHN"), "China is always shown");
        assert_eq!((add.choose)("THA"), Some(Action::AddCountry(Iso3::parse("THA").unwrap())));
        assert_eq!((add.choose)(""), None);
        let chips: Vec<&Chip> =
            controls.iter().filter_map(|c| if let Control::Chip(chip) = c { Some(chip) } else { None }).collect();
        assert_eq!(chips.len(), 1);
        assert_eq!(chips[0].text, "Vietnam");
        assert_eq!(chips[0].remove_label, "Remove Vietnam");
        assert_eq!(chips[0].remove, Action::RemoveCountry(vnm));
    }
}
