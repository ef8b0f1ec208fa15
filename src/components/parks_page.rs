//! The cooperation parks view (map and list): see `crate::map`.

use yew::prelude::*;

#[component]
pub fn ParksPage() -> Html {
    html! { <article class="view" data-view="parks"></article> }
}
