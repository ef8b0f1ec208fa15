//! PURE. View models: from the dataset and the state to everything one view shows — titles,
//! takeaway, charts (as chart models), legends, data tables and the method note. Components
//! only render these.
//!
//! A view is a unit: its folder holds its model builder (`build`), the data parts it needs, what
//! selecting one of its chart items does, its controls as data (`controls.rs`) and its own
//! texts in the four languages (`texts.rs`).
//! What views share and no view owns is in `shared/`, re-exported here. Adding a view is its
//! folder and one line in the list of views (`state::each_view!`).
//!
//! Each `build` follows the same phases:
//! 1. pick the view's years and clamp the reader's year to them;
//! 2. compute the index values from the dataset;
//! 3. build each panel's chart model, legend and data table;
//! 4. write the takeaway from the computed values.

pub mod shared;

/// The view modules, the registry, the views' texts (`text_groups`, `check_texts`) and `build`,
/// from the list of views (`state::each_view!`).
macro_rules! view_modules {
    ($($name:ident: $view:ident = $code:literal, tab $tab:ident, in $chunk:ident $(as $page:ident)?,
        panels [$($panel:literal),*];)*) => {
        $(pub mod $name;)*

        /// Every view, in tab order.
        pub const REGISTRY: &[ViewUnit] = &[$($name::UNIT,)*];

        /// Every view's texts in a language, for its translation file (`build-dataset`).
        #[cfg(not(target_arch = "wasm32"))]
        pub fn text_groups(locale: crate::i18n::Locale) -> Vec<crate::i18n::bundle::GroupValues> {
            [$(<$name::OwnTexts as TextGroup>::file_values(locale),)* <WorkingTexts as TextGroup>::file_values(locale), <EditorTexts as TextGroup>::file_values(locale)]
                .into_iter()
                .flatten()
                .collect()
        }

        /// Whether a fetched translation file holds every view's own texts.
        pub fn check_texts(translation: &Translation) -> Result<(), String> {
            $(<$name::OwnTexts as TextGroup>::check(translation)?;)*
            <WorkingTexts as TextGroup>::check(translation)?;
            <EditorTexts as TextGroup>::check(translation)?;
            Ok(())
        }

        /// Builds the model of the state's view. The parks view's map, list and card are in its
        /// own model (`parks::model`); this gives its shared part. (For native callers: the
        /// prerenderer, the tests and the bench. The widget calls each view's builder from that
        /// view's page.)
        pub fn build(ds: &Dataset, state: &AppState) -> ViewModel {
            match state.view {
                $(View::$view => $name::build(ds, state),)*
            }
        }

        /// The working of the state's open index value, if the state's view shows it. (For the
        /// working's chunk, `components::working`, and native callers.)
        pub fn working(ds: &Dataset, state: &AppState) -> Option<Working> {
            match state.view {
                $(View::$view => $name::working(ds, state),)*
            }
        }

        /// The panel under whose chart the state's open working shows, if the state's view
        /// shows its value (each view's `working_panel`, the rule its `working` follows too).
        pub fn working_panel(state: &AppState) -> Option<&'static str> {
            let key = state.why?;
            match state.view {
                $(View::$view => $name::working_panel(key, state),)*
            }
        }
    };
}
crate::state::each_view!(view_modules);

pub use shared::*;

use crate::charts::HitTarget;
use crate::data::parts::DataPart;
use crate::data::Dataset;
use crate::i18n::bundle::Translation;
use crate::i18n::TextGroup;
use crate::state::{Action, AppState, View};
use shared::editor_texts::EditorTexts;
use shared::working_texts::WorkingTexts;

/// A view's model builder (each view's `build`).
pub type BuildView = fn(&Dataset, &AppState) -> ViewModel;

/// What the widget needs to know of a view besides its page: the data it reads and what a
/// selection in one of its charts does. Its builder is not here on purpose: the wasm's first
/// module reads this table, and a builder named in it would be pulled into that module instead
/// of its view's chunk.
pub struct ViewUnit {
    pub view: View,
    /// The data parts the view needs before it can be drawn, for the state's settings.
    pub data_parts: fn(&AppState) -> Vec<DataPart>,
    /// What selecting an item of one of its charts (`panel`, `target`) does, if anything.
    pub on_select: fn(panel: &str, target: HitTarget) -> Option<Action>,
}

/// For views whose chart items select nothing.
pub fn selects_nothing(_panel: &str, _target: HitTarget) -> Option<Action> {
    None
}

/// The registry's entry of a view.
pub fn unit(view: View) -> &'static ViewUnit {
    REGISTRY.iter().find(|unit| unit.view == view).expect("every view is in the registry")
}

/// Reads a language's translation file (`i18n::bundle::parse`) and checks that it holds every
/// view's own texts: a stale or damaged file is refused whole. In the split build this is the
/// translation chunk's entry (`components::chunks`), so the views' lists of text keys travel
/// with it instead of weighing on the first download.
pub fn read_translation(text: &'static str) -> Result<Translation, String> {
    let translation = crate::i18n::bundle::parse(text)?;
    check_texts(&translation)?;
    Ok(translation)
}

/// The data parts the state's view needs before it can be drawn.
pub fn data_parts(state: &AppState) -> Vec<DataPart> {
    (unit(state.view).data_parts)(state)
}

/// Each view's parts with its default settings: what the page loader fetches before the wasm
/// has started (written into the parts manifest by `build-dataset`).
pub fn default_data_parts() -> Vec<(&'static str, Vec<DataPart>)> {
    REGISTRY
        .iter()
        .map(|unit| (unit.view.code(), (unit.data_parts)(&AppState { view: unit.view, ..AppState::default() })))
        .collect()
}

/// What selecting a chart item does (a heatmap cell picks a pair or a product).
pub fn on_select(state: &AppState, panel: &str, target: HitTarget) -> Option<Action> {
    (unit(state.view).on_select)(panel, target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registry_holds_every_view_once_in_tab_order() {
        let registered: Vec<View> = REGISTRY.iter().map(|unit| unit.view).collect();
        assert_eq!(registered, View::ALL.to_vec());
    }
}
