//! The two embed snippets "Embed this view" offers a journalist: the `embed.js` one, whose
//! iframe follows its content's height, and a plain `<iframe>` with a fixed height for pages
//! that strip scripts (CMSs, newsletters). Neither uses a `style` attribute, so both work in a
//! host page under a strict Content-Security-Policy.

use super::{url, AppState, View, WhyIndex, WhyKey, WhySubject};
use crate::charts::palette::Theme;
use crate::i18n::Locale;

/// What to embed: the state's view, alone or one of its charts.
pub struct EmbedRequest<'a> {
    /// The folder the widget is served from, ending in `/` (where `index.html` and `embed.js` are).
    pub widget_folder: &'a str,
    pub state: &'a AppState,
    /// A key of `state.view.panel_keys()`, or `None` for the whole view.
    pub panel: Option<&'static str>,
    /// The chart's (or the view's) title: the iframe's accessible name.
    pub title: &'a str,
    /// The colours the embed opens in; `None` follows the reader's device.
    pub theme: Option<Theme>,
    /// Whether the embed's readers may load their own data (`allow-upload=1`).
    pub allow_upload: bool,
    /// How much taller (or shorter) a journalist's headline and description make the embed than
    /// the widget's own title and takeaway, in CSS px, at each of [`COLUMN_WIDTHS_PX`], as the
    /// editor measured them with the widget's fonts; empty when not measured.
    pub words_height_delta_px: &'a [i32],
    /// The chart's alt text (`views::describe`), the iframe's accessible description; empty for
    /// none.
    pub description: &'a str,
}

/// The widths of an article's column (CSS px) at which `make embed-heights` measures every embed
/// and `embed.js` knows its height (its `WIDTHS_PX`; a test keeps the two equal).
pub const COLUMN_WIDTHS_PX: [u32; 16] =
    [300, 320, 343, 360, 375, 390, 412, 440, 480, 540, 600, 640, 720, 800, 960, 1280];

/// The reader's settings with `embed`, `panel`, `theme` and `allow_upload` as given; a panel the
/// view does not have is dropped, so the whole view is shown.
fn query_with(
    state: &AppState,
    embed: bool,
    panel: Option<&'static str>,
    theme: Option<Theme>,
    allow_upload: bool,
) -> String {
    let panel = panel.filter(|p| state.view.panel_keys().contains(p));
    url::encode(&AppState { embed, panel, theme, allow_upload, ..state.clone() })
}

/// The query an embed opens with: the reader's settings, in embed mode, for the chosen chart.
pub fn embed_query(state: &AppState, panel: Option<&'static str>, theme: Option<Theme>) -> String {
    query_with(state, true, panel, theme, state.allow_upload)
}

/// The settings a full-page link carries (a link never opens an embed).
pub fn page_query(state: &AppState) -> String {
    query_with(state, false, None, state.theme, state.allow_upload)
}

/// The open working as an embed of its own: the line chart of its index over time, set to show
/// its series (the pair picked in the heatmap, the product group followed), with the working
/// under it. `None` when no working is open.
pub fn working_embed(state: &AppState) -> Option<(AppState, &'static str)> {
    let key = state.why?;
    let mut embedded = state.clone();
    embedded.view = key.index.view();
    let panel = match (key.index, key.subject) {
        (WhyIndex::Tci, WhySubject::Pair(exporter, importer)) => {
            embedded = embedded.apply(super::Action::SelectPair(exporter, importer));
            "tci-lines"
        }
        (WhyIndex::Rca, WhySubject::CountryProduct(country, group)) => {
            embedded.rca_product = crate::data::WitsGroup::new(group)?;
            if !embedded.rca_countries().contains(&country) {
                embedded = embedded.apply(super::Action::AddCountry(country));
            }
            "rca-lines"
        }
        (WhyIndex::Esi, _) => "esi-lines",
        (WhyIndex::Tii, _) => "ties-tii",
        // The bars show one year: the working's.
        (WhyIndex::Tsc, _) => {
            embedded.year = Some(key.year);
            "tsc-bars"
        }
        (WhyIndex::Gl, _) => "gl-lines",
        (WhyIndex::Intermediate, WhySubject::PairProduct(exporter, importer, _)) => {
            embedded = embedded.apply(super::Action::SelectFlow(exporter, importer));
            embedded.year = Some(key.year);
            "chains-industries"
        }
        (WhyIndex::Intermediate, _) => "chains-lines",
        (WhyIndex::Machinery, _) => "between-machinery",
        // The chapter charts show one flow in one year: the working's.
        (WhyIndex::TciChapters, WhySubject::Pair(exporter, importer)) => {
            embedded = embedded.apply(super::Action::SelectFlow(exporter, importer));
            "between-tci"
        }
        (WhyIndex::BilateralGl, WhySubject::Pair(..)) => "between-gl",
        (WhyIndex::BilateralGl | WhyIndex::BilateralTsc, WhySubject::PairProduct(first, second, _)) => {
            embedded = embedded.apply(super::Action::SelectFlow(first, second));
            embedded.year = Some(key.year);
            if key.index == WhyIndex::BilateralGl {
                "between-gl-chapters"
            } else {
                "between-tsc"
            }
        }
        _ => return None,
    };
    Some((embedded, panel))
}

