//! I/O errors are reported, not swallowed (issue 12): a folder the build
//! reads that is there but cannot be read fails the build with T0730, naming
//! the folder and the reason in plain words; a missing one is fine (every
//! folder but `content/` is optional).

use thidua::build::{self, BuildError};
use thidua::output::{OutputFile, OutputSink};
use thidua::source::DiskFs;

use crate::support::{options, site_on_disk};

/// Takes every file and keeps none.
struct Nowhere;

impl OutputSink for Nowhere {
    fn write(&self, _file: OutputFile) -> anyhow::Result<()> {
        Ok(())
    }
}

#[test]
fn missing_data_and_static_folders_are_fine() {
    let site = site_on_disk();
    assert!(!site.path().join("data").exists());
    assert!(!site.path().join("static").exists());
    let fs = DiskFs::new(site.path());
    let built = build::build(&fs, &options(), &Nowhere);
    assert!(built.is_ok(), "{built:?}");
}

/// The site on disk, except that listing the given folders fails as an
/// unreadable folder does: the same check whoever runs the tests (root
/// reads any folder, so the permission tests below skip for root).
struct Refusing {
    disk: DiskFs,
    refused: Vec<std::path::PathBuf>,
}

impl thidua::source::SourceFs for Refusing {
    fn list(&self, dir: &std::path::Path) -> std::io::Result<Vec<std::path::PathBuf>> {
        if self.refused.iter().any(|r| r == dir) {
            return Err(std::io::Error::from(std::io::ErrorKind::PermissionDenied));
        }
        let files = self.disk.list(dir)?;
        // A listing of a parent must fail too when it would descend into a
        // refused folder, as walking the real disk does.
        match files
            .iter()
            .find_map(|f| self.refused.iter().find(|r| f.starts_with(r)))
        {
            Some(_) => Err(std::io::Error::from(std::io::ErrorKind::PermissionDenied)),
            None => Ok(files),
        }
    }
    fn read(&self, path: &std::path::Path) -> std::io::Result<Vec<u8>> {
        self.disk.read(path)
    }
    fn is_file(&self, path: &std::path::Path) -> bool {
        self.disk.is_file(path)
    }
    fn size(&self, path: &std::path::Path) -> std::io::Result<u64> {
        self.disk.size(path)
    }
    fn disk_path(&self, path: &std::path::Path) -> Option<std::path::PathBuf> {
        self.disk.disk_path(path)
    }
    fn stamp(&self, path: &std::path::Path) -> Option<u128> {
        self.disk.stamp(path)
    }
}

#[test]
fn a_data_folder_that_cannot_be_listed_fails_the_build_naming_it() {
    let site = site_on_disk();
    let data = site.path().join("data");
    std::fs::create_dir(&data).unwrap();
    std::fs::write(data.join("localities.yaml"), "Huyện A: Xã B\n").unwrap();
    let fs = Refusing {
        disk: DiskFs::new(site.path()),
        refused: vec!["data".into()],
    };
    let problems = match build::build(&fs, &options(), &Nowhere) {
        Err(BuildError::Content(d)) => d,
        other => panic!("expected T0730, got {other:?}"),
    };
    let t0730: Vec<_> = problems
        .iter()
        .filter(|d| d.code() == Some("T0730"))
        .collect();
    let en = problems.render(thidua::i18n::Lang::En);
    assert_eq!(t0730.len(), 1, "{en}");
    assert_eq!(t0730[0].file, std::path::Path::new("data"));
    assert!(
        en.contains("cannot be read") && en.contains("permission"),
        "{en}"
    );
}

#[cfg(unix)]
mod unreadable {
    use std::os::unix::fs::PermissionsExt;
    use std::path::{Path, PathBuf};
    use std::process::Command;

    use thidua::i18n::Lang;

    use super::*;

    /// Gives a folder its permissions back when the test ends (so the
    /// temporary site can be removed).
    struct Locked(PathBuf);

    impl Drop for Locked {
        fn drop(&mut self) {
            let _ = std::fs::set_permissions(&self.0, std::fs::Permissions::from_mode(0o755));
        }
    }

    /// Make `dir` unreadable. `None` when this process can read it anyway
    /// (running as root): the test is then skipped, saying so in one line.
    fn lock(dir: &Path, test: &str) -> Option<Locked> {
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o000)).unwrap();
        let locked = Locked(dir.to_path_buf());
        if std::fs::read_dir(dir).is_ok() {
            println!("skipped {test}: permissions do not stop this user (root)");
            return None;
        }
        Some(locked)
    }

    /// The build's diagnostics; the build must fail on content.
    fn build_problems(site: &Path) -> thidua::diagnostic::Diagnostics {
        let fs = DiskFs::new(site);
        match build::build(&fs, &options(), &Nowhere) {
            Err(BuildError::Content(d)) => d,
            other => panic!("expected T0730, got {other:?}"),
        }
    }

    #[test]
    fn an_unreadable_data_folder_fails_the_build_naming_it() {
        let site = site_on_disk();
        let data = site.path().join("data");
        std::fs::create_dir(&data).unwrap();
        std::fs::write(data.join("localities.yaml"), "Huyện A: Xã B\n").unwrap();
        let Some(_locked) = lock(&data, "an_unreadable_data_folder_fails_the_build") else {
            return;
        };
        let problems = build_problems(site.path());
        let t0730: Vec<_> = problems
            .iter()
            .filter(|d| d.code() == Some("T0730"))
            .collect();
        assert_eq!(t0730.len(), 1, "{}", problems.render(Lang::En));
        assert_eq!(t0730[0].file, Path::new("data"));
        let en = problems.render(Lang::En);
        assert!(
            en.contains("cannot be read") && en.contains("permission"),
            "{en}"
        );
        let vi = problems.render(Lang::Vi);
        assert!(vi.contains("không đọc được thư mục"), "{vi}");
    }

    #[test]
    fn an_unreadable_static_folder_fails_the_build_naming_it() {
        let site = site_on_disk();
        let private = site.path().join("static/anh");
        std::fs::create_dir_all(&private).unwrap();
        std::fs::write(private.join("logo.png"), "PNG").unwrap();
        std::fs::write(site.path().join("static/robots.txt"), "").unwrap();
        let Some(_locked) = lock(&private, "an_unreadable_static_folder_fails_the_build") else {
            return;
        };
        let problems = build_problems(site.path());
        let files: Vec<_> = problems
            .iter()
            .filter(|d| d.code() == Some("T0730"))
            .map(|d| d.file.clone())
            .collect();
        assert_eq!(files, vec![PathBuf::from("static/anh")]);

        // The command line says so and exits with 1; nothing is written.
        let out = site.path().join("public");
        let run = Command::new(env!("CARGO_BIN_EXE_thidua"))
            .env("THIDUA_LANG", "en")
            .args(["build", "--root", site.path().to_str().unwrap()])
            .args(["--output", out.to_str().unwrap(), "--today", "2026-11-23"])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert_eq!(run.status.code(), Some(1), "{stderr}");
        assert!(
            stderr.contains("T0730") && stderr.contains("static/anh"),
            "{stderr}"
        );
        assert!(!out.join("index.html").exists());
    }
}
