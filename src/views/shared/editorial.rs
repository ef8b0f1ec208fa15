//! PURE. A journalist's headline and description (`state::editorial`) put in place of the
//! widget's own words in an embed: the chart's title (or the view's, for a whole-view embed) and
//! the takeaway. The description also comes first in the chart's accessible description. The full
//! widget keeps its own words; the highlight and the note are drawn by the charts themselves.

use super::ViewModel;
use crate::state::AppState;

/// The model as the embed shows it.
pub fn apply(model: &mut ViewModel, state: &AppState) {
    let editorial = &state.editorial;
    if !state.embed || (editorial.headline.is_none() && editorial.description.is_none()) {
        return;
    }
    if let Some(description) = &editorial.description {
        model.takeaway = description.clone();
    }
    let single = state.panel.and_then(|key| model.panels.iter_mut().find(|p| p.key == key));
    match single {
        Some(panel) => {
            if let Some(headline) = &editorial.headline {
                panel.title = headline.clone();
            }
            if let Some(description) = &editorial.description {
                panel.description = format!("{description} {}", panel.description);
            }
        }
        None => {
            if let Some(headline) = &editorial.headline {
                model.title = headline.clone();
            }
        }
    }
}
