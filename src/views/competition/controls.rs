//! PURE. The Competition view's controls: the classification the ESI is computed on, and, once
//! the reader has loaded countries of their own, which of them to compare (WITS groups only).

use super::texts::CompetitionTexts;
use crate::data::{Classification, Dataset, Iso3};
use crate::i18n::TextGroup;
use crate::state::{Action, AppState};
use crate::views::{country_name, Choice, Control, Select};

pub fn controls(ds: &Dataset, state: &AppState) -> Vec<Control> {
    let own = CompetitionTexts::of(state.locale);
    let shown = state.esi_classification;
    let mut controls = vec![Control::Select(Select {
        label: own.esi_classification_label.to_string(),
        name: "classification",
        choices: vec![
            Choice::new("wits16", own.esi_option_wits, shown == Classification::Wits16),
            Choice::new("hs_section", own.esi_option_oec, shown == Classification::HsSection),
        ],
        disabled: false,
        adds: false,
        choose: |value| Classification::parse(value).map(Action::SetEsiClassification),
    })];
    let theirs = ds.user_countries();
    if !theirs.is_empty() && shown == Classification::Wits16 {
        let mut choices = vec![Choice::new("", "—", state.esi_own_country.is_none())];
        choices.extend(theirs.iter().map(|c| {
            let name = country_name(ds, state.locale, c.code);
            Choice::new(c.code.as_str(), name, state.esi_own_country == Some(c.code))
        }));
        controls.push(Control::Select(Select {
            label: state.locale.texts().own_data_compare_label.to_string(),
            name: "esi-own-country",
            choices,
            disabled: false,
            adds: false,
            // "—" compares none.
            choose: |value| Some(Action::CompareOwnCountry(Iso3::parse(value))),
        }));
    }
    controls
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_classification_picker_shows_the_chosen_one_and_no_own_country_without_own_data() {
        let state = AppState { esi_classification: Classification::HsSection, ..AppState::default() };
        let controls = controls(&Dataset::default(), &state);
        let [Control::Select(classification)] = controls.as_slice() else { panic!("one picker") };
        let selected: Vec<&str> =
            classification.choices.iter().filter(|c| c.selected).map(|c| c.value.as_str()).collect();
        assert_eq!(selected, ["hs_section"]);
        assert_eq!((classification.choose)("wits16"), Some(Action::SetEsiClassification(Classification::Wits16)));
        assert_eq!((classification.choose)("hs6"), None);
    }
}
