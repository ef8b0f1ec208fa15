//! PURE. A view's controls besides the year slider, as data: each view's `controls.rs` says
//! which pickers and chips it shows, with their labels, choices and the action each choice
//! dispatches; one component (`components::controls`) draws any of them. So what a view offers
//! the reader is tested natively and travels with the view's code.

use crate::data::Dataset;
use crate::i18n::Locale;
use crate::state::{Action, AppState};

use super::{focus_pairs, pair_label};

/// One control of a view. (Not comparable: a picker's `choose` is a function pointer, and those
/// have no reliable identity.)
#[derive(Clone, Debug)]
pub enum Control {
    Select(Select),
    /// Something the reader chose, with a button that takes it away.
    Chip(Chip),
}

/// A labelled picker: choosing an entry dispatches `choose(value)`, if it names an action.
#[derive(Clone, Debug)]
pub struct Select {
    pub label: String,
    /// Its `data-control` name, stable for tests and hosts' scripts.
    pub name: &'static str,
    pub choices: Vec<Choice>,
    pub disabled: bool,
    /// Whether the picker shows its first choice again after each pick: a picker that adds
    /// (a country to the chart) rather than one that sets a value.
    pub adds: bool,
    pub choose: fn(&str) -> Option<Action>,
}

/// One entry of a picker. Entries with the same `group` are shown under that heading.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
    pub disabled: bool,
    pub group: Option<String>,
}

impl Choice {
    pub fn new(value: impl Into<String>, label: impl Into<String>, selected: bool) -> Choice {
        Choice { value: value.into(), label: label.into(), selected, ..Choice::default() }
    }
}

/// A chosen item and the button that removes it.
#[derive(Clone, Debug, PartialEq)]
pub struct Chip {
    pub text: String,
    /// The remove button's accessible name.
    pub remove_label: String,
    pub remove: Action,
}

/// What builds a view's controls from the dataset and the state.
pub type BuildControls = fn(&Dataset, &AppState) -> Vec<Control>;

/// For views with no control besides the year slider.
pub fn no_controls(_ds: &Dataset, _state: &AppState) -> Vec<Control> {
    Vec::new()
}

/// The direction of trade among the three (Between the three, Value chains).
pub fn flow_controls(_ds: &Dataset, state: &AppState) -> Vec<Control> {
    vec![Control::Select(flow_select(state.locale, state.bilateral_flow))]
}

fn flow_select(locale: Locale, (shown_exporter, shown_importer): (crate::data::Iso3, crate::data::Iso3)) -> Select {
    let choices = focus_pairs()
        .into_iter()
        .map(|(exporter, importer)| {
            let shown = (exporter, importer) == (shown_exporter, shown_importer);
            Choice::new(format!("{exporter}-{importer}"), pair_label(locale, exporter, importer), shown)
        })
        .collect();
    Select {
        label: locale.texts().between_flow_label.to_string(),
        name: "flow",
        choices,
        disabled: false,
        adds: false,
        choose: choose_flow,
    }
}

/// `KOR-CHN` selects South Korea → China.
fn choose_flow(value: &str) -> Option<Action> {
    let (exporter, importer) = value.split_once('-')?;
    Some(Action::SelectFlow(crate::data::Iso3::parse(exporter)?, crate::data::Iso3::parse(importer)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Iso3;

    #[test]
    fn the_flow_picker_offers_the_six_directions_and_selects_the_shown_one() {
        let state = AppState::default();
        let Control::Select(select) = &flow_controls(&Dataset::default(), &state)[0] else { panic!("a picker") };
        assert_eq!(select.choices.len(), 6);
        let selected: Vec<&str> = select.choices.iter().filter(|c| c.selected).map(|c| c.value.as_str()).collect();
        let (e, i) = state.bilateral_flow;
        assert_eq!(selected, [format!("{e}-{i}")]);
        let kor = Iso3::parse("KOR").unwrap();
        let chn = Iso3::parse("CHN").unwrap();
        assert_eq!((select.choose)("KOR-CHN"), Some(Action::SelectFlow(kor, chn)));
        assert_eq!((select.choose)("KOR"), None);
        assert_eq!((select.choose)("XX-CHN"), None);
    }
}
