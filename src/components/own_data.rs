//! "Use your own data": a file picker and a drop zone, a progress bar while each file is read in
//! chunks (the page stays responsive between them), the refused files with their line and
//! reason, and the loaded countries with Remove and Reset. Files never leave the browser.

use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::time::Duration;

use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DragEvent, File, FileList, HtmlInputElement};
use yew::prelude::*;

use super::chunks;
use super::data::{change_user_data, dataset, use_data_context, DataAction};
use super::hooks::use_app_state;
use crate::data::user_file::{self, Problem, SlicedFileReader, UserCountryData, UserFileError};
use crate::data::Iso3;
use crate::i18n::fill;
use crate::state::Action;
use crate::views::country_name;
use crate::views::own_data::{error_text, loaded_text, support_text};

/// The file being read and how far, 0 to 1.
#[derive(Clone, PartialEq)]
struct Progress {
    file: String,
    done: f64,
}

/// What reads a file: in the split build, a chunk of its own (`chunks.rs`), fetched at the
/// first file.
pub type ReadOwnFile =
    fn(File, Callback<f64>) -> Pin<Box<dyn Future<Output = Result<Vec<UserCountryData>, UserFileError>>>>;

pub fn read_own_file(
    file: File,
    on_progress: Callback<f64>,
) -> Pin<Box<dyn Future<Output = Result<Vec<UserCountryData>, UserFileError>>>> {
    Box::pin(read_file(file, on_progress))
}

/// Reads one file a slice at a time, reporting progress after each and yielding to the browser,
/// so that no task copies, decodes or parses more than one slice.
async fn read_file(file: File, on_progress: Callback<f64>) -> Result<Vec<UserCountryData>, UserFileError> {
    let name = file.name();
    // The size is known before reading: a huge file is refused without being loaded.
    let mut reader = SlicedFileReader::new(&name, file.size() as usize)?;
    let buffer = JsFuture::from(file.array_buffer()).await.map_err(|_| UserFileError {
        file: name.clone(),
        line: 0,
        problem: Problem::NotText,
    })?;
    let bytes = Uint8Array::new(&buffer);
    let length_bytes = bytes.length();
    let mut start = 0;
    while start < length_bytes {
        let end = length_bytes.min(start.saturating_add(user_file::CHUNK_BYTES as u32));
        reader.push(&bytes.subarray(start, end).to_vec())?;
        on_progress.emit(f64::from(end) / f64::from(length_bytes));
        yew::platform::time::sleep(Duration::ZERO).await;
        start = end;
    }
    reader.finish()
}

/// The files of a picker or a drop, in order.
fn files_of(list: Option<FileList>) -> Vec<File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// The loader's state: files being read, the last files refused, and how to read more.
struct FileLoader {
    load: Callback<Vec<File>>,
    progress: UseStateHandle<Option<Progress>>,
    errors: UseStateHandle<Vec<UserFileError>>,
}

/// Reads files one after the other into the data; a refused file changes nothing loaded.
#[hook]
fn use_file_loader() -> FileLoader {
    let data_context = use_data_context();
    let ds = dataset(&data_context);
    let progress = use_state(|| None::<Progress>);
    let errors = use_state(Vec::<UserFileError>::new);
    let load = {
        let (progress, errors, data_context, ds) = (progress.clone(), errors.clone(), data_context.clone(), ds.clone());
        Callback::from(move |files: Vec<File>| {
            if files.is_empty() {
                return;
            }
            let (progress, errors, data_context) = (progress.clone(), errors.clone(), data_context.clone());
            let free_codes = Iso3::USER_ASSIGNED_COUNT.saturating_sub(ds.user_countries().len());
            yew::platform::spawn_local(async move {
                let mut refused = Vec::new();
                let mut free_codes = free_codes;
                for file in files {
                    let name = file.name();
                    progress.set(Some(Progress { file: name.clone(), done: 0.0 }));
                    let on_progress = {
                        let progress = progress.clone();
                        Callback::from(move |done| progress.set(Some(Progress { file: name.clone(), done })))
                    };
                    let outcome = match chunks::own_file_reader().await {
                        Ok(read) => read(file, on_progress).await,
                        Err(_) => Err(UserFileError { file: file.name(), line: 0, problem: Problem::ReaderNotLoaded }),
                    };
                    match outcome {
                        Ok(countries) if countries.len() > free_codes => {
                            let file = countries.first().map(|c| c.file.clone()).unwrap_or_default();
                            refused.push(UserFileError { file, line: 0, problem: Problem::TooManyCountries });
                        }
                        Ok(countries) => {
                            free_codes -= countries.len();
                            change_user_data(&data_context, DataAction::AddUserCountries(countries));
                        }
                        Err(error) => refused.push(error),
                    }
                }
                progress.set(None);
                errors.set(refused);
            });
        })
    };
    FileLoader { load, progress, errors }
}

