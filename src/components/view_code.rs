//! The shown view, once its code is here: in the split build every view but the opening one is a
//! chunk of the wasm (`chunks.rs`), fetched when the view is first shown (or hovered before).

use yew::prelude::*;

use super::chunks::{self, ChunkFailed};
use super::hooks::use_app_state;
use super::view_page::DataLoading;

/// The outcome of one attempt to fetch a view's code, during one showing of the view.
#[derive(Clone, PartialEq)]
struct Attempt {
    showing: u32,
    number: u32,
    outcome: Result<(), ChunkFailed>,
}

#[component]
pub fn ViewCode() -> Html {
    let state = use_app_state();
    let view = state.view;
    // Each time the view is shown counts anew: a failure seen on an earlier showing is not shown
    // again while the new attempt is under way (the file may be back by now).
    let shown = use_mut_ref(|| (view, 0_u32));
    let showing = {
        let mut shown = shown.borrow_mut();
        if shown.0 != view {
            *shown = (view, shown.1 + 1);
        }
        shown.1
    };
    let attempt_number = use_state(|| 0_u32);
    let last_attempt = use_state(|| None::<Attempt>);
    {
        let last_attempt = last_attempt.clone();
        use_effect_with((view, showing, *attempt_number), move |&(view, showing, number)| {
            if chunks::page_if_loaded(view).is_none() {
                yew::platform::spawn_local(async move {
                    let outcome = chunks::load_page(view).await.map(|_| ());
                    last_attempt.set(Some(Attempt { showing, number, outcome }));
                });
            }
        });
    }
    if let Some(page) = chunks::page_if_loaded(view) {
        return page();
    }
    let failed = matches!(&*last_attempt,
        Some(Attempt { showing: s, number, outcome: Err(_) }) if *s == showing && *number == *attempt_number);
    if failed {
        let on_retry = {
            let attempt_number = attempt_number.clone();
            Callback::from(move |_| attempt_number.set(*attempt_number + 1))
        };
        html! { <CodeFailed on_retry={on_retry} /> }
    } else {
        html! { <DataLoading /> }
    }
}

#[derive(Properties, PartialEq)]
struct CodeFailedProps {
    on_retry: Callback<MouseEvent>,
}

/// A view whose code could not be fetched: a message and a button that fetches it again.
#[component]
fn CodeFailed(props: &CodeFailedProps) -> Html {
    let state = use_app_state();
    let t = state.locale.texts();
    use_effect_with((), |_| {
        web_sys::console::error_1(&"cjk-trade-widget: the view's code could not be loaded".into());
        crate::embed::announce_started();
    });
    html! {
        <div class="view" data-testid="code-failed">
            <p class="error" role="alert">{ t.code_failed }</p>
            <button type="button" class="button" data-action="retry-view" onclick={props.on_retry.clone()}>{ t.try_again }</button>
        </div>
    }
}
