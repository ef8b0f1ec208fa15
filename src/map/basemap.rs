//! PURE. The compact basemap file (`www/data/basemap.txt`) and the basemap in memory.
//!
//! ```text
//! cjk-basemap 1 <degrees per unit>
//! # comment lines
//! a <kind> x,y dx,dy dx,dy ...   one arc: kind c coast, b border, p province, h hidden
//! r 12 ~7 31                     one land ring (filled): arc indices, ~ = walked backwards
//! ```
//! Coordinates are integers in `degrees per unit` (longitude, latitude), delta-encoded after the
//! first point. Hidden arcs bound a fill but are never drawn (provinces of other countries, the
//! clipping box), so they keep only their end points.

use super::projection::Lambert;
#[cfg(not(target_arch = "wasm32"))]
use super::topology::{ArcKind, Point, Topology};

pub const MAGIC: &str = "cjk-basemap 1";

/// How an arc is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LineKind {
    Coast,
    Border,
    Province,
    Hidden,
}

impl LineKind {
    #[cfg(not(target_arch = "wasm32"))]
    fn code(self) -> char {
        match self {
            LineKind::Coast => 'c',
            LineKind::Border => 'b',
            LineKind::Province => 'p',
            LineKind::Hidden => 'h',
        }
    }

    fn parse(code: &str) -> Option<LineKind> {
        match code {
            "c" => Some(LineKind::Coast),
            "b" => Some(LineKind::Border),
            "p" => Some(LineKind::Province),
            "h" => Some(LineKind::Hidden),
            _ => None,
        }
    }
}

/// Writes a topology whose arcs are already simplified (`build-basemap`, native only). `fill` says which rings are filled,
/// `line_kind` how each arc is drawn; `grid_per_unit` converts topology points to file units.
#[cfg(not(target_arch = "wasm32"))]
pub fn write_basemap(
    topology: &Topology,
    fill: &[bool],
    line_kind: impl Fn(usize) -> LineKind,
    grid_per_unit: i64,
    degrees_per_unit: f64,
    header_comments: &[String],
) -> String {
    let mut out = format!("{MAGIC} {degrees_per_unit}\n");
    for comment in header_comments {
        out.push_str(&format!("# {comment}\n"));
    }
    let to_unit = |p: Point| {
        ((p.0 as f64 / grid_per_unit as f64).round() as i64, (p.1 as f64 / grid_per_unit as f64).round() as i64)
    };
    for (i, arc) in topology.arcs.iter().enumerate() {
        let kind = line_kind(i);
        let mut points: Vec<Point> = if kind == LineKind::Hidden {
            vec![arc.points[0], arc.points[arc.points.len() - 1]]
        } else {
            arc.points.clone()
        };
        points = points.into_iter().map(to_unit).collect();
        // Rounding can make neighbours equal: drop repeats, but an arc keeps two points.
        let mut kept: Vec<Point> = Vec::with_capacity(points.len());
        for p in points {
            if kept.last() != Some(&p) {
                kept.push(p);
            }
        }
        if kept.len() < 2 {
            kept.push(kept[0]);
        }
        out.push('a');
        out.push(' ');
        out.push(kind.code());
        let mut previous = (0, 0);
        for (n, p) in kept.iter().enumerate() {
            if n == 0 {
                out.push_str(&format!(" {},{}", p.0, p.1));
            } else {
                out.push_str(&format!(" {},{}", p.0 - previous.0, p.1 - previous.1));
            }
            previous = *p;
        }
        out.push('\n');
    }
    for (ring, arcs) in topology.rings.iter().enumerate() {
        if !fill.get(ring).copied().unwrap_or(false) {
            continue;
        }
        out.push('r');
        for (index, reversed) in arcs {
            out.push(' ');
            if *reversed {
                out.push('~');
            }
            out.push_str(&index.to_string());
        }
        out.push('\n');
    }
    out
}

/// An arc or ring in projected units, with its bounding box for quick culling.
#[derive(Clone, Debug, PartialEq)]
pub struct Path {
    pub points: Vec<(f64, f64)>,
    pub min: (f64, f64),
    pub max: (f64, f64),
}

impl Path {
    fn new(points: Vec<(f64, f64)>) -> Path {
        let mut min = (f64::MAX, f64::MAX);
        let mut max = (f64::MIN, f64::MIN);
        for &(x, y) in &points {
            min = (min.0.min(x), min.1.min(y));
            max = (max.0.max(x), max.1.max(y));
        }
        Path { points, min, max }
    }
}

/// The basemap, projected once on load.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Basemap {
    /// Drawn lines by kind (hidden arcs are not kept).
    pub lines: Vec<(LineKind, Path)>,
    /// Land rings to fill.
    pub land: Vec<Path>,
}

