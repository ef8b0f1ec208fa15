//! PURE. Basemap generalisation used by `make basemap`: clip rings to a box, find the arcs that
//! neighbouring rings share, and simplify each arc once, so that neighbours still meet exactly.
//!
//! Points are integer grid coordinates (e.g. 1e-5 degree) so that shared vertices compare equal.

use std::collections::HashMap;

pub type Point = (i64, i64);

/// A closed ring (first point not repeated at the end) and the country it belongs to. Holes
/// take part in the topology (an enclave's boundary is shared with its surrounding province's
/// hole) but are not filled.
#[derive(Clone, Debug, PartialEq)]
pub struct Ring {
    pub country: String,
    pub points: Vec<Point>,
    pub is_hole: bool,
}

/// What an arc separates, which decides whether and how it is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ArcKind {
    /// Land on one side only.
    Coast,
    /// Between two countries.
    Border,
    /// Between two provinces of one country.
    Province,
    /// Along the clipping box: not a real line, never drawn.
    Clip,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Arc {
    pub kind: ArcKind,
    /// The country on each side (the second is empty for coasts and clip edges).
    pub countries: (String, String),
    pub points: Vec<Point>,
}

/// A ring as a sequence of arcs; `(index, reversed)`.
pub type RingArcs = Vec<(usize, bool)>;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Topology {
    pub arcs: Vec<Arc>,
    pub rings: Vec<RingArcs>,
}

/// Clips a ring to an axis-aligned box (Sutherland-Hodgman); may return fewer than 3 points.
pub fn clip_ring(points: &[Point], min: Point, max: Point) -> Vec<Point> {
    let mut output: Vec<Point> = points.to_vec();
    // Each edge of the box: keeps points where `inside` holds.
    type Inside = fn(Point, Point, Point) -> bool;
    let edges: [Inside; 4] =
        [|p, min, _| p.0 >= min.0, |p, _, max| p.0 <= max.0, |p, min, _| p.1 >= min.1, |p, _, max| p.1 <= max.1];
    for (side, inside) in edges.iter().enumerate() {
        let input = std::mem::take(&mut output);
        if input.is_empty() {
            break;
        }
        let mut previous = *input.last().unwrap_or(&(0, 0));
        for &current in &input {
            let (cur_in, prev_in) = (inside(current, min, max), inside(previous, min, max));
            if cur_in {
                if !prev_in {
                    output.push(intersect(previous, current, side, min, max));
                }
                output.push(current);
            } else if prev_in {
                output.push(intersect(previous, current, side, min, max));
            }
            previous = current;
        }
    }
    output.dedup();
    if output.len() > 1 && output.first() == output.last() {
        output.pop();
    }
    output
}

fn intersect(a: Point, b: Point, side: usize, min: Point, max: Point) -> Point {
    let (ax, ay, bx, by) = (a.0 as f64, a.1 as f64, b.0 as f64, b.1 as f64);
    match side {
        0 | 1 => {
            let x = if side == 0 { min.0 } else { max.0 } as f64;
            let t = (x - ax) / (bx - ax);
            (x as i64, (ay + t * (by - ay)).round() as i64)
        }
        _ => {
            let y = if side == 2 { min.1 } else { max.1 } as f64;
            let t = (y - ay) / (by - ay);
            ((ax + t * (bx - ax)).round() as i64, y as i64)
        }
    }
}

/// Twice the signed area of a ring (positive when counter-clockwise).
pub fn doubled_area(points: &[Point]) -> f64 {
    let n = points.len();
    (0..n)
        .map(|i| {
            let (a, b) = (points[i], points[(i + 1) % n]);
            a.0 as f64 * b.1 as f64 - b.0 as f64 * a.1 as f64
        })
        .sum()
}

fn edge_key(a: Point, b: Point) -> (Point, Point) {
    if a <= b {
        (a, b)
    } else {
        (b, a)
    }
}