/// The height the working adds under its chart in the plain iframe, at 375 px in the tallest
/// language: the formula, a sentence, eight bars and the scrolling table for a sum over
/// products (TCI's 21 HS sections, ESI's 16 WITS groups), or the figures of a ratio (RCA, TII).
/// Measured like the charts' (`tests/e2e/working.test.mjs` checks that it fits).
fn working_height_css(key: WhyKey) -> u32 {
    match key.index {
        WhyIndex::Tci => 1380,
        // 97 chapters' names wrap more than 21 sections'.
        WhyIndex::TciChapters => 1420,
        WhyIndex::Esi => 1200,
        WhyIndex::Rca => 900,
        WhyIndex::Gl => 1100,
        WhyIndex::BilateralGl if matches!(key.subject, WhySubject::Pair(..)) => 1160,
        WhyIndex::BilateralGl => 800,
        // One industry's two flows, against every goods industry's.
        WhyIndex::Intermediate if matches!(key.subject, WhySubject::PairProduct(..)) => 650,
        WhyIndex::Intermediate => 850,
        WhyIndex::Tii => 820,
        WhyIndex::Tsc | WhyIndex::Machinery | WhyIndex::BilateralTsc => 760,
    }
}

/// The prerendered page of an embed (`bin/prerender.rs` writes one per whole view and per chart,
/// in each language), beside `index.html`: for example `embed-tci-lines.en.html` for a chart and
/// `embed-view-tci.en.html` for a whole view. `www/embed.js` names them by the same rule.
pub fn static_page_name(view: View, panel: Option<&str>, locale: Locale) -> String {
    match panel {
        Some(key) => format!("embed-{key}.{}.html", locale.code()),
        None => format!("embed-view-{}.{}.html", view.code(), locale.code()),
    }
}

/// A fixed height in CSS pixels for the plain iframe (the `embed.js` iframe measures itself
/// instead). It fits the embed at 375 px, a phone's column, where it is tallest (the legend and
/// the notes wrap), in whichever of the four languages is tallest, with about 50 px to spare
/// (fonts differ a little between systems); a wider column leaves some space below. Measured
/// with the built widget; `tests/e2e/embed_heights.test.mjs` fails when an embed outgrows its
/// height or leaves more than 120 px empty at 375 px.
pub fn fixed_height_css(state: &AppState, panel: Option<&'static str>) -> u32 {
    let working = state.why.map_or(0, working_height_css);
    working
        + editorial_height_css(&state.editorial)
        + match panel {
            // A key no view has (`EmbedRequest` takes only the view's keys) gets a chart's height.
            Some(key) => chart_height_css(key).unwrap_or(1000),
            None => match state.view {
                View::Complementarity | View::Ties => 1840,
                View::Advantage => 2040,
                View::Competition => 1460,
                View::Division => 1860,
                View::Between => 6080,
                View::ValueChains => 2140,
                View::Article => 5500,
                View::Parks => 1500,
            },
        }
}

/// The height a journalist's headline and description may add at 375 px, on top of the widget's
/// own title and takeaway that the measured heights include: every line they take, at about 34
/// Latin letters a line for the headline and 44 for the description, a Chinese, Japanese or Korean
/// character or an emoji counting as two. It errs on the tall side: space below the chart, never a
/// cut.
fn editorial_height_css(editorial: &super::Editorial) -> u32 {
    let lines = |text: &Option<String>, per_line: usize| {
        let width: usize = text.iter().flat_map(|t| t.chars()).map(|c| if c >= '\u{2e80}' { 2 } else { 1 }).sum();
        u32::try_from(width.div_ceil(per_line)).unwrap_or(u32::MAX)
    };
    lines(&editorial.headline, 34) * 24 + lines(&editorial.description, 44) * 21
}

