//! Code that loads when it is first needed.
//!
//! The release build (`make dist`, feature `split`) cuts the wasm at the split points below
//! (`tools/split_wasm.mjs` runs `wasm-split-cli`). The first download holds the shell and the
//! opening view (Complementarity). Each other view, with its controls, is in a chunk (named in
//! `state::each_view!`) fetched when its tab is shown, or already when it is hovered, focused or
//! touched; so are the parsers of the data only some views read, the reader of one's own files,
//! the code that draws a chart into a PNG or SVG file, the content of "Embed this view" and the
//! reader of the Chinese, Japanese and Korean texts' files, and the working behind a value ("Why
//! this number?"). Elsewhere (`make serve`, the browser tests, the server renderer) every
//! function here answers at once.
//!
//! A split point passes only a function pointer: the chunk joins the main module's function
//! table. A chunk that failed to load is not remembered as failed; the next request fetches it
//! again.

use std::cell::RefCell;
use std::collections::BTreeMap;

use yew::prelude::*;

use super::data::{decode_trade_part, Payload};
use super::embed_dialog::RenderEmbedBody;
use super::own_data::ReadOwnFile;
use super::view_page::DatasetHandle;
use crate::charts::figure::Figure;
use crate::charts::{TextMeasure, Theme};
use crate::data::parts::DataPart;
use crate::i18n::bundle::Translation;
use crate::state::View;

/// Renders a view's page (its chunk's entry).
pub type RenderPage = fn() -> Html;
/// Decodes one data file into what joins the dataset.
pub type DecodePart = fn(DataPart, &[u8]) -> Result<Payload, String>;
/// Reads a language's translation file.
pub type ParseTranslation = fn(&'static str) -> Result<Translation, String>;
/// Renders the open working (`working::render_working`).
pub type RenderWorking = fn(DatasetHandle) -> Html;
/// Draws a chart's figure (title, chart, legend, source) into a file, as a `data:` address.
pub type RenderFigure = fn(&Figure, f64, Theme, &dyn TextMeasure) -> Result<String, String>;

/// The file formats of a chart's picture.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FigureFormat {
    /// The chart's width on the page, at twice the pixel ratio.
    Png,
    /// 1200 × 675 pixels, for a social post.
    PngSocial,
    /// 1080 × 1350 pixels, for a phone's feed.
    PngPortrait,
    Svg,
}

impl FigureFormat {
    pub fn extension(self) -> &'static str {
        match self {
            FigureFormat::Png | FigureFormat::PngSocial | FigureFormat::PngPortrait => "png",
            FigureFormat::Svg => "svg",
        }
    }

    /// What the file's name adds to the chart's (`-social`), so that the pictures do not
    /// overwrite each other in a downloads folder.
    pub fn name_suffix(self) -> &'static str {
        match self {
            FigureFormat::PngSocial => "-social",
            FigureFormat::PngPortrait => "-portrait",
            FigureFormat::Png | FigureFormat::Svg => "",
        }
    }
}

/// Why a chunk is not here: its file could not be fetched or compiled (the browser's console
/// has the details).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChunkFailed;

thread_local! {
    /// The pages of the views whose chunks have arrived, by view code.
    static LOADED_PAGES: RefCell<BTreeMap<&'static str, RenderPage>> = const { RefCell::new(BTreeMap::new()) };
    /// The working's code, once its chunk has arrived.
    static LOADED_WORKING: std::cell::Cell<Option<RenderWorking>> = const { std::cell::Cell::new(None) };
}

/// A view's page if its code is here (always, in a build that is not split).
pub fn page_if_loaded(view: View) -> Option<RenderPage> {
    split::page_at_once(view).or_else(|| LOADED_PAGES.with(|pages| pages.borrow().get(view.code()).copied()))
}

/// A view's page, fetching its chunk first if needed.
pub async fn load_page(view: View) -> Result<RenderPage, ChunkFailed> {
    if let Some(page) = page_if_loaded(view) {
        return Ok(page);
    }
    let page = split::page(view).await?;
    LOADED_PAGES.with(|pages| pages.borrow_mut().insert(view.code(), page));
    Ok(page)
}

/// Starts fetching a view's chunk (on the reader's intent: a tab hovered, focused or touched).
pub fn prefetch_page(view: View) {
    if page_if_loaded(view).is_none() {
        yew::platform::spawn_local(async move {
            let _ = load_page(view).await;
        });
    }
}

/// The decoder of a data part: trade slices are decoded by the first download, the other parts
/// (article figures, value chains, monthly totals, parks, basemap) by a chunk.
pub async fn decoder(part: DataPart) -> Result<DecodePart, ChunkFailed> {
    if part.trade_slice().is_some() {
        return Ok(decode_trade_part);
    }
    split::parsers().await
}

