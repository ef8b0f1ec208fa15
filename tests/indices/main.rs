//! Tests of `src/indices` and the `indices` command: properties, the Python reference, the CLI.

#![cfg(not(target_arch = "wasm32"))]

#[path = "../support/mod.rs"]
mod support;

mod cli;
mod properties;
mod regression;
mod working;