impl Basemap {
    /// Parses the file and projects it; an error names the line.
    pub fn parse(text: &str, projection: &Lambert) -> Result<Basemap, String> {
        let mut lines = text.lines().enumerate();
        let (_, header) = lines.next().ok_or("line 1: the basemap is empty")?;
        let degrees_per_unit: f64 = header
            .strip_prefix(MAGIC)
            .and_then(|rest| rest.trim().parse().ok())
            .filter(|d: &f64| *d > 0.0)
            .ok_or_else(|| format!("line 1: expected \"{MAGIC} <degrees per unit>\""))?;
        let mut arcs: Vec<(LineKind, Vec<(f64, f64)>)> = Vec::new();
        let mut basemap = Basemap::default();
        for (number, line) in lines {
            let at = |reason: String| format!("line {}: {reason}", number + 1);
            let mut tokens = line.split_whitespace();
            match tokens.next() {
                None | Some("#") => {}
                Some(t) if t.starts_with('#') => {}
                Some("a") => {
                    let kind = tokens.next().and_then(LineKind::parse).ok_or_else(|| at("unknown arc kind".into()))?;
                    let mut position = (0i64, 0i64);
                    let mut points = Vec::new();
                    for (n, token) in tokens.enumerate() {
                        let (x, y) = token
                            .split_once(',')
                            .and_then(|(x, y)| Some((x.parse::<i64>().ok()?, y.parse::<i64>().ok()?)))
                            .ok_or_else(|| at(format!("{token:?} is not x,y")))?;
                        position = if n == 0 { (x, y) } else { (position.0 + x, position.1 + y) };
                        let (lon, lat) = (position.0 as f64 * degrees_per_unit, position.1 as f64 * degrees_per_unit);
                        points.push(projection.project(lon, lat));
                    }
                    if points.len() < 2 {
                        return Err(at("an arc needs two points".into()));
                    }
                    arcs.push((kind, points));
                }
                Some("r") => {
                    let mut ring: Vec<(f64, f64)> = Vec::new();
                    for token in tokens {
                        let (reversed, index) = match token.strip_prefix('~') {
                            Some(rest) => (true, rest),
                            None => (false, token),
                        };
                        let index: usize = index.parse().map_err(|_| at(format!("{token:?} is not an arc index")))?;
                        let (_, points) = arcs.get(index).ok_or_else(|| at(format!("no arc {index}")))?;
                        let skip_first = usize::from(!ring.is_empty());
                        if reversed {
                            ring.extend(points.iter().rev().skip(skip_first));
                        } else {
                            ring.extend(points.iter().skip(skip_first));
                        }
                    }
                    if ring.len() > 1 && ring.first() == ring.last() {
                        ring.pop();
                    }
                    if ring.len() >= 3 {
                        basemap.land.push(Path::new(ring));
                    }
                }
                Some(other) => return Err(at(format!("unknown record {other:?}"))),
            }
        }
        basemap.lines =
            arcs.into_iter().filter(|(k, _)| *k != LineKind::Hidden).map(|(k, p)| (k, Path::new(p))).collect();
        Ok(basemap)
    }
}

/// How the builder classifies an arc: lines inside China, Japan and the two Koreas are drawn as
/// province lines; other countries' internal lines and the clipping box are hidden.
#[cfg(not(target_arch = "wasm32"))]
pub fn line_kind_for(kind: ArcKind, countries: &(String, String), province_countries: &[&str]) -> LineKind {
    match kind {
        ArcKind::Coast => LineKind::Coast,
        ArcKind::Border => LineKind::Border,
        ArcKind::Province if province_countries.contains(&countries.0.as_str()) => LineKind::Province,
        ArcKind::Province | ArcKind::Clip => LineKind::Hidden,
    }
}

/// The basemap, compiled into the native tests only (the browser fetches it with the parks view).
#[cfg(not(target_arch = "wasm32"))]
pub const EMBEDDED_BASEMAP: &str = include_str!("../../www/data/basemap.txt");

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::topology::{build_topology, Ring};

    #[test]
    fn writes_and_reads_back_two_countries() {
        let rings = vec![
            Ring { country: "CHN".into(), points: vec![(0, 0), (100, 0), (100, 100), (0, 100)], is_hole: false },
            Ring { country: "JPN".into(), points: vec![(100, 0), (200, 0), (200, 100), (100, 100)], is_hole: false },
        ];
        let topology = build_topology(&rings, |_, _| false);
        let kinds: Vec<LineKind> =
            topology.arcs.iter().map(|a| line_kind_for(a.kind, &a.countries, &["CHN"])).collect();
        let text = write_basemap(&topology, &[true, true], |i| kinds[i], 100, 1.0, &["test".to_string()]);
        assert!(text.starts_with("cjk-basemap 1 1\n# test\n"));
        let basemap = Basemap::parse(&text, &Lambert::default()).unwrap();
        assert_eq!(basemap.land.len(), 2);
        assert_eq!(basemap.lines.iter().filter(|(k, _)| *k == LineKind::Border).count(), 1);
        assert_eq!(basemap.land[0].points.len(), 4, "a ring's arcs join without repeating points");
    }

    #[test]
    fn broken_files_name_the_line() {
        let projection = Lambert::default();
        assert!(Basemap::parse("", &projection).is_err());
        assert!(Basemap::parse("nope", &projection).unwrap_err().starts_with("line 1"));
        let error = Basemap::parse("cjk-basemap 1 0.01\na c 1,2 x\n", &projection).unwrap_err();
        assert!(error.starts_with("line 2"), "{error}");
        let error = Basemap::parse("cjk-basemap 1 0.01\na c 1,2 1,1\nr 0 5\n", &projection).unwrap_err();
        assert!(error.starts_with("line 3"), "{error}");
    }
}
