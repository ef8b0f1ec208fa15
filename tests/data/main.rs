//! Tests of `src/data`: the dataset build and a reader's own files.

#![cfg(not(target_arch = "wasm32"))]

#[path = "../support/mod.rs"]
mod support;

mod build;
mod user_file;
