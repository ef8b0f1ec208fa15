//! PURE. The Complementarity view's control: the pair picked in the heatmap, with a button that
//! clears it.

use super::texts::ComplementarityTexts;
use crate::data::Dataset;
use crate::i18n::TextGroup;
use crate::state::{Action, AppState};
use crate::views::{pair_label, Chip, Control};

pub fn controls(_ds: &Dataset, state: &AppState) -> Vec<Control> {
    let Some((exporter, importer)) = state.tci_pair else { return Vec::new() };
    let own = ComplementarityTexts::of(state.locale);
    vec![Control::Chip(Chip {
        text: format!("{}: {}", own.tci_selected_pair, pair_label(state.locale, exporter, importer)),
        remove_label: own.tci_clear_pair.to_string(),
        remove: Action::ClearPair,
    })]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Iso3;

    #[test]
    fn a_picked_pair_shows_as_a_chip_that_clears_it() {
        let ds = Dataset::default();
        assert!(controls(&ds, &AppState::default()).is_empty());
        let pair = (Iso3::parse("KOR").unwrap(), Iso3::parse("CHN").unwrap());
        let state = AppState { tci_pair: Some(pair), ..AppState::default() };
        let shown = controls(&ds, &state);
        let [Control::Chip(chip)] = shown.as_slice() else { panic!("one chip") };
        assert_eq!(chip.text, "Selected pair: South Korea → China");
        assert_eq!(chip.remove, Action::ClearPair);
    }
}
