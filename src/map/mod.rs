//! PURE. The parks map: projection, basemap (file format and, for `make basemap`, the
//! generalisation that builds it), parks with their filters and trade links, drawing and
//! hit-testing.

pub mod basemap;
pub mod draw;
pub mod gesture;
pub mod parks;
pub mod projection;
/// Building the basemap from Natural Earth (`build-basemap`): native only.
#[cfg(not(target_arch = "wasm32"))]
pub mod topology;
pub mod view;
