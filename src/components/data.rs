//! The data the views draw, fetched lazily part by part (`data/parts/`, see `data::parts`).
//!
//! 1. A view asks for its parts with [`use_data`]; parts already loaded or on their way are not
//!    asked for again.
//! 2. The parts manifest is read once; each part's hashed file is fetched. The page loader
//!    (`www/loader.js`) may already have started these requests while the wasm downloaded: its
//!    promises sit in `window.cjkTradeWidgetFetches`, keyed by absolute URL, and are used first.
//! 3. Each file is decoded by the pure parsers and added to the shared [`Dataset`]; a file that
//!    fails shows its reason in the views that need it, and the other views keep working.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use js_sys::{Map, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use super::chunks;
use crate::data::article::{parse_article_figures, ArticleFigure};
use crate::data::dots::{parse_monthly_totals, MonthlyTotal};
use crate::data::parks::{parse_parks, Park};
use crate::data::parts::{DataPart, Manifest, MANIFEST_NAME, PARTS_FOLDER};
use crate::data::slice::{decode_slice, Slice};
use crate::data::user_file::UserCountryData;
use crate::data::wiod::{parse_value_chains, WiodFlow};
use crate::data::{Dataset, Iso3};
use crate::map::basemap::Basemap;
use crate::map::projection::Lambert;

/// The global through which the page loader hands over requests it started early.
const PREFETCH_GLOBAL: &str = "cjkTradeWidgetFetches";

/// A request on its way: the file's absolute URL and the promise of its bytes.
type PendingFetch = (String, Promise);

/// A decoded part, ready to join the dataset.
pub enum Payload {
    Slice(Slice),
    Figures(Vec<ArticleFigure>),
    ValueChains(Vec<WiodFlow>),
    MonthlyTotals(Vec<MonthlyTotal>),
    Parks(Vec<Park>),
    Basemap(Basemap),
}

/// What has arrived so far, and what failed.
#[derive(Clone, Default)]
pub struct DataState {
    pub dataset: Rc<Dataset>,
    pub basemap: Option<Rc<Basemap>>,
    pub failed: BTreeMap<DataPart, String>,
}

/// A part arrived or failed; the reader loaded or removed countries of their own.
pub enum DataAction {
    Loaded(DataPart, Payload),
    Failed(DataPart, String),
    AddUserCountries(Vec<UserCountryData>),
    RemoveUserCountry(Iso3),
    ClearUserCountries,
}

impl Reducible for DataState {
    type Action = DataAction;

    fn reduce(self: Rc<Self>, action: DataAction) -> Rc<Self> {
        let mut dataset = self.dataset.clone();
        let mut basemap = self.basemap.clone();
        let mut failed = self.failed.clone();
        match action {
            DataAction::Loaded(part, payload) => {
                failed.remove(&part);
                match payload {
                    Payload::Slice(slice) => Rc::make_mut(&mut dataset).add_slice(slice),
                    Payload::Figures(figures) => Rc::make_mut(&mut dataset).set_article_figures(figures),
                    Payload::Parks(parks) => Rc::make_mut(&mut dataset).set_parks(parks),
                    Payload::ValueChains(flows) => Rc::make_mut(&mut dataset).set_value_chains(flows),
                    Payload::MonthlyTotals(totals) => Rc::make_mut(&mut dataset).set_monthly_totals(totals),
                    Payload::Basemap(map) => basemap = Some(Rc::new(map)),
                }
            }
            DataAction::Failed(part, reason) => {
                failed.insert(part, reason);
            }
            // The user-assigned codes run out only after 676 countries; the loader checks first.
            DataAction::AddUserCountries(countries) => {
                Rc::make_mut(&mut dataset).add_user_countries(countries);
            }
            DataAction::RemoveUserCountry(code) => Rc::make_mut(&mut dataset).remove_user_country(code),
            DataAction::ClearUserCountries => Rc::make_mut(&mut dataset).clear_user_countries(),
        }
        Rc::new(DataState { dataset, basemap, failed })
    }
}

impl DataState {
    fn has(&self, part: DataPart) -> bool {
        match part {
            DataPart::Basemap => self.basemap.is_some(),
            _ => self.dataset.has(part),
        }
    }
}

/// The data handle shared by context: the state, and the parts already asked for.
#[derive(Clone)]
pub struct DataContext {
    state: UseReducerHandle<DataState>,
    requested: Rc<RefCell<BTreeSet<DataPart>>>,
}

impl PartialEq for DataContext {
    fn eq(&self, other: &Self) -> bool {
        self.state == other.state
    }
}

impl PartialEq for DataState {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.dataset, &other.dataset)
            && self.basemap.is_some() == other.basemap.is_some()
            && self.failed == other.failed
    }
}

/// Where a view stands with its data.
pub enum DataStatus {
    Ready(Rc<Dataset>),
    Loading,
    Failed(String),
}

