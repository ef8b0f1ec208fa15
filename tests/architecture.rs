//! The layout of `../shared/DESIGN.md`, kept true: every `crate::…` path in `src/` (outside
//! `bin/`, whose tools may use any room) is an arrow from its file's top-level room to another,
//! and arrows point down the layers, never up; no two rooms lean on each other, even on the same
//! layer; and the pure rooms never name the browser's crates. Run with `--nocapture` to see the
//! arrows (`cargo test --test architecture -- --nocapture`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The rooms from top to bottom: a room may use the rooms on its own layer or below.
const LAYERS: &[&[&str]] = &[
    &["components", "embed"],
    &["views"],
    &["state"],
    &["charts", "map"],
    &["i18n"],
    &["indices"],
    &["data"],
    // Rules every room may use, which use no room: pointer and scroll rules, the one sort.
    &["interaction", "order"],
];

/// The rooms that compute or draw, and the browser crates they must not name.
const PURE_ROOMS: [&str; 8] = ["data", "indices", "charts", "map", "state", "i18n", "views", "order"];
const BROWSER_CRATES: [&str; 4] = ["yew", "web_sys", "js_sys", "plotters_canvas"];

fn rust_files(folder: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(folder).unwrap().map(Result::unwrap) {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// Every Rust file under `src/`: its path relative to `src/` and its text.
fn source_files() -> Vec<(PathBuf, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files
        .into_iter()
        .map(|file| (file.strip_prefix(&src).unwrap().to_path_buf(), std::fs::read_to_string(&file).unwrap()))
        .collect()
}

/// The code of a file without its comments (a comment may name any room).
fn code_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter(|line| !line.trim_start().starts_with("//"))
}

/// The room a file belongs to: its top-level folder or file under `src/`.
fn room_of(relative: &Path) -> String {
    let first = relative.components().next().unwrap().as_os_str().to_string_lossy().into_owned();
    first.trim_end_matches(".rs").to_string()
}

/// Every room each room names, with one file that names it.
fn arrows() -> BTreeMap<(String, String), String> {
    let mut arrows = BTreeMap::new();
    for (relative, text) in source_files() {
        let from = room_of(&relative);
        if from == "bin" || from == "lib" {
            continue;
        }
        for line in code_lines(&text) {
            for (index, _) in line.match_indices("crate::") {
                let to: String = line[index + "crate::".len()..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !to.is_empty() && to != from {
                    arrows.entry((from.clone(), to)).or_insert_with(|| relative.display().to_string());
                }
            }
        }
    }
    arrows
}

fn layer_of(room: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&room))
}

#[test]
fn every_room_is_on_a_layer() {
    let unknown: BTreeSet<String> =
        arrows().into_keys().flat_map(|(from, to)| [from, to]).filter(|room| layer_of(room).is_none()).collect();
    assert!(unknown.is_empty(), "rooms missing from LAYERS (and from DESIGN.md's layout): {unknown:?}");
}

#[test]
fn arrows_point_down_or_across_never_up() {
    let arrows = arrows();
    println!("arrows between rooms (from → to, one file that names it):");
    for ((from, to), file) in &arrows {
        println!("  {from} → {to}   ({file})");
    }
    let upward: Vec<String> = arrows
        .iter()
        .filter(|((from, to), _)| matches!((layer_of(from), layer_of(to)), (Some(a), Some(b)) if b < a))
        .map(|((from, to), file)| format!("{from} → {to} ({file})"))
        .collect();
    assert!(upward.is_empty(), "arrows pointing up the layers of DESIGN.md: {upward:#?}");
}

#[test]
fn no_two_rooms_lean_on_each_other() {
    let arrows = arrows();
    let mut next: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (from, to) in arrows.keys() {
        next.entry(from).or_default().push(to);
    }
    // A depth-first search from every room: reaching the room again is a cycle.
    for start in next.keys() {
        let mut stack: Vec<Vec<&str>> = vec![vec![start]];
        while let Some(path) = stack.pop() {
            let last = path[path.len() - 1];
            for &to in next.get(last).into_iter().flatten() {
                assert!(to != *start, "a cycle between rooms: {} → {to}", path.join(" → "));
                if !path.contains(&to) {
                    let mut longer = path.clone();
                    longer.push(to);
                    stack.push(longer);
                }
            }
        }
    }
}

