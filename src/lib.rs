//! China-Japan-Korea trade complementarity widget.
//!
//! Pure modules (`data`, `indices`) never touch the DOM; see `../shared/DESIGN.md`.

pub mod data;
pub mod indices;