/// The reader of the reader's own files ("Use your own data").
pub async fn own_file_reader() -> Result<ReadOwnFile, ChunkFailed> {
    split::own_file_reader().await
}

/// What draws a chart's picture into a file of `format`.
pub async fn figure_renderer(format: FigureFormat) -> Result<RenderFigure, ChunkFailed> {
    split::figure_renderer(format).await
}

/// The reader of a translation file (`views::read_translation`).
pub async fn translation_parser() -> Result<ParseTranslation, ChunkFailed> {
    split::translation_parser().await
}

/// The working ("Why this number?") if its code is here (always, in a build that is not split).
pub fn working_if_loaded() -> Option<RenderWorking> {
    split::working_at_once().or_else(|| LOADED_WORKING.with(|w| w.get()))
}

/// The working's code, fetching its chunk first if needed.
pub async fn working() -> Result<RenderWorking, ChunkFailed> {
    if let Some(render) = working_if_loaded() {
        return Ok(render);
    }
    let render = split::working().await?;
    LOADED_WORKING.with(|w| w.set(Some(render)));
    Ok(render)
}

/// The content of "Embed this view" if its code is here (always, in a build that is not split).
pub fn embed_dialog_if_loaded() -> Option<RenderEmbedBody> {
    split::embed_dialog_at_once()
}

/// The content of "Embed this view", fetching its chunk first if needed.
pub async fn embed_dialog() -> Result<RenderEmbedBody, ChunkFailed> {
    split::embed_dialog().await
}

/// Every view's page, one function per view of `state::each_view!`. The build that is not split
/// calls `page`; the split build reaches each page only through its split point.
mod whole {
    use yew::prelude::*;

    use super::RenderPage;
    use crate::components::parks_page::ParksPage;
    use crate::components::view_page::{ViewBuilder, ViewPage};
    use crate::state::View;
    use crate::views::{self, BuildControls, BuildView};

    /// The usual page: title, controls and panels, from the view's builder and controls.
    fn data_page(view: View, build: BuildView, controls: BuildControls) -> Html {
        html! { <ViewPage build={ViewBuilder { view, build, controls }} /> }
    }

    /// The parks view's page: the map beside the list (it builds its own model).
    fn map_page(_view: View, _build: BuildView, _controls: BuildControls) -> Html {
        html! { <ParksPage /> }
    }

    macro_rules! pages {
        ($($name:ident: $view:ident = $code:literal, tab $tab:ident, in $chunk:ident $(as $page:ident)?,
            panels [$($panel:literal),*];)*) => {
            #[cfg_attr(all(target_arch = "wasm32", feature = "split"), allow(dead_code))]
            pub fn page(view: View) -> RenderPage {
                match view {
                    $(View::$view => pages::$name,)*
                }
            }

            pub(super) mod pages {
                use super::*;
                $(pub fn $name() -> Html {
                    pages!(@shown_as $($page)?)(View::$view, views::$name::build, views::$name::controls)
                })*
            }
        };
        (@shown_as) => { data_page };
        (@shown_as $page:ident) => { $page };
    }
    crate::state::each_view!(pages);
}

/// The split points. Each is a function that returns a function pointer; `wasm-split-cli` moves
/// it, with all the code only it reaches, into the chunk it names.
#[cfg(all(target_arch = "wasm32", feature = "split"))]
mod split {
    use wasm_split_helpers::{wasm_split, SplitLoaderError};

    use super::whole::pages;
    use super::{
        ChunkFailed, DecodePart, FigureFormat, ParseTranslation, ReadOwnFile, RenderEmbedBody, RenderFigure,
        RenderPage, RenderWorking,
    };
    use crate::components::{data, downloads, embed_dialog, own_data, working};
    use crate::state::View;

    macro_rules! split_points {
        ($($chunk:ident: $name:ident -> $type:ty = $value:expr;)*) => {
            $(#[wasm_split($chunk, fallible, return_wrapper(let value = _; { Ok(value) } -> Result<$type, SplitLoaderError>))]
            fn $name() -> $type {
                $value
            })*
        };
    }
    split_points! {
        parsers: data_parsers -> DecodePart = data::decode_any_part;
        own_files: own_files -> ReadOwnFile = own_data::read_own_file;
        figure_files: png_renderer -> RenderFigure = downloads::png_data_url;
        figure_files: svg_renderer -> RenderFigure = downloads::svg_data_url;
        figure_files: png_social_renderer -> RenderFigure = downloads::png_social_data_url;
        figure_files: png_portrait_renderer -> RenderFigure = downloads::png_portrait_data_url;
        embed_dialog: embed_body -> RenderEmbedBody = embed_dialog::render_embed_body;
        translations: translation_reader -> ParseTranslation = crate::views::read_translation;
        working: working_renderer -> RenderWorking = working::render_working;
    }

