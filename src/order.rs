//! PURE. Stable sorting compiled once for the whole widget.
//!
//! `slice::sort_by` is generic over the element and the comparison, so each of the widget's sorts
//! compiled its own copy of the standard library's sort into the wasm (about 3 KB each, 45 KB in
//! all). Here the standard sort runs on indices only, with the comparison behind a `dyn`
//! reference: it is compiled once, and per element type only the short reordering below is.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order (as `slice::sort_by`).
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let mut order = stable_order(items.len(), &|a, b| compare(&items[a], &items[b]));
    // `order[k]` is where the item that belongs at `k` is now. Follow each cycle of the
    // permutation, swapping the right item into place and marking the place done.
    for start in 0..order.len() {
        let mut at = start;
        loop {
            let from = order[at];
            order[at] = at;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

/// Sorts `items` by `key`, keeping equal keys in their order (as `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The indices `0..len` in the order `compare` gives them, equal ones in their order.
fn stable_order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library_and_keeps_ties_in_order() {
        // A fixed pseudo-random sequence with many ties, of every length up to 200.
        let mut seed: u64 = 12_345;
        for len in 0..200 {
            let items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                    ((seed >> 59) as u8, i)
                })
                .collect();
            let mut ours = items.clone();
            sort_by_key(&mut ours, |item| item.0);
            let mut standard = items.clone();
            standard.sort_by_key(|item| item.0);
            assert_eq!(ours, standard, "length {len}");
        }
    }

    #[test]
    fn sorts_in_natural_and_reverse_order() {
        let mut words = vec!["pear", "apple", "fig", "apple"];
        sort(&mut words);
        assert_eq!(words, ["apple", "apple", "fig", "pear"]);
        sort_by(&mut words, |a, b| b.cmp(a));
        assert_eq!(words, ["pear", "fig", "apple", "apple"]);
        let mut empty: Vec<u8> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
    }

    #[test]
    fn the_browsers_code_sorts_only_here() {
        // A `.sort_by(` elsewhere would compile another copy of the standard sort into the wasm.
        // The command-line tools and the native-only modules may sort as they like.
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let native_only = ["bin", "build.rs", "topology.rs", "order.rs", "sources_md.rs"];
        let mut folders = vec![root];
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(&folder).unwrap() {
                let path = entry.unwrap().path();
                let name = path.file_name().unwrap().to_string_lossy().to_string();
                if native_only.contains(&name.as_str()) {
                    continue;
                }
                if path.is_dir() {
                    folders.push(path);
                    continue;
                }
                let source = std::fs::read_to_string(&path).unwrap();
                // Each file's own tests come last and run natively only.
                let code = source.split("#[cfg(test)]").next().unwrap_or_default();
                for (n, line) in code.lines().enumerate() {
                    let sorts =
                        [".sort(", ".sort_by(", ".sort_by_key(", ".sort_unstable"].iter().any(|s| line.contains(s));
                    assert!(!sorts, "{}:{}: use crate::order: {line}", path.display(), n + 1);
                }
            }
        }
    }
}