/// Builds the shared-arc topology of rings. `on_clip_box` says whether an edge lies on the
/// clipping box (such edges become `Clip` arcs).
pub fn build_topology(rings: &[Ring], on_clip_box: impl Fn(Point, Point) -> bool) -> Topology {
    // 1. Which rings use each undirected edge.
    let mut edge_rings: HashMap<(Point, Point), Vec<usize>> = HashMap::new();
    for (r, ring) in rings.iter().enumerate() {
        let n = ring.points.len();
        for i in 0..n {
            let users = edge_rings.entry(edge_key(ring.points[i], ring.points[(i + 1) % n])).or_default();
            if !users.contains(&r) {
                users.push(r);
            }
        }
    }
    let users_of = |a: Point, b: Point| edge_rings.get(&edge_key(a, b)).cloned().unwrap_or_default();
    // 2. Junctions: points where the set of rings along the boundary changes.
    let mut neighbours: HashMap<Point, Vec<Point>> = HashMap::new();
    for &(a, b) in edge_rings.keys() {
        neighbours.entry(a).or_default().push(b);
        neighbours.entry(b).or_default().push(a);
    }
    let is_junction = |p: Point, before: Point, after: Point| {
        neighbours.get(&p).map_or(0, Vec::len) > 2 || {
            let (mut x, mut y) = (users_of(before, p), users_of(p, after));
            x.sort_unstable();
            y.sort_unstable();
            x != y
        }
    };
    // 3. Split each ring at its junctions into arcs, sharing arcs between rings.
    let mut topology = Topology::default();
    let mut arc_by_first_edge: HashMap<(Point, Point), (usize, bool)> = HashMap::new();
    for (r, ring) in rings.iter().enumerate() {
        let points = &ring.points;
        let n = points.len();
        let junctions: Vec<usize> =
            (0..n).filter(|&i| is_junction(points[i], points[(i + n - 1) % n], points[(i + 1) % n])).collect();
        let chains = ring_chains(points, &junctions);
        let mut ring_arcs = Vec::with_capacity(chains.len());
        for chain in chains {
            let forward = (chain[0], chain[1]);
            let backward = (chain[chain.len() - 1], chain[chain.len() - 2]);
            if let Some(&(index, reversed)) = arc_by_first_edge.get(&forward) {
                ring_arcs.push((index, reversed));
                continue;
            }
            let other = users_of(chain[0], chain[1]).into_iter().find(|&u| u != r).map(|o| &rings[o]);
            let on_box = chain.windows(2).all(|w| on_clip_box(w[0], w[1]));
            let (kind, countries) = arc_kind(ring, other, on_box);
            let index = topology.arcs.len();
            topology.arcs.push(Arc { kind, countries, points: chain });
            arc_by_first_edge.insert(forward, (index, false));
            arc_by_first_edge.insert(backward, (index, true));
            ring_arcs.push((index, false));
        }
        topology.rings.push(ring_arcs);
    }
    topology
}

/// A ring's points split at its junctions (indices into `points`) into chains, each from one
/// junction to the next, both included.
fn ring_chains(points: &[Point], junctions: &[usize]) -> Vec<Vec<Point>> {
    let n = points.len();
    if junctions.is_empty() {
        // A ring with no junction is one closed arc. Starting at its smallest point lets a ring
        // with the same boundary (an enclave and its surrounding hole, walked the other way) find
        // the arc by its first edge.
        let start = (0..n).min_by_key(|&i| points[i]).unwrap_or(0);
        return vec![(0..=n).map(|k| points[(start + k) % n]).collect()];
    }
    junctions
        .iter()
        .enumerate()
        .map(|(j, &start)| {
            let end = junctions[(j + 1) % junctions.len()];
            let len = (end + n - start) % n;
            let len = if len == 0 { n } else { len };
            (0..=len).map(|k| points[(start + k) % n]).collect()
        })
        .collect()
}

/// What an arc of `ring` is, and the countries on its two sides: on the clipping box, a coast
/// (no other ring), a province line (another ring of the same country) or a border.
fn arc_kind(ring: &Ring, other: Option<&Ring>, on_box: bool) -> (ArcKind, (String, String)) {
    match other {
        _ if on_box => (ArcKind::Clip, (ring.country.clone(), String::new())),
        None => (ArcKind::Coast, (ring.country.clone(), String::new())),
        Some(o) if o.country == ring.country => (ArcKind::Province, (ring.country.clone(), ring.country.clone())),
        Some(o) => (ArcKind::Border, (ring.country.clone(), o.country.clone())),
    }
}

/// Douglas-Peucker simplification of an open polyline; keeps both ends. A closed chain (first
/// point equal to the last) keeps its farthest point too, so it cannot collapse.
pub fn simplify(points: &[Point], tolerance: f64) -> Vec<Point> {
    if points.len() <= 2 {
        return points.to_vec();
    }
    let last = points.len() - 1;
    let mut keep = vec![false; points.len()];
    keep[0] = true;
    keep[last] = true;
    if points[0] == points[last] {
        let far = (1..last).max_by_key(|&i| squared_distance(points[0], points[i])).unwrap_or(1);
        keep[far] = true;
        mark(points, 0, far, tolerance, &mut keep);
        mark(points, far, last, tolerance, &mut keep);
    } else {
        mark(points, 0, last, tolerance, &mut keep);
    }
    points.iter().zip(keep).filter(|(_, k)| *k).map(|(p, _)| *p).collect()
}

fn squared_distance(a: Point, b: Point) -> i128 {
    let (dx, dy) = (i128::from(a.0 - b.0), i128::from(a.1 - b.1));
    dx * dx + dy * dy
}

