//! Tests of `src/charts`: every chart drawn to SVG.

#![cfg(not(target_arch = "wasm32"))]

mod svg;
