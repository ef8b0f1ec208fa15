//! PURE. Lambert conformal conic projection for East Asia (standard parallels 25°N and 47°N,
//! centred on 115°E, 35°N; spherical), and the transform between projected units and canvas
//! pixels for a zoom and a centre.
//!
//! lon/lat -> projected: [`Lambert::project`]; back: [`Lambert::unproject`].
//! projected -> pixels: [`ViewTransform::to_px`]; back: [`ViewTransform::from_px`].

use std::f64::consts::FRAC_PI_4;

use super::view::MapView;

/// The projection's constants, computed once.
#[derive(Clone, Copy, Debug)]
pub struct Lambert {
    n: f64,
    f: f64,
    rho0: f64,
    lon0_rad: f64,
}

impl Default for Lambert {
    fn default() -> Self {
        Lambert::new(25.0, 47.0, 35.0, 115.0)
    }
}

impl Lambert {
    pub fn new(parallel1_deg: f64, parallel2_deg: f64, origin_lat_deg: f64, origin_lon_deg: f64) -> Lambert {
        let (p1, p2, p0) = (parallel1_deg.to_radians(), parallel2_deg.to_radians(), origin_lat_deg.to_radians());
        let t = |phi: f64| (FRAC_PI_4 + phi / 2.0).tan();
        let n = (p1.cos() / p2.cos()).ln() / (t(p2) / t(p1)).ln();
        let f = p1.cos() * t(p1).powf(n) / n;
        let rho0 = f / t(p0).powf(n);
        Lambert { n, f, rho0, lon0_rad: origin_lon_deg.to_radians() }
    }

    /// Longitude and latitude in degrees to projected units (Earth radius 1).
    pub fn project(&self, lon_deg: f64, lat_deg: f64) -> (f64, f64) {
        let lat = lat_deg.clamp(-89.0, 89.0).to_radians();
        let rho = self.f / (FRAC_PI_4 + lat / 2.0).tan().powf(self.n);
        let theta = self.n * (lon_deg.to_radians() - self.lon0_rad);
        (rho * theta.sin(), self.rho0 - rho * theta.cos())
    }

    /// Projected units back to longitude and latitude in degrees.
    pub fn unproject(&self, x: f64, y: f64) -> (f64, f64) {
        let dy = self.rho0 - y;
        let rho = self.n.signum() * (x * x + dy * dy).sqrt();
        let theta = (x * self.n.signum()).atan2(dy * self.n.signum());
        let lon = self.lon0_rad + theta / self.n;
        let lat = 2.0 * (self.f / rho).powf(1.0 / self.n).atan() - std::f64::consts::FRAC_PI_2;
        (lon.to_degrees(), lat.to_degrees())
    }
}

/// The area the map shows at zoom 1: every park with room around it (lon, lat corners).
pub const HOME_EXTENT: [(f64, f64); 2] = [(100.0, 20.0), (142.0, 46.0)];

/// Projected units <-> canvas pixels for one canvas size and one map view.
#[derive(Clone, Copy, Debug)]
pub struct ViewTransform {
    pub projection: Lambert,
    /// Pixels per projected unit.
    pub scale: f64,
    center: (f64, f64),
    canvas_center_px: (f64, f64),
}

impl ViewTransform {
    pub fn new(width_px: f64, height_px: f64, view: &MapView) -> ViewTransform {
        let projection = Lambert::default();
        // Fit the home extent (sampled along its edges, as the projection bends them).
        let (mut min, mut max) = ((f64::MAX, f64::MAX), (f64::MIN, f64::MIN));
        let [(lon0, lat0), (lon1, lat1)] = HOME_EXTENT;
        for i in 0..=8 {
            let t = f64::from(i) / 8.0;
            for (lon, lat) in [
                (lon0 + t * (lon1 - lon0), lat0),
                (lon0 + t * (lon1 - lon0), lat1),
                (lon0, lat0 + t * (lat1 - lat0)),
                (lon1, lat0 + t * (lat1 - lat0)),
            ] {
                let (x, y) = projection.project(lon, lat);
                min = (min.0.min(x), min.1.min(y));
                max = (max.0.max(x), max.1.max(y));
            }
        }
        let fit = (width_px / (max.0 - min.0)).min(height_px / (max.1 - min.1)).max(f64::MIN_POSITIVE);
        let view = view.clamped();
        ViewTransform {
            projection,
            scale: fit * view.zoom,
            center: projection.project(view.center_lon_deg, view.center_lat_deg),
            canvas_center_px: (width_px / 2.0, height_px / 2.0),
        }
    }

    /// Projected units to canvas pixels (y grows downwards on the canvas).
    pub fn to_px(&self, x: f64, y: f64) -> (f64, f64) {
        (
            self.canvas_center_px.0 + (x - self.center.0) * self.scale,
            self.canvas_center_px.1 - (y - self.center.1) * self.scale,
        )
    }

    pub fn from_px(&self, px: f64, py: f64) -> (f64, f64) {
        (
            self.center.0 + (px - self.canvas_center_px.0) / self.scale,
            self.center.1 - (py - self.canvas_center_px.1) / self.scale,
        )
    }

    /// Longitude and latitude to canvas pixels.
    pub fn lonlat_to_px(&self, lon_deg: f64, lat_deg: f64) -> (f64, f64) {
        let (x, y) = self.projection.project(lon_deg, lat_deg);
        self.to_px(x, y)
    }