fn mark(points: &[Point], start: usize, end: usize, tolerance: f64, keep: &mut [bool]) {
    let mut stack = vec![(start, end)];
    while let Some((s, e)) = stack.pop() {
        if e <= s + 1 {
            continue;
        }
        let (a, b) = (points[s], points[e]);
        let (dx, dy) = ((b.0 - a.0) as f64, (b.1 - a.1) as f64);
        let length = (dx * dx + dy * dy).sqrt();
        let distance = |p: Point| {
            if length == 0.0 {
                (((p.0 - a.0) as f64).powi(2) + ((p.1 - a.1) as f64).powi(2)).sqrt()
            } else {
                ((p.0 - a.0) as f64 * dy - (p.1 - a.1) as f64 * dx).abs() / length
            }
        };
        let (far, far_distance) =
            (s + 1..e)
                .map(|i| (i, distance(points[i])))
                .fold((s + 1, -1.0), |best, x| if x.1 > best.1 { x } else { best });
        if far_distance > tolerance {
            keep[far] = true;
            stack.push((s, far));
            stack.push((far, e));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ring(country: &str, points: &[Point]) -> Ring {
        Ring { country: country.into(), points: points.to_vec(), is_hole: false }
    }

    #[test]
    fn an_enclave_and_the_hole_around_it_share_one_province_arc() {
        let enclave = ring("CHN", &[(1, 1), (2, 1), (2, 2), (1, 2)]);
        let hole = Ring { is_hole: true, ..ring("CHN", &[(1, 1), (1, 2), (2, 2), (2, 1)]) };
        let outer = ring("CHN", &[(0, 0), (3, 0), (3, 3), (0, 3)]);
        let topology = build_topology(&[enclave, hole, outer], |_, _| false);
        assert_eq!(topology.arcs.iter().filter(|a| a.kind == ArcKind::Province).count(), 1);
        assert_eq!(topology.arcs.iter().filter(|a| a.kind == ArcKind::Coast).count(), 1);
        assert_eq!(topology.rings[0][0].0, topology.rings[1][0].0);
        assert_ne!(topology.rings[0][0].1, topology.rings[1][0].1);
    }

    #[test]
    fn two_squares_share_one_arc() {
        // Two unit squares side by side share the edge x = 1.
        let left = ring("A", &[(0, 0), (1, 0), (1, 1), (0, 1)]);
        let right = ring("B", &[(1, 0), (2, 0), (2, 1), (1, 1)]);
        let topology = build_topology(&[left, right], |_, _| false);
        let borders: Vec<&Arc> = topology.arcs.iter().filter(|a| a.kind == ArcKind::Border).collect();
        assert_eq!(borders.len(), 1);
        assert_eq!(borders[0].points.len(), 2);
        assert_eq!(topology.arcs.iter().filter(|a| a.kind == ArcKind::Coast).count(), 2);
        // Both rings use the shared arc, in opposite directions.
        let shared = topology.arcs.iter().position(|a| a.kind == ArcKind::Border).unwrap();
        let uses: Vec<bool> = topology.rings.iter().flatten().filter(|(i, _)| *i == shared).map(|(_, r)| *r).collect();
        assert_eq!(uses.len(), 2);
        assert_ne!(uses[0], uses[1]);
    }

    #[test]
    fn provinces_of_one_country_are_province_arcs() {
        let a = ring("CHN", &[(0, 0), (1, 0), (1, 1), (0, 1)]);
        let b = ring("CHN", &[(1, 0), (2, 0), (2, 1), (1, 1)]);
        let topology = build_topology(&[a, b], |_, _| false);
        assert_eq!(topology.arcs.iter().filter(|a| a.kind == ArcKind::Province).count(), 1);
    }

    #[test]
    fn rings_rebuilt_from_arcs_close_and_match_the_input() {
        let left = ring("A", &[(0, 0), (1, 0), (1, 1), (0, 1)]);
        let right = ring("B", &[(1, 0), (2, 0), (2, 1), (1, 1)]);
        let topology = build_topology(&[left.clone(), right], |_, _| false);
        let mut rebuilt: Vec<Point> = Vec::new();
        for &(index, reversed) in &topology.rings[0] {
            let mut points = topology.arcs[index].points.clone();
            if reversed {
                points.reverse();
            }
            rebuilt.extend(&points[..points.len() - 1]);
        }
        assert_eq!(rebuilt.len(), 4);
        for p in &left.points {
            assert!(rebuilt.contains(p));
        }
    }

    #[test]
    fn clipping_keeps_the_inside_and_adds_box_edges() {
        let square = [(-5, -5), (5, -5), (5, 5), (-5, 5)];
        let clipped = clip_ring(&square, (0, 0), (10, 10));
        let mut sorted = clipped.clone();
        sorted.sort();
        assert_eq!(sorted, vec![(0, 0), (0, 5), (5, 0), (5, 5)]);
        assert!(clip_ring(&[(20, 20), (30, 20), (30, 30)], (0, 0), (10, 10)).len() < 3);
    }

    #[test]
    fn douglas_peucker_drops_near_collinear_points_and_keeps_ends() {
        let line = [(0, 0), (5, 1), (10, 0), (15, 30), (20, 0)];
        assert_eq!(simplify(&line, 2.0), vec![(0, 0), (10, 0), (15, 30), (20, 0)]);
        let closed = [(0, 0), (10, 0), (10, 10), (0, 10), (0, 0)];
        assert!(simplify(&closed, 100.0).len() >= 3, "a closed ring keeps its far point");
    }

    #[test]
    fn area_sign_follows_orientation() {
        assert_eq!(doubled_area(&[(0, 0), (2, 0), (2, 2), (0, 2)]), 8.0);
        assert_eq!(doubled_area(&[(0, 0), (0, 2), (2, 2), (2, 0)]), -8.0);
    }
}
