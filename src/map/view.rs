//! PURE. The part of the map a reader looks at (zoom and centre), kept in the app state and the
//! link, and used by the projection, gestures and drawing.

/// The part of the map the reader looks at: zoom 1 shows the whole region.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct MapView {
    pub zoom: f64,
    pub center_lon_deg: f64,
    pub center_lat_deg: f64,
}

impl MapView {
    pub const MIN_ZOOM: f64 = 1.0;
    pub const MAX_ZOOM: f64 = 16.0;
    /// The centre of the region the map shows at zoom 1.
    pub const HOME: MapView = MapView { zoom: 1.0, center_lon_deg: 118.0, center_lat_deg: 34.5 };

    /// The same view with the zoom clamped and the centre kept inside the region.
    pub fn clamped(self) -> MapView {
        let zoom = if self.zoom.is_finite() { self.zoom.clamp(MapView::MIN_ZOOM, MapView::MAX_ZOOM) } else { 1.0 };
        let lon = if self.center_lon_deg.is_finite() {
            self.center_lon_deg.clamp(95.0, 140.0)
        } else {
            MapView::HOME.center_lon_deg
        };
        let lat = if self.center_lat_deg.is_finite() {
            self.center_lat_deg.clamp(18.0, 50.0)
        } else {
            MapView::HOME.center_lat_deg
        };
        MapView { zoom, center_lon_deg: lon, center_lat_deg: lat }
    }
}
