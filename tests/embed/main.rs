//! The prerendered pages (`components::prerender`, feature `ssr`) come from the components at build
//! time: every page is rendered here from the committed data parts, in the four languages, and
//! must show its view model's title, takeaway and every chart as a picture, with nothing of
//! another state.
#![cfg(feature = "ssr")]

use std::path::Path;

use cjk_trade_widget::components::data::Preloaded;
use cjk_trade_widget::components::prerender::{
    embed_page_keys, fill_template, pages, read_data_parts, render_body, StaticPage,
};
use cjk_trade_widget::components::static_picture::take_picture_files;
use cjk_trade_widget::i18n::Locale;
use cjk_trade_widget::state::snippet::static_page_name;
use cjk_trade_widget::state::{url, AppState, View};
use cjk_trade_widget::views;

fn committed_data() -> Preloaded {
    read_data_parts(&Path::new(env!("CARGO_MANIFEST_DIR")).join("www/data/parts")).unwrap()
}

/// Text as the server renderer escapes it inside an element.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn state_of(page: &StaticPage) -> AppState {
    let (state, problems) = url::decode(&page.query);
    assert!(problems.is_empty(), "{}: {problems:?}", page.file_name);
    state
}

#[test]
fn every_page_shows_its_title_takeaway_and_charts_from_the_view_model() {
    let data = committed_data();
    let pages = pages();
    // index.html, then each of the 9 views and each of its charts in 4 languages.
    assert!(pages.len() > 4 * 30, "{} pages", pages.len());
    for page in &pages {
        let state = state_of(page);
        let html = render_body(page, &data);
        let picture_files = take_picture_files();
        let model = views::build(&data.0.dataset, &state);
        let single = state.panel.and_then(|key| model.panels.iter().find(|p| p.key == key));
        let title = single.map_or(&model.title, |panel| &panel.title);
        assert!(html.contains(&format!("<h2>{}</h2>", escaped(title))), "{}: no title {title}", page.file_name);
        assert!(html.contains(&escaped(&model.takeaway)), "{}: no takeaway", page.file_name);
        assert!(html.contains(&escaped(&model.source)), "{}: no source line", page.file_name);
        let shown: Vec<_> = match single {
            Some(panel) => vec![panel],
            None => model.panels.iter().collect(),
        };
        // The page's first chart is inline SVG; the others are images of SVG (`static_picture`).
        for (index, panel) in shown.iter().filter(|p| p.chart.is_some()).enumerate() {
            let at = html.find(&format!("data-chart=\"{}\"", panel.key)).unwrap_or_else(|| {
                panic!("{}: no chart {}", page.file_name, panel.key);
            });
            let picture = &html[at..];
            let (tag_name, other) = if index == 0 { ("<svg", "<img") } else { ("<img", "<svg") };
            let image = picture
                .find(tag_name)
                .filter(|image| picture.find(other).is_none_or(|o| o > *image))
                .unwrap_or_else(|| panic!("{}: {} is not drawn as {tag_name}>", page.file_name, panel.key));
            assert!(picture[..image].contains("class=\"static-picture\""), "{}: {}", page.file_name, panel.key);
            let tag = &picture[image..image + picture[image..].find('>').unwrap()];
            assert!(
                tag.contains("width=\"") && tag.contains("height=\""),
                "{}: {} reserves no box",
                page.file_name,
                panel.key
            );
            if index == 0 {
                assert!(tag.contains("viewBox=\"0 0 ") && tag.contains("aria-hidden=\"true\""), "{}", page.file_name);
                let end = picture[image..].find("</svg>").map(|end| image + end);
                assert!(
                    end.is_some_and(|end| picture[image..end].matches('<').count() > 10),
                    "{}: {} draws nothing",
                    page.file_name,
                    panel.key
                );
            } else {
                // A file of its own, named by its content, holding the SVG the server drew.
                let src = tag.split("src=\"").nth(1).and_then(|rest| rest.split('"').next()).unwrap_or_default();
                assert!(
                    src.starts_with("pictures/") && src.ends_with(".svg"),
                    "{}: {} src {src}",
                    page.file_name,
                    panel.key
                );
                let svg = picture_files.get(src).unwrap_or_else(|| panic!("{}: no file {src}", page.file_name));
                assert!(svg.starts_with("<svg ") && svg.matches("<text").count() > 3, "{}: {src}", page.file_name);
                // The pictures the width and theme hide are never decoded (`static_picture`).
                assert!(tag.contains("loading=\"lazy\""), "{}: {} loads eagerly", page.file_name, panel.key);
            }
        }
        // No canvas is rendered: the server has none to draw on.
        assert!(!html.contains("<canvas"), "{}", page.file_name);
        assert!(!html.contains("<textarea"), "{}: the embed snippets name the reader's address", page.file_name);
    }
}

#[test]
fn the_parks_pages_show_the_map_as_a_picture() {
    let data = committed_data();
    for page in pages().iter().filter(|p| p.file_name.starts_with("embed-view-parks.")) {
        let html = render_body(page, &data);
        let at = html.find("data-chart=\"parks-map\"").expect("the map");
        assert!(html[at..].contains("<svg class=\"for-any-width\" aria-hidden=\"true\""), "{}", page.file_name);
    }
}

