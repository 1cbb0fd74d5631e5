//! Static search: the index built from the [`Site`] into small shards that
//! the browser client downloads on demand. (Being written: issue 4.)

use crate::output::OutputFile;
use crate::site::Site;

/// The search index files, relative to the output folder.
pub fn index_files(_site: &Site) -> Vec<OutputFile> {
    Vec::new()
}