#[test]
fn the_pure_rooms_never_name_the_browser() {
    let mut found = Vec::new();
    for (relative, text) in source_files() {
        if !PURE_ROOMS.contains(&room_of(&relative).as_str()) {
            continue;
        }
        for line in code_lines(&text) {
            for name in BROWSER_CRATES {
                let named = line.contains(&format!("{name}::")) && !line.contains(&format!("_{name}::"));
                if named {
                    found.push(format!("{}: {}", relative.display(), line.trim()));
                }
            }
        }
    }
    assert!(found.is_empty(), "pure rooms naming yew, web_sys, js_sys or plotters_canvas: {found:#?}");
}

/// The longest a function may be, in lines from its `fn` to its closing brace: one screen.
const MAX_FUNCTION_LINES: usize = 80;

/// The view folders under `src/views/` (every folder but `shared`).
fn view_folders() -> Vec<String> {
    let views = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/views");
    let mut folders: Vec<String> = std::fs::read_dir(views)
        .unwrap()
        .map(Result::unwrap)
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name != "shared")
        .collect();
    folders.sort();
    folders
}

/// A view is a unit: its folder names no other view's folder (what two views share lives in
/// `views/shared/`, which names no view), so each can load as its own chunk.
#[test]
fn views_lean_only_on_what_they_share() {
    let folders = view_folders();
    assert!(folders.len() >= 9, "the view folders: {folders:?}");
    let mut crossings = Vec::new();
    for (relative, text) in source_files() {
        let mut parts = relative.components().map(|c| c.as_os_str().to_string_lossy().into_owned());
        if parts.next().as_deref() != Some("views") {
            continue;
        }
        let Some(own) = parts.next().filter(|folder| !folder.ends_with(".rs")) else { continue };
        for line in code_lines(&text) {
            for other in folders.iter().filter(|other| **other != own) {
                let named =
                    [format!("crate::views::{other}::"), format!("super::{other}::"), format!("views::{other}::")];
                if named.iter().any(|path| line.contains(path.as_str())) {
                    crossings.push(format!("{}: {}", relative.display(), line.trim()));
                }
            }
        }
    }
    assert!(
        crossings.is_empty(),
        "a view names another view (move the shared part to views/shared/):\n{}",
        crossings.join("\n")
    );
}

/// Each function's name and length in lines. Relies on rustfmt's layout (`cargo fmt --check` is
/// part of the build): a function ends at the first `}` on its own indentation.
fn function_lengths(text: &str) -> Vec<(String, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let signature = ["pub(crate) ", "pub(super) ", "pub ", "async ", "const ", "unsafe "]
            .iter()
            .fold(trimmed, |rest, prefix| rest.strip_prefix(prefix).unwrap_or(rest));
        let Some(after_fn) = signature.strip_prefix("fn ") else {
            i += 1;
            continue;
        };
        let name: String = after_fn.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        if line.trim_end().ends_with(';') {
            i += 1;
            continue;
        }
        let closing = " ".repeat(indent) + "}";
        let end = (i + 1..lines.len()).find(|&j| lines[j].trim_end() == closing).unwrap_or(i);
        found.push((name, end - i + 1));
        i = end.max(i) + 1;
    }
    found
}

#[test]
fn functions_read_in_one_screen() {
    let mut long = Vec::new();
    for (relative, text) in source_files() {
        for (name, lines) in function_lengths(&text) {
            if lines > MAX_FUNCTION_LINES {
                long.push(format!("{} {name}: {lines} lines", relative.display()));
            }
        }
    }
    assert!(long.is_empty(), "functions over {MAX_FUNCTION_LINES} lines (split them into named steps): {long:#?}");
}

#[test]
fn the_function_lengths_are_measured_from_fn_to_its_brace() {
    let text = "fn short() {\n    one();\n}\n\npub fn longer(\n    a: u8,\n) -> u8 {\n    if a > 0 {\n        a\n    } else {\n        0\n    }\n}\n";
    assert_eq!(function_lengths(text), vec![("short".to_string(), 3), ("longer".to_string(), 9)]);
}
