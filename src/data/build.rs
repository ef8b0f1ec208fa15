//! The dataset build: raw sources in `../shared/data` -> the committed files in `www/data/`.
//!
//! 1. Read every WITS, OEC and Atlas file, keeping values and listing skipped rows with reasons.
//! 2. Check the records (WITS group sums, OEC completeness) and report problems.
//! 3. Read and check the article figures and the parks.
//! 4. Render the output files in a fixed order, so two builds give identical bytes: the
//!    readers' downloads and, under `parts/`, the compact files the widget fetches per view
//!    with their manifest.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use super::article::{parse_article_figures, write_article_figures, ArticleFigure};
use super::article_corrections::CorrectionReport;
use super::canonical::write_canonical;
use super::dots::{parse_raw_dots, write_monthly_totals, DotsParse};
use super::parks::{parse_parks, write_parks, Park};
use super::parts::{hashed_file_name, translation_file_name, DataPart, Manifest, MANIFEST_NAME};
use super::raw_atlas::{parse_atlas_file, parse_tables, reporter_and_year_of_file};
use super::raw_oec::parse_oec_file;
use super::raw_wits::parse_wits_file;
use super::slice::encode_slice;
use super::sources_md::render_sources_md;
use super::validate::{check_records, Problem};
use super::wiod::{parse_raw_wiod, write_value_chains, WiodFlow};
use super::{SkippedRow, SourceError, TradeRecord};

/// Everything one build produces; `files` are paths relative to `www/data/` and their bytes.
pub struct BuildOutput {
    pub files: Vec<(String, Vec<u8>)>,
    pub records: Vec<TradeRecord>,
    pub skipped: Vec<SkippedRow>,
    pub problems: Vec<Problem>,
}

/// Where the raw sources live when the project sits beside `shared/`.
pub fn default_shared_data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data")
}

/// Where the committed output lives.
pub fn default_output_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("www/data")
}

fn read(path: &Path) -> Result<Vec<u8>, SourceError> {
    fs::read(path).map_err(|e| SourceError { file: path.display().to_string(), line: 0, reason: e.to_string() })
}

fn read_text(path: &Path) -> Result<String, SourceError> {
    String::from_utf8(read(path)?).map_err(|e| SourceError {
        file: path.display().to_string(),
        line: 0,
        reason: format!("not UTF-8: {e}"),
    })
}

/// The files of a folder with a given suffix, sorted by name.
fn files_ending_with(dir: &Path, suffix: &str) -> Result<Vec<PathBuf>, SourceError> {
    let entries = fs::read_dir(dir).map_err(|e| SourceError {
        file: dir.display().to_string(),
        line: 0,
        reason: e.to_string(),
    })?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.ends_with(suffix)))
        .collect();
    paths.sort();
    Ok(paths)
}

fn file_name(path: &Path) -> String {
    path.file_name().and_then(|n| n.to_str()).unwrap_or("?").to_string()
}

/// Runs the whole build in memory. `view_parts` says which parts each view needs first (from
/// `views::default_data_parts`); it goes into the parts manifest for the page loader.
/// `translations` are the fetched languages' files by language code (`i18n::translation_files`),
/// written beside the parts and named in the manifest.
pub fn build_dataset(
    shared_data_dir: &Path,
    view_parts: &[(&str, Vec<DataPart>)],
    translations: &[(&str, String)],
) -> Result<BuildOutput, SourceError> {
    // 1. Raw trade sources, checked by the canonical parser on our own output.
    let (records, skipped) = read_trade_sources(shared_data_dir)?;
    let trade_csv = write_canonical(&records);
    super::canonical::parse_canonical(&trade_csv).map_err(|e| SourceError {
        file: "trade.csv (built)".into(),
        line: e.line,
        reason: e.reason,
    })?;

    // 2. Consistency checks.
    let problems = check_records(&records);

    // 3. Article figures, value chains, monthly totals and parks.
    let other = read_other_sources(shared_data_dir)?;

    // 4. Output files: the readers' tables, then the parts and their manifest.
    let provenance = read_provenance(shared_data_dir)?;
    let sources_md = render_sources_md(
        &records,
        &other.value_chains,
        &other.dots,
        &skipped,
        &problems,
        &provenance,
        &other.corrections,
    );
    let tables = Tables {
        figures_csv: write_article_figures(&other.figures),
        parks_csv: write_parks(&other.parks),
        value_chains_csv: write_value_chains(&other.value_chains),
        monthly_totals_csv: write_monthly_totals(&other.dots.totals),
        basemap: read(&default_output_dir().join("basemap.txt"))?,
    };
    let mut files = vec![
        ("trade.csv".to_string(), trade_csv.into_bytes()),
        ("products.csv".to_string(), super::sources_md::render_products_csv().into_bytes()),
        ("article_figures.csv".to_string(), tables.figures_csv.clone().into_bytes()),
        ("parks.csv".to_string(), tables.parks_csv.clone().into_bytes()),
        ("value_chains.csv".to_string(), tables.value_chains_csv.clone().into_bytes()),
        ("monthly_totals.csv".to_string(), tables.monthly_totals_csv.clone().into_bytes()),
        ("SOURCES.md".to_string(), sources_md.into_bytes()),
    ];
    files.extend(part_files(&records, &tables, view_parts, translations)?);
    Ok(BuildOutput { files, records, skipped, problems })
}