#[component]
pub fn OwnData() -> Html {
    let state = use_app_state();
    let data_context = use_data_context();
    let dragging = use_state(|| false);
    let t = state.locale.texts();
    let ds = dataset(&data_context);
    let FileLoader { load, progress, errors } = use_file_loader();

    let on_pick = {
        let load = load.clone();
        Callback::from(move |event: Event| {
            let input = event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok());
            if let Some(input) = input {
                load.emit(files_of(input.files()));
                // Choosing the same file again after fixing it reads it again.
                input.set_value("");
            }
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let (dragging, load) = (dragging.clone(), load.clone());
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            load.emit(files_of(event.data_transfer().and_then(|d| d.files())));
        })
    };
    let on_reset = {
        let errors = errors.clone();
        Callback::from(move |()| errors.set(Vec::new()))
    };
    let has_loaded = !ds.user_countries().is_empty();
    html! {
        <details class={classes!("own-data", dragging.then_some("is-dragging"))} open={has_loaded}
            ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop} data-testid="own-data">
            <summary>{ t.own_data_title }</summary>
            <p class="note">{ t.own_data_privacy }</p>
            <label class="own-data-pick">
                <span>{ t.own_data_choose }</span>
                <input type="file" data-action="load-data" multiple=true accept=".csv,.CSV,text/csv" onchange={on_pick} />
            </label>
            <p class="note own-data-drop">{ t.own_data_drop }</p>
            if let Some(progress) = &*progress {
                <p class="own-data-progress" role="status">
                    <span>{ fill(t.own_data_reading, &[("file", &progress.file)]) }</span>
                    <progress max="1" value={progress.done.to_string()} data-testid="own-data-progress"></progress>
                </p>
            }
            if !errors.is_empty() {
                <ul class="own-data-errors" role="alert" data-testid="own-data-errors">
                    { for errors.iter().map(|e| html! { <li>{ error_text(state.locale, e) }</li> }) }
                </ul>
            }
            if has_loaded {
                <LoadedCountries {on_reset} />
            }
        </details>
    }
}

#[derive(Properties, PartialEq)]
struct LoadedCountriesProps {
    /// Called after "Reset to the article's data", so the panel forgets old errors too.
    on_reset: Callback<()>,
}

/// The reader's loaded countries, each with Remove, where the view shows them, and Reset.
#[component]
fn LoadedCountries(props: &LoadedCountriesProps) -> Html {
    let state = use_app_state();
    let data_context = use_data_context();
    let ds = dataset(&data_context);
    let t = state.locale.texts();
    let remove = |code: Iso3| {
        let (state, data_context) = (state.clone(), data_context.clone());
        Callback::from(move |_| {
            state.dispatch(Action::RemoveCountry(code));
            change_user_data(&data_context, DataAction::RemoveUserCountry(code));
        })
    };
    let reset = {
        let (state, data_context, ds, on_reset) =
            (state.clone(), data_context.clone(), ds.clone(), props.on_reset.clone());
        Callback::from(move |_| {
            for country in ds.user_countries() {
                state.dispatch(Action::RemoveCountry(country.code));
            }
            change_user_data(&data_context, DataAction::ClearUserCountries);
            on_reset.emit(());
        })
    };
    let loaded: Rc<[(Iso3, String)]> = ds
        .user_countries()
        .iter()
        .map(|c| (c.code, loaded_text(state.locale, &country_name(&ds, state.locale, c.code), c)))
        .collect();
    html! {
        <>
            <ul class="own-data-loaded" data-testid="own-data-loaded">
                { for loaded.iter().map(|(code, text)| html! {
                    <li data-country={code.as_str().to_string()}>
                        <span>{ text }</span>
                        <button class="button" onclick={remove(*code)}>{ t.own_data_remove }</button>
                    </li>
                }) }
            </ul>
            <p class="note">{ support_text(state.locale, state.view) }</p>
            <button class="button" onclick={reset} data-action="reset-data">{ t.own_data_reset }</button>
        </>
    }
}