/// Data decoded before the app starts, handed to it whole: the server renderer's, which has no
/// requests to make (`bin/prerender.rs`). Equal when it is the same allocation.
#[derive(Clone)]
pub struct Preloaded(pub Rc<DataState>);

impl PartialEq for Preloaded {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Preloaded {
    /// Decodes each part's file (as the browser would after fetching it) into one data state;
    /// the first part that fails is reported.
    pub fn decode<'a>(files: impl IntoIterator<Item = (DataPart, &'a [u8])>) -> Result<Preloaded, String> {
        let mut state = Rc::new(DataState::default());
        for (part, bytes) in files {
            let payload = decode_any_part(part, bytes).map_err(|e| format!("{}: {e}", part.code()))?;
            state = state.reduce(DataAction::Loaded(part, payload));
        }
        Ok(Preloaded(state))
    }
}

#[derive(Properties, PartialEq)]
pub struct DataProviderProps {
    pub children: Html,
    /// Parts already decoded; the others are fetched when a view asks for them.
    #[prop_or_default]
    pub preloaded: Option<Preloaded>,
}

/// Holds the data for everything below it.
#[component]
pub fn DataProvider(props: &DataProviderProps) -> Html {
    let preloaded = props.preloaded.clone();
    let state = use_reducer(move || match preloaded {
        Some(Preloaded(state)) => (*state).clone(),
        None => DataState::default(),
    });
    let requested = use_mut_ref(BTreeSet::new);
    let context = DataContext { state, requested };
    html! {
        <ContextProvider<DataContext> context={context}>
            { props.children.clone() }
        </ContextProvider<DataContext>>
    }
}

/// The data handle; the app provides it.
#[hook]
pub fn use_data_context() -> DataContext {
    use_context::<DataContext>().expect("the app provides the data")
}

/// Asks for `parts` (once) and says whether they are all here.
#[hook]
pub fn use_data(parts: Vec<DataPart>) -> DataStatus {
    let context = use_data_context();
    {
        let context = context.clone();
        use_effect_with(parts.clone(), move |parts| request(&context, parts));
    }
    status(&context.state, &parts)
}

/// The dataset as far as it has arrived (for components inside a view that is ready).
pub fn dataset(context: &DataContext) -> Rc<Dataset> {
    context.state.dataset.clone()
}

/// Loads, removes or clears the reader's own countries.
pub fn change_user_data(context: &DataContext, action: DataAction) {
    context.state.dispatch(action);
}

/// The basemap once it has arrived.
pub fn basemap(context: &DataContext) -> Option<Rc<Basemap>> {
    context.state.basemap.clone()
}

fn status(state: &DataState, parts: &[DataPart]) -> DataStatus {
    let failures: Vec<&str> = parts.iter().filter_map(|p| state.failed.get(p)).map(String::as_str).collect();
    if !failures.is_empty() {
        return DataStatus::Failed(failures.join("; "));
    }
    if parts.iter().all(|p| state.has(*p)) {
        DataStatus::Ready(state.dataset.clone())
    } else {
        DataStatus::Loading
    }
}

/// Starts loading the parts not yet asked for (or that failed before: a new view tries again).
fn request(context: &DataContext, parts: &[DataPart]) {
    let missing: Vec<DataPart> = {
        let mut requested = context.requested.borrow_mut();
        let failed = &context.state.failed;
        parts.iter().copied().filter(|p| failed.contains_key(p) || requested.insert(*p)).collect()
    };
    if missing.is_empty() {
        return;
    }
    let dispatcher = context.state.dispatcher();
    yew::platform::spawn_local(async move {
        let manifest = match manifest().await {
            Ok(manifest) => manifest,
            Err(reason) => {
                for part in missing {
                    dispatcher.dispatch(DataAction::Failed(part, reason.clone()));
                }
                return;
            }
        };
        // Start every request before awaiting any, so they run in parallel.
        let pending: Vec<(DataPart, &str, Result<PendingFetch, String>)> = missing
            .into_iter()
            .map(|part| match manifest.file_of(part) {
                Some(file) => (part, file, start_fetch(&format!("{PARTS_FOLDER}{file}"))),
                None => (part, part.code(), Err("the data manifest does not name this part".to_string())),
            })
            .collect();
        for (part, file, promise) in pending {
            let outcome = async {
                let bytes = bytes_of(promise?).await?;
                // The parsers of some parts are a chunk of code of their own (`chunks.rs`).
                let decode = chunks::decoder(part)
                    .await
                    .map_err(|_| "the code that reads it could not be loaded".to_string())?;
                // The decoding has a task of its own too: the bytes may arrive in the task that
                // read the manifest and started the other fetches, or in one where Yew renders.
                #[cfg(target_arch = "wasm32")]
                super::hooks::next_task().await;
                decode(part, &bytes)
            }
            .await;
            // What the new data change is drawn in a task of its own, after the decoding's.
            #[cfg(target_arch = "wasm32")]
            super::hooks::next_task().await;
            match outcome {
                Ok(payload) => dispatcher.dispatch(DataAction::Loaded(part, payload)),
                Err(reason) => dispatcher.dispatch(DataAction::Failed(part, format!("{file}: {reason}"))),
            }
        }
    });
}

