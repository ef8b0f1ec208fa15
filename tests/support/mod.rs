//! Helpers shared by the native integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// The raw sources beside the project, when this checkout has them (CI does; a reader's clone
/// may not).
pub fn shared_data_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
    dir.join("raw").is_dir().then_some(dir)
}

/// Whether this run is CI's (`CI` set to anything but `false` or empty), where a missing
/// prerequisite is a failure, not a reason to skip.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

/// A prerequisite of a test (`what`), or `None` after saying the test is skipped. In CI a
/// missing prerequisite fails the test instead.
pub fn require<T>(what: &str, found: Option<T>) -> Option<T> {
    if found.is_none() {
        assert!(!in_ci(), "{what} is missing, and CI must run this test");
        eprintln!("skipped: {what} is missing");
    }
    found
}

/// A small deterministic random generator (xorshift64*), so property tests are repeatable.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// A vector of non-negative values, some exactly zero, at least one positive.
    pub fn trade_vector(&mut self, len: usize) -> Vec<f64> {
        let mut values: Vec<f64> = (0..len)
            .map(|_| if self.unit() < 0.15 { 0.0 } else { self.unit() * 10f64.powi((self.unit() * 9.0) as i32) })
            .collect();
        values[(self.next_u64() % len as u64) as usize] += 1.0;
        values
    }
}