    pub async fn working() -> Result<RenderWorking, ChunkFailed> {
        working_renderer().await.map_err(|_| ChunkFailed)
    }

    pub fn working_at_once() -> Option<RenderWorking> {
        None
    }

    // Each view's page: in the first download, or behind a split point named after the view.
    macro_rules! view_split_points {
        ($($name:ident: $view:ident = $code:literal, tab $tab:ident, in $chunk:ident $(as $page:ident)?,
            panels [$($panel:literal),*];)*) => {
            $(view_split_points!(@point $chunk $name);)*

            pub async fn page(view: View) -> Result<RenderPage, ChunkFailed> {
                let loaded = match view {
                    $(View::$view => view_split_points!(@load $chunk $name),)*
                };
                loaded.map_err(|_| ChunkFailed)
            }

            pub fn page_at_once(view: View) -> Option<RenderPage> {
                match view {
                    $(View::$view => view_split_points!(@at_once $chunk $name),)*
                }
            }
        };
        (@point first $name:ident) => {};
        (@point $chunk:ident $name:ident) => {
            split_points! { $chunk: $name -> RenderPage = pages::$name; }
        };
        (@load first $name:ident) => { Ok::<RenderPage, SplitLoaderError>(pages::$name) };
        (@load $chunk:ident $name:ident) => { $name().await };
        (@at_once first $name:ident) => { Some(pages::$name as RenderPage) };
        (@at_once $chunk:ident $name:ident) => { None };
    }
    crate::state::each_view!(view_split_points);

    pub async fn embed_dialog() -> Result<RenderEmbedBody, ChunkFailed> {
        embed_body().await.map_err(|_| ChunkFailed)
    }

    pub async fn translation_parser() -> Result<ParseTranslation, ChunkFailed> {
        translation_reader().await.map_err(|_| ChunkFailed)
    }

    pub fn embed_dialog_at_once() -> Option<RenderEmbedBody> {
        None
    }

    pub async fn parsers() -> Result<DecodePart, ChunkFailed> {
        data_parsers().await.map_err(|_| ChunkFailed)
    }

    pub async fn own_file_reader() -> Result<ReadOwnFile, ChunkFailed> {
        own_files().await.map_err(|_| ChunkFailed)
    }

    pub async fn figure_renderer(format: FigureFormat) -> Result<RenderFigure, ChunkFailed> {
        match format {
            FigureFormat::Png => png_renderer().await,
            FigureFormat::PngSocial => png_social_renderer().await,
            FigureFormat::PngPortrait => png_portrait_renderer().await,
            FigureFormat::Svg => svg_renderer().await,
        }
        .map_err(|_| ChunkFailed)
    }
}

/// Without splitting, every request is answered at once.
#[cfg(not(all(target_arch = "wasm32", feature = "split")))]
mod split {
    use super::{
        ChunkFailed, DecodePart, FigureFormat, ParseTranslation, ReadOwnFile, RenderEmbedBody, RenderFigure,
        RenderPage, RenderWorking,
    };
    use crate::components::{data, downloads, embed_dialog, own_data, working};
    use crate::state::View;

    pub async fn working() -> Result<RenderWorking, ChunkFailed> {
        Ok(working::render_working)
    }

    pub fn working_at_once() -> Option<RenderWorking> {
        Some(working::render_working)
    }

    pub async fn page(view: View) -> Result<RenderPage, ChunkFailed> {
        Ok(super::whole::page(view))
    }

    pub fn page_at_once(view: View) -> Option<RenderPage> {
        Some(super::whole::page(view))
    }

    pub async fn embed_dialog() -> Result<RenderEmbedBody, ChunkFailed> {
        Ok(embed_dialog::render_embed_body)
    }

    pub async fn translation_parser() -> Result<ParseTranslation, ChunkFailed> {
        Ok(crate::views::read_translation)
    }

    pub fn embed_dialog_at_once() -> Option<RenderEmbedBody> {
        Some(embed_dialog::render_embed_body)
    }

    pub async fn parsers() -> Result<DecodePart, ChunkFailed> {
        Ok(data::decode_any_part)
    }

    pub async fn own_file_reader() -> Result<ReadOwnFile, ChunkFailed> {
        Ok(own_data::read_own_file)
    }

    pub async fn figure_renderer(format: FigureFormat) -> Result<RenderFigure, ChunkFailed> {
        Ok(match format {
            FigureFormat::Png => downloads::png_data_url,
            FigureFormat::PngSocial => downloads::png_social_data_url,
            FigureFormat::PngPortrait => downloads::png_portrait_data_url,
            FigureFormat::Svg => downloads::svg_data_url,
        })
    }
}
