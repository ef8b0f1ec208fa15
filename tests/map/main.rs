//! Tests of `src/map`: the map drawn to SVG.

#![cfg(not(target_arch = "wasm32"))]

mod svg;