#[test]
fn the_template_gets_the_page_s_language_settings_and_notes() {
    let template = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("index.html")).unwrap();
    let page = pages().into_iter().find(|p| p.file_name == "embed-tci-lines.ja.html").expect("the Japanese TCI chart");
    let filled = fill_template(&template, &page, "<div class=\"widget\">BODY</div>").unwrap();
    assert!(
        filled.contains(
            "<html lang=\"ja\" data-cjk-query=\"lang=ja&amp;embed=1&amp;panel=tci-lines&amp;view=tci\" \
             data-cjk-shows=\"lang=ja&amp;embed=1&amp;panel=tci-lines&amp;view=tci\">"
        ),
        "{filled}"
    );
    assert!(filled.contains("<div id=\"widget-root\"><div id=\"widget-static\">"));
    assert!(filled.contains("<div class=\"widget\">BODY</div></div><noscript><p class=\"static-note\" data-static-note=\"no-script\">JavaScript がオフ"));
    assert!(filled.contains("data-static-note=\"no-app\" hidden>"));
    // The template's own fallback text is replaced, the rest of the page kept.
    assert!(!filled.contains("This interactive widget needs JavaScript"));
    assert!(filled.ends_with(&template[template.rfind("</div>").unwrap()..]));
    let index = pages().into_iter().next().unwrap();
    assert_eq!(index.file_name, "index.html");
    // The full page opens with the address's settings; the guard learns what it shows.
    let index_html = fill_template(&template, &index, "").unwrap();
    assert!(
        index_html.contains(&format!(
            "<html lang=\"en\" data-cjk-embed-pages=\"{}\" data-cjk-shows=\"view=tci&amp;lang=en\">",
            embed_page_keys()
        )),
        "{index_html}"
    );
    assert!(!filled.contains("data-cjk-embed-pages"), "only index.html lists the embed pages");
    assert!(fill_template("<html>", &index, "").is_err());
}

#[test]
fn every_page_name_is_unique_and_each_page_shows_its_own_state() {
    let pages = pages();
    let mut names: Vec<&str> = pages.iter().map(|p| p.file_name.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), pages.len());
    for page in pages.iter().skip(1) {
        let state = state_of(page);
        assert!(state.embed, "{}", page.file_name);
        assert_eq!(page.locale, state.locale, "{}", page.file_name);
    }
}

/// The web-sys features the components use, as Cargo.toml lists them for one target.
fn web_sys_features(manifest: &str, table: &str) -> Vec<String> {
    let section = &manifest[manifest.find(table).unwrap_or_else(|| panic!("no {table}"))..];
    let list = &section[section.find("web-sys = {").unwrap()..];
    let list = &list[list.find("features = [").unwrap() + "features = [".len()..list.find(']').unwrap()];
    let mut features: Vec<String> =
        list.split(',').map(|f| f.trim().trim_matches('"').to_string()).filter(|f| !f.is_empty()).collect();
    features.sort();
    features
}

#[test]
fn the_server_renderer_compiles_the_components_with_the_browser_s_web_sys_features() {
    let manifest = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml")).unwrap();
    let native = web_sys_features(&manifest, "[target.'cfg(not(target_arch = \"wasm32\"))'.dependencies]");
    let browser = web_sys_features(&manifest, "[target.'cfg(target_arch = \"wasm32\")'.dependencies]");
    assert!(browser.len() > 40, "{browser:?}");
    assert_eq!(native, browser);
}

/// `page-guard.js` sends an older embed link (`index.html?embed=1&view=…&panel=…`) to the page
/// `embed-<panel>.<lang>.html` or `embed-view-<view>.<lang>.html` when `index.html` lists its key:
/// every key listed has that page in each language, and every embed page is listed.
#[test]
fn index_html_lists_exactly_the_embeds_that_have_pages() {
    let files: Vec<String> = pages().into_iter().map(|p| p.file_name).collect();
    let keys = embed_page_keys();
    let keys: Vec<&str> = keys.split(' ').collect();
    for key in &keys {
        let (view, panel) = match key.split_once('/') {
            Some((view, panel)) => (view, Some(panel)),
            None => (*key, None),
        };
        let view = View::parse(view).unwrap_or_else(|| panic!("{key}: no such view"));
        for locale in Locale::ALL {
            let name = static_page_name(view, panel, locale);
            assert!(files.contains(&name), "{key}: {name}");
        }
    }
    assert_eq!(keys.len() * 4, files.len() - 1, "every embed page is listed once");
    assert!(keys.contains(&"tci/tci-lines") && keys.contains(&"parks"));
}

#[test]
fn the_stylesheet_shows_each_picture_at_the_widths_it_was_drawn_for() {
    use cjk_trade_widget::components::static_picture::{COLUMN_WIDTH_CSS, DRAWN_WIDTHS_CSS};
    let css = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("www/widget.css")).unwrap();
    let phone_width = DRAWN_WIDTHS_CSS[0].1;
    assert_eq!(DRAWN_WIDTHS_CSS[0].0, "for-phone");
    // The phone's picture until 560 px, which holds its width and the embed's padding.
    assert!(phone_width < 560.0);
    assert!(css.contains("@media (min-width: 561px) {\n  .static-picture .for-phone { display: none; }"));
    // The column's picture never grows past the width it was drawn at, with its text.
    let cap = format!(".static-picture .for-column {{ max-width: {COLUMN_WIDTH_CSS}px; }}");
    assert!(css.contains(&cap), "widget.css lacks `{cap}`");
}