    /// Canvas pixels to longitude and latitude.
    pub fn px_to_lonlat(&self, px: f64, py: f64) -> (f64, f64) {
        let (x, y) = self.from_px(px, py);
        self.projection.unproject(x, y)
    }
}

/// The map view after dragging by `(dx, dy)` pixels: the point under the pointer moves with it.
pub fn panned(view: &MapView, width_px: f64, height_px: f64, dx_px: f64, dy_px: f64) -> MapView {
    let transform = ViewTransform::new(width_px, height_px, view);
    let (lon, lat) = transform.px_to_lonlat(width_px / 2.0 - dx_px, height_px / 2.0 - dy_px);
    MapView { zoom: view.zoom, center_lon_deg: lon, center_lat_deg: lat }.clamped()
}

/// The map view after zooming by `factor` about a canvas point, which stays where it is.
pub fn zoomed_about(view: &MapView, width_px: f64, height_px: f64, factor: f64, at_px: (f64, f64)) -> MapView {
    let before = ViewTransform::new(width_px, height_px, view);
    let anchor = before.from_px(at_px.0, at_px.1);
    let zoom = (view.zoom * factor).clamp(MapView::MIN_ZOOM, MapView::MAX_ZOOM);
    let scale = before.scale * zoom / view.zoom;
    // Keep the anchor under the same pixel: centre = anchor - (pixel - canvas centre) / scale.
    let center_x = anchor.0 - (at_px.0 - width_px / 2.0) / scale;
    let center_y = anchor.1 + (at_px.1 - height_px / 2.0) / scale;
    let (lon, lat) = before.projection.unproject(center_x, center_y);
    MapView { zoom, center_lon_deg: lon, center_lat_deg: lat }.clamped()
}

/// The region the basemap covers and the projection is made for (defined with the parks, which
/// must lie inside it).
pub use crate::data::parks::{EAST_ASIA_MAX_DEG, EAST_ASIA_MIN_DEG};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn projection_round_trips_across_the_region() {
        let lambert = Lambert::default();
        let (west, south) = (EAST_ASIA_MIN_DEG.0 as i32, EAST_ASIA_MIN_DEG.1 as i32);
        let (east, north) = (EAST_ASIA_MAX_DEG.0 as i32, EAST_ASIA_MAX_DEG.1 as i32);
        for lon in (west..=east).step_by(7) {
            for lat in (south..=north).step_by(4) {
                let (x, y) = lambert.project(f64::from(lon), f64::from(lat));
                let (lon2, lat2) = lambert.unproject(x, y);
                assert!((lon2 - f64::from(lon)).abs() < 1e-9 && (lat2 - f64::from(lat)).abs() < 1e-9, "{lon},{lat}");
            }
        }
        // The origin projects to (0, 0); north is up, east is right.
        let (x, y) = lambert.project(115.0, 35.0);
        assert!(x.abs() < 1e-12 && y.abs() < 1e-12);
        assert!(lambert.project(115.0, 40.0).1 > 0.0);
        assert!(lambert.project(120.0, 35.0).0 > 0.0);
    }

    #[test]
    fn pixels_round_trip_and_zoom_keeps_the_anchor() {
        let view = MapView { zoom: 2.0, center_lon_deg: 121.0, center_lat_deg: 31.0 };
        let t = ViewTransform::new(800.0, 600.0, &view);
        let (px, py) = t.lonlat_to_px(120.61, 31.40);
        let (lon, lat) = t.px_to_lonlat(px, py);
        assert!((lon - 120.61).abs() < 1e-9 && (lat - 31.40).abs() < 1e-9);
        assert!(((px, py) != (400.0, 300.0)) && (t.lonlat_to_px(121.0, 31.0).0 - 400.0).abs() < 1e-9);
        let zoomed = zoomed_about(&view, 800.0, 600.0, 2.0, (px, py));
        let after = ViewTransform::new(800.0, 600.0, &zoomed).lonlat_to_px(120.61, 31.40);
        assert!((after.0 - px).abs() < 1e-6 && (after.1 - py).abs() < 1e-6);
        assert_eq!(zoomed.zoom, 4.0);
    }

    #[test]
    fn panning_moves_the_map_with_the_pointer() {
        let view = MapView::HOME;
        let t = ViewTransform::new(800.0, 600.0, &view);
        let before = t.lonlat_to_px(126.7, 35.98);
        let moved = panned(&view, 800.0, 600.0, 50.0, -20.0);
        let after = ViewTransform::new(800.0, 600.0, &moved).lonlat_to_px(126.7, 35.98);
        assert!((after.0 - before.0 - 50.0).abs() < 1e-6 && (after.1 - before.1 + 20.0).abs() < 1e-6);
    }

    #[test]
    fn zoom_is_limited() {
        let v = zoomed_about(&MapView::HOME, 800.0, 600.0, 1000.0, (400.0, 300.0));
        assert_eq!(v.zoom, MapView::MAX_ZOOM);
        let v = zoomed_about(&MapView::HOME, 800.0, 600.0, 0.001, (400.0, 300.0));
        assert_eq!(v.zoom, MapView::MIN_ZOOM);
    }
}
