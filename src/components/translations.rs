//! Fetches a language's texts (`i18n::bundle`) before the widget switches to it: the wasm holds
//! only English, and each reader downloads only the language they read.

use super::chunks;
use super::data::{bytes_of, manifest, start_fetch};
use crate::data::parts::PARTS_FOLDER;
use crate::i18n::{register, Locale};

/// Makes `locale`'s texts available, fetching its translation file if needed (the page loader
/// may already have started that request). An error says why, naming the file.
pub async fn ensure(locale: Locale) -> Result<(), String> {
    if locale.is_available() {
        return Ok(());
    }
    // The code that reads a translation file is a chunk of its own (`chunks.rs`), which English
    // readers never need: its download starts now, beside the file's.
    yew::platform::spawn_local(async {
        let _ = chunks::translation_parser().await;
    });
    let manifest = manifest().await?;
    let file = manifest.translation_of(locale.code()).ok_or("the data manifest names no file for these texts")?;
    let bytes = bytes_of(start_fetch(&format!("{PARTS_FOLDER}{file}"))?).await.map_err(|e| format!("{file}: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|_| format!("{file}: not UTF-8 text"))?;
    // The texts borrow from the file for the rest of the page's life (one file per language).
    let text: &'static str = Box::leak(text.into_boxed_str());
    let parse = chunks::translation_parser().await.map_err(|_| "the code that reads the texts could not be loaded")?;
    // It holds every view's own texts too, or it is refused whole (`views::read_translation`).
    let translation = parse(text).map_err(|e| format!("{file}: {e}"))?;
    register(locale, translation);
    Ok(())
}