/// The WITS, OEC and Atlas files' trade values, with the rows not carried over.
fn read_trade_sources(shared_data_dir: &Path) -> Result<(Vec<TradeRecord>, Vec<SkippedRow>), SourceError> {
    let mut records = Vec::new();
    let mut skipped = Vec::new();
    let wits_dir = shared_data_dir.join("raw/wits-trade-summary");
    for path in files_ending_with(&wits_dir, ".CSV")? {
        let parse = parse_wits_file(&file_name(&path), &read_text(&path)?)?;
        records.extend(parse.records);
        skipped.extend(parse.skipped);
    }
    let oec_dir = shared_data_dir.join("raw/oec-rcep-sections");
    for path in files_ending_with(&oec_dir, " processed.csv")? {
        let parse = parse_oec_file(&file_name(&path), &read(&path)?)?;
        records.extend(parse.records);
        skipped.extend(parse.skipped);
    }
    let atlas_dir = shared_data_dir.join("raw/atlas-hs92-bilateral-cjk");
    let atlas_tables =
        parse_tables(&read_text(&atlas_dir.join("hs_product.csv"))?, &read_text(&atlas_dir.join("location.csv"))?)?;
    for path in files_ending_with(&atlas_dir, ".csv")? {
        // The per-year chapter files; the 10-sector files (`*_hs_2010_to_2020.csv`) are not used.
        if reporter_and_year_of_file(&file_name(&path)).is_none() {
            continue;
        }
        let parse = parse_atlas_file(&file_name(&path), &read_text(&path)?, &atlas_tables)?;
        records.extend(parse.records);
        skipped.extend(parse.skipped);
    }
    if records.is_empty() {
        return Err(SourceError {
            file: shared_data_dir.display().to_string(),
            line: 0,
            reason: "no WITS or OEC files found".into(),
        });
    }
    Ok((records, skipped))
}

/// The sources besides the trade tables.
struct OtherSources {
    figures: Vec<ArticleFigure>,
    corrections: CorrectionReport,
    value_chains: Vec<WiodFlow>,
    dots: DotsParse,
    parks: Vec<Park>,
}

fn read_other_sources(shared_data_dir: &Path) -> Result<OtherSources, SourceError> {
    let at = |file: &str, reason: String| SourceError { file: file.into(), line: 0, reason };
    let figures_path = shared_data_dir.join("article/figures.csv");
    let mut figures =
        parse_article_figures(&read_text(&figures_path)?).map_err(|e| at(&figures_path.display().to_string(), e))?;
    let corrections =
        super::article_corrections::apply(&mut figures).map_err(|e| at(&figures_path.display().to_string(), e))?;
    let wiod_path = shared_data_dir.join("raw/wiod2013-cjk/wiod2013_cjk_bilateral_by_sector_1995_2011.csv");
    let value_chains = parse_raw_wiod(&file_name(&wiod_path), &read_text(&wiod_path)?)?;
    let dots_path = shared_data_dir.join("raw/imf-dots-cjk-monthly/imf_dots_monthly_2011_2020.csv");
    let dots = parse_raw_dots(&file_name(&dots_path), &read_text(&dots_path)?)?;
    let parks_path = shared_data_dir.join("parks/parks.csv");
    let parks = parse_parks(&read_text(&parks_path)?).map_err(|e| at(&parks_path.display().to_string(), e))?;
    Ok(OtherSources { figures, corrections, value_chains, dots, parks })
}

