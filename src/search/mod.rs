//! Static search (experiment).

use crate::output::OutputFile;
use crate::site::Site;

/// The search index files, relative to the output folder.
pub fn index_files(site: &Site) -> Vec<OutputFile> {
    let n: usize = std::env::var("EXP_N").ok().and_then(|s| s.parse().ok()).unwrap_or(0);
    let sz: usize = std::env::var("EXP_SZ").ok().and_then(|s| s.parse().ok()).unwrap_or(1500);
    let _ = site;
    (0..n).map(|i| OutputFile::text(format!("tim-kiem/index/d/{}/{}.json", i / 100, i), "x".repeat(sz))).collect()
}