/// Decodes a trade slice (the parts every view but the article's and the value chains' read).
pub fn decode_trade_part(part: DataPart, bytes: &[u8]) -> Result<Payload, String> {
    let slice = decode_slice(bytes).map_err(|e| e.to_string())?;
    if Some((slice.source, slice.classification)) != part.trade_slice() {
        return Err("the file holds another part of the data".into());
    }
    Ok(Payload::Slice(slice))
}

/// Decodes any part. In the split build it is reached only through its chunk (`chunks.rs`).
pub fn decode_any_part(part: DataPart, bytes: &[u8]) -> Result<Payload, String> {
    let text = || std::str::from_utf8(bytes).map_err(|_| "not UTF-8 text".to_string());
    match part {
        DataPart::OecSections | DataPart::WitsGroups | DataPart::WitsTotals | DataPart::AtlasChapters => {
            decode_trade_part(part, bytes)
        }
        DataPart::ArticleFigures => Ok(Payload::Figures(parse_article_figures(text()?)?)),
        DataPart::ValueChains => Ok(Payload::ValueChains(parse_value_chains(text()?)?)),
        DataPart::MonthlyTotals => Ok(Payload::MonthlyTotals(parse_monthly_totals(text()?)?)),
        DataPart::Parks => Ok(Payload::Parks(parse_parks(text()?)?)),
        DataPart::Basemap => Ok(Payload::Basemap(Basemap::parse(text()?, &Lambert::default())?)),
    }
}

thread_local! {
    static MANIFEST: RefCell<Option<Rc<Manifest>>> = const { RefCell::new(None) };
}

/// The parts manifest, fetched once per page.
pub(super) async fn manifest() -> Result<Rc<Manifest>, String> {
    if let Some(manifest) = MANIFEST.with(|m| m.borrow().clone()) {
        return Ok(manifest);
    }
    let file = format!("{PARTS_FOLDER}{MANIFEST_NAME}");
    let bytes = bytes_of(start_fetch(&file)?).await.map_err(|e| format!("{file}: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|_| format!("{file}: not UTF-8 text"))?;
    let manifest = Rc::new(Manifest::parse(&text).map_err(|e| format!("{file}: {e}"))?);
    MANIFEST.with(|m| *m.borrow_mut() = Some(manifest.clone()));
    Ok(manifest)
}

/// The absolute URL of a path relative to the page (so the widget works under any sub-path).
pub fn absolute_url(relative: &str) -> Result<String, String> {
    let base = super::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .ok_or("the page has no address")?;
    web_sys::Url::new_with_base(relative, &base).map(|u| u.href()).map_err(|_| format!("bad address {relative}"))
}

/// A promise of the file's bytes (an `ArrayBuffer`): the loader's, if it started one, else a
/// new request, remembered so that a second view asking for the same file shares it.
pub(super) fn start_fetch(relative: &str) -> Result<PendingFetch, String> {
    let url = absolute_url(relative)?;
    let window = super::window().ok_or("no window")?;
    let fetches = match prefetch_map() {
        Some(map) => map,
        None => {
            let map = Map::new();
            let _ = Reflect::set(&window, &PREFETCH_GLOBAL.into(), &map);
            map
        }
    };
    if let Ok(promise) = fetches.get(&JsValue::from_str(&url)).dyn_into::<Promise>() {
        return Ok((url, promise));
    }
    let request = window.fetch_with_str(&url);
    let promise = wasm_bindgen_futures::future_to_promise(async move {
        let response: web_sys::Response = JsFuture::from(request).await?.dyn_into()?;
        if !response.ok() {
            return Err(JsValue::from_str(&format!("HTTP {}", response.status())));
        }
        JsFuture::from(response.array_buffer()?).await
    });
    fetches.set(&JsValue::from_str(&url), &promise);
    Ok((url, promise))
}

/// Awaits a promise of an `ArrayBuffer` and copies it into wasm memory. A failed request is
/// forgotten, so that asking again (another view, a retry) sends a new one.
pub(super) async fn bytes_of((url, promise): PendingFetch) -> Result<Vec<u8>, String> {
    match JsFuture::from(promise).await {
        Ok(buffer) => Ok(Uint8Array::new(&buffer).to_vec()),
        Err(error) => {
            if let Some(map) = prefetch_map() {
                map.delete(&JsValue::from_str(&url));
            }
            // The loader rejects with an `Error`, the widget's own requests with a string.
            let message = error
                .as_string()
                .or_else(|| error.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())))
                .unwrap_or_else(|| "the request failed (offline or blocked)".into());
            Err(message)
        }
    }
}

fn prefetch_map() -> Option<Map> {
    let window = super::window()?;
    Reflect::get(&window, &PREFETCH_GLOBAL.into()).ok()?.dyn_into::<Map>().ok()
}
