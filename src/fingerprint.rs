//! Fingerprints: the one hash family of every cache key the build computes
//! (parsed files, rendered bodies, taxonomies, render jobs, in-memory file
//! stamps). A fingerprint is a 64-bit hash of a value's [`Hash`], stable
//! within one process (what `serve` keeps between rebuilds), never written
//! to the output. This module imports nothing from the crate, so every
//! layer may use it.
//!
//! The search index has hashes of its own (`search::text`): they are part of
//! the index format the browser reads and must match `search-core.js`.

use std::hash::{Hash, Hasher as _};
use std::path::Path;

/// Accumulates values into one fingerprint.
#[derive(Debug, Clone, Default)]
pub struct Hasher(std::collections::hash_map::DefaultHasher);

impl Hasher {
    pub fn new() -> Self {
        Self::default()
    }

    /// Add `value` to the fingerprint.
    pub fn add(&mut self, value: &impl Hash) -> &mut Self {
        value.hash(&mut self.0);
        self
    }

    pub fn finish(&self) -> u64 {
        self.0.finish()
    }
}

impl std::hash::Hasher for Hasher {
    fn finish(&self) -> u64 {
        self.0.finish()
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0.write(bytes);
    }
}

/// The fingerprint of one value.
pub fn of(value: &impl Hash) -> u64 {
    Hasher::new().add(value).finish()
}

/// A path as bytes: hashing these is much faster than hashing a `Path`
/// (which walks its components).
pub fn path_bytes(path: &Path) -> &[u8] {
    path.as_os_str().as_encoded_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_values_equal_fingerprints() {
        assert_eq!(of(&("a", 1)), of(&("a", 1)));
        assert_ne!(of(&("a", 1)), of(&("a", 2)));
        let mut h = Hasher::new();
        h.add(&"a").add(&1);
        assert_eq!(h.finish(), of(&("a", 1)));
    }
}
