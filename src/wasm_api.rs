//! Functions the page's JavaScript can call (`window.wasmBindings.*` in the Trunk build):
//! the benchmark hooks that `make bench` times in the browser.

use wasm_bindgen::prelude::wasm_bindgen;

use crate::data::{dataset, Dataset};
use crate::indices::report::index_rows;
use crate::indices::IndexKind;

/// Parses the embedded dataset afresh (not the cached copy); returns the number of values.
#[wasm_bindgen]
pub fn bench_parse_dataset() -> usize {
    Dataset::from_canonical_csv(dataset::EMBEDDED_TRADE_CSV).map(|d| d.record_count()).unwrap_or(0)
}

/// Computes every index for every pair and year; returns the number of values.
#[wasm_bindgen]
pub fn bench_all_indices() -> usize {
    let Ok(ds) = crate::data::embedded() else {
        return 0;
    };
    IndexKind::ALL.iter().map(|&kind| index_rows(ds, kind, kind.default_classification(), None).len()).sum()
}
