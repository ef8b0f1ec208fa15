//! Writes the prerendered pages (`components::prerender`) into a built widget: run by Trunk after each
//! build (a `post_build` hook in `Trunk.toml`, on its staging folder), or by hand.
//!
//! Usage: `prerender [<built widget folder>]` (default: `$TRUNK_STAGING_DIR`, else `dist`).
//!
//! 1. Read the folder's `index.html` (Trunk's, with the hashed asset names) as the template.
//! 2. Decode every data part the manifest names, as the browser would.
//! 3. Render each page and write it beside `index.html`, `index.html` itself last.
//! 4. Write the charts' pictures that the pages show as images into `pictures/`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use cjk_trade_widget::components::prerender::{fill_template, pages, read_data_parts, render_body};
use cjk_trade_widget::components::static_picture::{take_picture_files, PICTURES_FOLDER};
use cjk_trade_widget::data::parts::PARTS_FOLDER;

fn main() -> ExitCode {
    let folder = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("dist"));
    match prerender(&folder) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("prerender: {error}");
            ExitCode::FAILURE
        }
    }
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn prerender(folder: &Path) -> Result<(), String> {
    let started = Instant::now();
    let template = String::from_utf8(read(&folder.join("index.html"))?).map_err(|_| "index.html is not UTF-8")?;
    let data = read_data_parts(&folder.join(PARTS_FOLDER))?;
    let pages = pages();
    // `index.html` is the template of every page, so it is written last.
    for page in pages.iter().rev() {
        let html = fill_template(&template, page, &render_body(page, &data))?;
        std::fs::write(folder.join(&page.file_name), html).map_err(|e| format!("{}: {e}", page.file_name))?;
    }
    // The charts' pictures after each page's first, one file per picture that the pages share.
    let pictures = take_picture_files();
    std::fs::create_dir_all(folder.join(PICTURES_FOLDER)).map_err(|e| format!("{PICTURES_FOLDER}: {e}"))?;
    for (name, svg) in &pictures {
        std::fs::write(folder.join(name), svg).map_err(|e| format!("{name}: {e}"))?;
    }
    println!(
        "prerender: {} pages and {} pictures in {:.1} s",
        pages.len(),
        pictures.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