/// The tables the parts that are not trade slices are copies of.
struct Tables {
    figures_csv: String,
    parks_csv: String,
    value_chains_csv: String,
    monthly_totals_csv: String,
    basemap: Vec<u8>,
}

/// Every data part and translation file, named by its content, and the manifest naming them.
fn part_files(
    records: &[TradeRecord],
    tables: &Tables,
    view_parts: &[(&str, Vec<DataPart>)],
    translations: &[(&str, String)],
) -> Result<Vec<(String, Vec<u8>)>, SourceError> {
    let mut files = Vec::new();
    let mut manifest = Manifest::default();
    for part in DataPart::ALL {
        let bytes = match part.trade_slice() {
            Some((source, classification)) => encode_slice(records, source, classification)
                .map_err(|reason| SourceError { file: "trade.csv (built)".into(), line: 0, reason })?,
            None => match part {
                DataPart::ArticleFigures => tables.figures_csv.clone().into_bytes(),
                DataPart::Parks => tables.parks_csv.clone().into_bytes(),
                DataPart::ValueChains => tables.value_chains_csv.clone().into_bytes(),
                DataPart::MonthlyTotals => tables.monthly_totals_csv.clone().into_bytes(),
                _ => tables.basemap.clone(),
            },
        };
        let name = hashed_file_name(part, &bytes);
        manifest.files.push((part, name.clone()));
        files.push((format!("{PARTS_DIR}/{name}"), bytes));
    }
    manifest.views = view_parts.iter().map(|(v, p)| (v.to_string(), p.clone())).collect();
    for (language, text) in translations {
        let name = translation_file_name(language, text.as_bytes());
        manifest.translations.push((language.to_string(), name.clone()));
        files.push((format!("{PARTS_DIR}/{name}"), text.clone().into_bytes()));
    }
    files.push((format!("{PARTS_DIR}/{MANIFEST_NAME}"), manifest.write().into_bytes()));
    Ok(files)
}

/// The folder of the per-view parts inside `www/data/`.
pub const PARTS_DIR: &str = "parts";

/// Writes the build's files under `out_dir` and removes parts a previous build left behind
/// (their names carry old hashes). Returns each file written with its size.
pub fn write_output(output: &BuildOutput, out_dir: &Path) -> Result<Vec<(PathBuf, usize)>, String> {
    let parts_dir = out_dir.join(PARTS_DIR);
    fs::create_dir_all(&parts_dir).map_err(|e| format!("cannot create {}: {e}", parts_dir.display()))?;
    let mut written = Vec::new();
    for (name, bytes) in &output.files {
        let path = out_dir.join(name);
        fs::write(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        written.push((path, bytes.len()));
    }
    for stale in stale_parts(output, out_dir)? {
        fs::remove_file(&stale).map_err(|e| format!("cannot remove {}: {e}", stale.display()))?;
    }
    Ok(written)
}

/// Files in `out_dir/parts/` that this build did not write.
pub fn stale_parts(output: &BuildOutput, out_dir: &Path) -> Result<Vec<PathBuf>, String> {
    let parts_dir = out_dir.join(PARTS_DIR);
    let entries = fs::read_dir(&parts_dir).map_err(|e| format!("cannot list {}: {e}", parts_dir.display()))?;
    let mut stale: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|path| {
            let name = format!("{PARTS_DIR}/{}", file_name(path));
            !output.files.iter().any(|(n, _)| *n == name)
        })
        .collect();
    stale.sort();
    Ok(stale)
}

/// The PROVENANCE/SOURCES notes of each raw folder, keyed by folder, quoted in SOURCES.md.
fn read_provenance(shared_data_dir: &Path) -> Result<BTreeMap<String, String>, SourceError> {
    let mut notes = BTreeMap::new();
    for (folder, file) in [
        ("raw/wits-trade-summary", "PROVENANCE.md"),
        ("raw/oec-rcep-sections", "PROVENANCE.md"),
        ("raw/atlas-hs92-bilateral-cjk", "PROVENANCE.md"),
        ("raw/wiod2013-cjk", "PROVENANCE.md"),
        ("raw/imf-dots-cjk-monthly", "PROVENANCE.md"),
        ("article", "PROVENANCE.md"),
        ("parks", "SOURCES.md"),
    ] {
        notes.insert(folder.to_string(), read_text(&shared_data_dir.join(folder).join(file))?);
    }
    Ok(notes)
}