/// The plain iframe's height for one chart, by its key (see [`fixed_height_css`]).
pub fn chart_height_css(key: &str) -> Option<u32> {
    Some(match key {
        "gl-lines" => 680,
        "article-investment" | "article-digital" => 640,
        "esi-lines" | "esi-stacked" => 740,
        "rca-lines" | "ties-tii" => 760,
        "tci-lines" | "ties-totals" => 800,
        "chains-lines" => 820,
        "between-machinery" | "between-gl" => 840,
        "tci-heatmap" => 860,
        "between-tci" => 900,
        "article-semiconductors" => 940,
        "between-monthly" | "between-gap" => 960,
        "between-top" => 980,
        "between-tsc" | "article-all" => 1000,
        "article-checks" => 1060,
        "tsc-bars" => 1080,
        "article-korea" => 1140,
        "between-gl-chapters" => 1160,
        "chains-industries" | "article-sectors" => 1200,
        "rca-heatmap" => 1240,
        _ => return None,
    })
}

/// Escapes text for an HTML attribute value in double quotes.
pub fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// `<div data-cjk-trade-widget="…" data-title="…"></div>` and the `embed.js` script. The script
/// is not `async`: it runs right after the element is parsed, so the iframe has its height before
/// the article below it is laid out and painted (an `async` script may run after the first paint
/// and push the article down). It is small and, for a second embed, already cached.
pub fn script_snippet(request: &EmbedRequest) -> String {
    // `embed.js` adds `embed=1` itself.
    let query = query_with(request.state, false, request.panel, request.theme, request.allow_upload);
    // `embed.js` adds the measured change of height to its own table's (see `words_height_delta_px`).
    let delta = match request.words_height_delta_px {
        [] => String::new(),
        deltas => format!(" data-height-delta=\"{}\"", deltas.iter().map(i32::to_string).collect::<Vec<_>>().join(",")),
    };
    // And gives the iframe the chart's description.
    let description = described_by(request, "data-description");
    format!(
        "<div data-cjk-trade-widget=\"{}\" data-title=\"{}\"{delta}{description}><a href=\"{}data/trade.csv\">{}</a></div>\n<script src=\"{}embed.js\"></script>",
        escape_attribute(&query),
        escape_attribute(request.title),
        escape_attribute(request.widget_folder),
        escape_attribute(request.title),
        escape_attribute(request.widget_folder),
    )
}

/// The plain iframe's height: [`fixed_height_css`], where the journalist's words count as the
/// editor measured them at 375 px when it did (rather than by their length).
pub fn iframe_height_css(request: &EmbedRequest) -> u32 {
    let phone = COLUMN_WIDTHS_PX.iter().position(|w| *w == 375);
    match phone.and_then(|i| request.words_height_delta_px.get(i)) {
        Some(delta) => {
            let plain = AppState { editorial: super::Editorial::default(), ..request.state.clone() };
            fixed_height_css(&plain, request.panel).saturating_add_signed(*delta)
        }
        None => fixed_height_css(request.state, request.panel),
    }
}

/// The address a plain iframe of the embed opens (the editor's preview opens it too).
pub fn iframe_src(request: &EmbedRequest) -> String {
    let query = query_with(request.state, true, request.panel, request.theme, request.allow_upload);
    let panel = request.panel.filter(|p| request.state.view.panel_keys().contains(p));
    let page = static_page_name(request.state.view, panel, request.state.locale);
    format!("{}{page}?{query}", request.widget_folder)
}

/// A plain `<iframe>` of the embed with a fixed height. It opens the embed's prerendered page in
/// the state's language, so the chart shows before any script has run (and where none can).
pub fn iframe_snippet(request: &EmbedRequest) -> String {
    let src = iframe_src(request);
    format!(
        "<iframe src=\"{}\" title=\"{}\"{} width=\"100%\" height=\"{}\" frameborder=\"0\" loading=\"lazy\" allow=\"clipboard-write\"></iframe>",
        escape_attribute(&src),
        escape_attribute(request.title),
        described_by(request, "aria-description"),
        iframe_height_css(request),
    )
}

/// ` name="…"` with the request's description, or nothing when it has none.
fn described_by(request: &EmbedRequest, name: &str) -> String {
    match request.description {
        "" => String::new(),
        text => format!(" {name}=\"{}\"", escape_attribute(text)),
    }
}
