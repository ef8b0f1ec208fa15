//! The prerendered pages: every view and every chart in its default state, rendered natively by
//! Yew's server renderer from the same components the app runs, into copies of Trunk's
//! `index.html`. A reader sees the chart at first paint (and where the wasm cannot run); the app
//! then builds itself unseen beside it and takes its place in one frame (`lib.rs::start`).
//!
//! 1. [`pages`]: `index.html` (the full widget's opening view) and, per language, one embed page
//!    per whole view and per chart (`state::snippet::static_page_name`).
//! 2. [`render_body`]: the `App` rendered with the page's settings and the decoded data.
//! 3. [`fill_template`]: the page's language, settings and body put into the template.
//!
//! [`read_data_parts`] decodes a folder of data parts as the browser would, for the renderer.

use std::path::Path;

use yew::LocalServerRenderer;

use crate::components::data::Preloaded;
use crate::components::{App, AppProps};
use crate::data::parts::{DataPart, Manifest, MANIFEST_NAME};
use crate::i18n::Locale;
use crate::state::snippet::{escape_attribute, static_page_name};
use crate::state::{url, AppState, View};

/// Every data part its manifest names in `parts_folder` (such as `www/data/parts`), decoded.
pub fn read_data_parts(parts_folder: &Path) -> Result<Preloaded, String> {
    let read = |name: &str| {
        let path = parts_folder.join(name);
        std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))
    };
    let manifest_text = String::from_utf8(read(MANIFEST_NAME)?).map_err(|_| format!("{MANIFEST_NAME} is not UTF-8"))?;
    let manifest = Manifest::parse(&manifest_text)?;
    let files = DataPart::ALL
        .into_iter()
        .map(|part| {
            let file =
                manifest.file_of(part).ok_or_else(|| format!("the manifest names no file for {}", part.code()))?;
            Ok((part, read(file)?))
        })
        .collect::<Result<Vec<_>, String>>()?;
    Preloaded::decode(files.iter().map(|(part, bytes)| (*part, bytes.as_slice())))
}

/// One page to write.
#[derive(Clone, Debug, PartialEq)]
pub struct StaticPage {
    /// The file name beside `index.html`.
    pub file_name: String,
    /// The settings it shows, as a query (empty for `index.html`, whose app reads the address).
    pub query: String,
    pub locale: Locale,
}

/// Every page: `index.html`, then each view's and each chart's embed in each language.
pub fn pages() -> Vec<StaticPage> {
    let mut pages = vec![StaticPage { file_name: "index.html".into(), query: String::new(), locale: Locale::En }];
    for locale in Locale::ALL {
        for view in View::ALL {
            let panels = std::iter::once(None).chain(view.panel_keys().iter().map(|k| Some(*k)));
            for panel in panels {
                let state = AppState { view, panel, embed: true, locale, ..AppState::default() };
                let query = explicit(url::encode(&state), view, locale);
                pages.push(StaticPage { file_name: static_page_name(view, panel, locale), query, locale });
            }
        }
    }
    pages
}

/// A page's settings with its view and language written out even where they are the defaults
/// (which `url::encode` leaves out), so that `page-guard.js` can tell that a link naming them asks
/// for what the page shows.
fn explicit(query: String, view: View, locale: Locale) -> String {
    let mut params = vec![query];
    for (name, value) in [("view", view.code()), ("lang", locale.code())] {
        if !params[0].split('&').any(|p| p.starts_with(&format!("{name}="))) {
            params.push(format!("{name}={value}"));
        }
    }
    params.retain(|p| !p.is_empty());
    params.join("&")
}

/// What a page shows, for `page-guard.js`: its settings, and for `index.html` the default view
/// in English.
pub fn shown_state(page: &StaticPage) -> String {
    match page.query.as_str() {
        "" => explicit(String::new(), View::default(), Locale::En),
        query => query.to_string(),
    }
}

/// The app's HTML for a page, with the data already decoded.
pub fn render_body(page: &StaticPage, data: &Preloaded) -> String {
    let props =
        AppProps { translation_problem: None, query: Some(page.query.clone().into()), preloaded: Some(data.clone()) };
    let renderer = LocalServerRenderer::<App>::with_props(props).hydratable(false);
    futures_executor::block_on(renderer.render())
}

/// The attribute of `<html>` that names what a prerendered page shows (`page-guard.js` reads it).
pub const SHOWN_STATE_ATTRIBUTE: &str = "data-cjk-shows";

/// The attribute of `index.html`'s `<html>` that lists the embeds with a page of their own, as
/// `view` for a whole view and `view/panel` for a chart. `page-guard.js` sends an older embed
/// link (`index.html?embed=1&view=…&panel=…`) to that page, which paints the embed at once.
pub const EMBED_PAGES_ATTRIBUTE: &str = "data-cjk-embed-pages";

/// Every embed that has a page of its own (the list of [`EMBED_PAGES_ATTRIBUTE`]).
pub fn embed_page_keys() -> String {
    View::ALL
        .iter()
        .flat_map(|view| {
            std::iter::once(view.code().to_string())
                .chain(view.panel_keys().iter().map(move |panel| format!("{}/{panel}", view.code())))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The marker of the template's root element, whose content is replaced.
const ROOT_OPEN: &str = "<div id=\"widget-root\">";

/// The template (Trunk's `index.html`) with the page's language and settings on `<html>`, and
/// the rendered app, the line for readers without JavaScript and the (hidden) line for pages
/// where the app cannot start, inside `#widget-root`.
pub fn fill_template(template: &str, page: &StaticPage, body: &str) -> Result<String, String> {
    let html_open = template.find("<html lang=\"en\">").ok_or("the template has no <html lang=\"en\">")?;
    let root_start = template.find(ROOT_OPEN).ok_or("the template has no #widget-root")?;
    let content_start = root_start + ROOT_OPEN.len();
    let content_end =
        content_start + template[content_start..].find("</div>").ok_or("the template's #widget-root is not closed")?;
    let texts = page.locale.static_page_texts();
    let data_link = format!("<a href=\"data/trade.csv\">{}</a>", escape_attribute(texts.data_link));
    let note = |kind: &str, text: &str, hidden: bool| {
        format!(
            "<p class=\"static-note\" data-static-note=\"{kind}\"{}>{} {data_link}</p>",
            if hidden { " hidden" } else { "" },
            escape_attribute(text)
        )
    };
    // The app opens an embed page with its settings; `index.html` with the address's alone, and
    // it names the embed pages instead.
    let page_attribute = match page.query.as_str() {
        "" => format!(" {EMBED_PAGES_ATTRIBUTE}=\"{}\"", escape_attribute(&embed_page_keys())),
        query => format!(" {}=\"{}\"", crate::components::app::PAGE_QUERY_ATTRIBUTE, escape_attribute(query)),
    };
    let html_attributes = format!(
        "<html lang=\"{}\"{page_attribute} {SHOWN_STATE_ATTRIBUTE}=\"{}\">",
        page.locale.html_lang(),
        escape_attribute(&shown_state(page))
    );
    Ok([
        &template[..html_open],
        &html_attributes,
        &template[html_open + "<html lang=\"en\">".len()..content_start],
        "<div id=\"widget-static\">",
        &note("no-app", texts.no_app, true),
        body,
        "</div><noscript>",
        &note("no-script", texts.no_script, false),
        "</noscript>",
        &template[content_end..],
    ]
    .concat())
}
