//! The `thidua` binary: exit codes, atomic output, `init`, `--help` and
//! usage errors in both languages, `explain`.

use std::process::Command;

fn thidua(args: &[&str]) -> std::process::Output {
    thidua_in("en", args)
}

/// The binary with `THIDUA_LANG=lang`, at a fixed width for `--help`.
fn thidua_in(lang: &str, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_thidua"))
        .env("THIDUA_LANG", lang)
        .env("COLUMNS", "100")
        .env_remove("CI")
        .args(args)
        .output()
        .unwrap()
}

fn stdout(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn usage_errors_exit_2_and_content_errors_exit_1() {
    assert_eq!(
        thidua(&["build", "--today", "not-a-date"]).status.code(),
        Some(2)
    );
    assert_eq!(thidua(&["frobnicate"]).status.code(), Some(2));
    let dir = crate::support::site_on_disk();
    std::fs::write(
        dir.path().join("content/news/hong.md"),
        "---\ntitle: x\n---\n",
    )
    .unwrap();
    let out = thidua(&[
        "check",
        "--root",
        dir.path().to_str().unwrap(),
        "--today",
        "2026-11-23",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("content/news/hong.md:2:1: error[T0202]: a news item needs `date`")
    );
}

#[test]
fn a_failed_build_leaves_the_previous_output_untouched() {
    let dir = crate::support::site_on_disk();
    let root = dir.path().to_str().unwrap();
    let ok = thidua(&["build", "--root", root, "--today", "2026-11-23"]);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let page = dir
        .path()
        .join("public/guong-dien-hinh/nguyen-van-an/index.html");
    let before = std::fs::read(&page).unwrap();
    std::fs::write(
        dir.path().join("content/exemplars/nguyen-van-an.md"),
        "---\ntitle: Nguyễn Văn An\nsubject: person\n---\n",
    )
    .unwrap();
    let failed = thidua(&["build", "--root", root, "--today", "2026-11-23"]);
    assert_eq!(failed.status.code(), Some(1));
    assert_eq!(std::fs::read(&page).unwrap(), before);
    let stray: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.') && n != ".thidua-cache")
        .collect();
    assert!(
        stray.is_empty(),
        "no temporary folders left behind: {stray:?}"
    );
}

#[test]
fn a_slug_cannot_write_outside_the_output() {
    let dir = crate::support::site_on_disk();
    std::fs::write(
        dir.path().join("content/news/thoat.md"),
        "---\ntitle: x\nslug: ../../thoat\ndate: 2024-01-01\n---\n",
    )
    .unwrap();
    let out = thidua(&[
        "build",
        "--root",
        dir.path().to_str().unwrap(),
        "--today",
        "2026-11-23",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        !dir.path().join("thoat").exists() && !dir.path().parent().unwrap().join("thoat").exists()
    );
}

#[test]
fn refuses_to_replace_a_folder_it_did_not_make() {
    let dir = crate::support::site_on_disk();
    let other = tempfile::tempdir().unwrap();
    std::fs::write(other.path().join("quan-trong.txt"), "giữ lại").unwrap();
    let out = thidua(&[
        "build",
        "--root",
        dir.path().to_str().unwrap(),
        "--output",
        other.path().to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(other.path().join("quan-trong.txt").exists());
}

#[test]
fn init_creates_a_site_that_builds_at_once() {
    let parent = tempfile::tempdir().unwrap();
    let site = parent.path().join("trang-moi");
    let out = thidua(&["init", site.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let built = thidua(&["build", "--root", site.to_str().unwrap()]);
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    assert!(
        site.join("public/guong-dien-hinh/mau-le-thi-mai/index.html")
            .exists()
    );
    assert_eq!(
        thidua(&["init", site.to_str().unwrap()]).status.code(),
        Some(1),
        "refuses a non-empty folder"
    );
}

#[test]
fn init_embeds_every_theme_file() {
    let theme = crate::support::repo().join("themes/default");
    let mut on_disk: Vec<String> = walkdir::WalkDir::new(&theme)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            e.path()
                .strip_prefix(&theme)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    on_disk.sort();
    let mut embedded: Vec<String> = thidua::init::THEME_FILES
        .iter()
        .map(|(p, _)| (*p).to_owned())
        .collect();
    embedded.sort();
    assert_eq!(embedded, on_disk);
}

#[test]
fn init_copies_the_editors_guide_and_points_at_it() {
    let parent = tempfile::tempdir().unwrap();
    let site = parent.path().join("trang");
    let out = thidua_in("vi", &["init", site.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let guide = std::fs::read_to_string(site.join("huong-dan-bien-tap.md")).unwrap();
    let in_repo =
        std::fs::read_to_string(crate::support::repo().join("docs/huong-dan-bien-tap.md")).unwrap();
    assert_eq!(guide, in_repo);
    let config = std::fs::read_to_string(site.join("thidua.yaml")).unwrap();
    assert!(
        config.starts_with("# ")
            && config
                .lines()
                .take(3)
                .any(|l| l.contains("huong-dan-bien-tap.md")),
        "{config}"
    );
    assert!(
        stdout(&out).starts_with("Đã tạo trang mới trong "),
        "{}",
        stdout(&out)
    );
    assert!(stdout(&out).contains("huong-dan-bien-tap.md"));
    // Every `new` template points at the guide, and at its section.
    for kind in [
        "exemplar",
        "campaign",
        "anniversary",
        "event",
        "document",
        "news",
        "decision",
        "nomination",
        "page",
    ] {
        let out = thidua_in(
            "vi",
            &["new", kind, "Mục thử", "--root", site.to_str().unwrap()],
        );
        assert!(out.status.success(), "{kind}: {}", stderr(&out));
        let path = stdout(&out).lines().next().unwrap().to_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let line = text
            .lines()
            .find(|l| l.starts_with("# Hướng dẫn biên tập: tệp huong-dan-bien-tap.md"))
            .unwrap_or_else(|| panic!("{kind}: no pointer to the guide\n{text}"));
        let number: String = line
            .split(", mục ")
            .nth(1)
            .unwrap()
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        assert!(
            guide
                .lines()
                .any(|l| l.starts_with(&format!("## {number}. "))),
            "{kind}: section {number} is not in the guide"
        );
    }
}

/// Right after `init` and `new`, the site still builds: the new entry is a
/// draft, and unpublished drafts' problems are not fatal (they are
/// `check`'s business).
#[test]
fn a_new_entry_never_breaks_the_site() {
    let parent = tempfile::tempdir().unwrap();
    let site = parent.path().join("trang");
    let root = site.to_str().unwrap();
    assert!(thidua(&["init", root]).status.success());
    let out = thidua_in("vi", &["new", "exemplar", "Nguyễn Văn An", "--root", root]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(site.join("content/exemplars/nguyen-van-an.md")).unwrap();
    assert!(
        text.lines().any(|l| l.starts_with("draft: true ")),
        "{text}"
    );
    let built = thidua(&["build", "--root", root]);
    assert_eq!(built.status.code(), Some(0), "{}", stderr(&built));
    assert!(!site.join("public/guong-dien-hinh/nguyen-van-an").exists());
    let served = thidua(&["check", "--root", root]);
    assert!(
        stderr(&served).contains("nguyen-van-an.md"),
        "{}",
        stderr(&served)
    );
}

/// `--help` of the root and of every command, in both languages.
fn helps() -> Vec<(String, Vec<String>)> {
    let mut all = vec![("root".to_owned(), vec!["--help".to_owned()])];
    for command in [
        "build", "check", "serve", "init", "new", "import", "explain",
    ] {
        all.push((
            command.to_owned(),
            vec![command.to_owned(), "--help".to_owned()],
        ));
    }
    all
}

#[test]
fn help_is_in_vietnamese_by_default_and_in_english_on_request() {
    // Words of clap's own English, and of the doc comments.
    let english = [
        "Usage",
        "Options",
        "Commands",
        "Arguments",
        "Print",
        "the ",
        "The ",
        "default:",
        "possible values",
        "OPTIONS",
        "COMMAND",
        " a ",
        "Build",
        "Create",
        "folder",
        "Show",
        " or ",
        " for ",
        " with ",
    ];
    for (name, args) in helps() {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let vi = thidua_in("vi", &args);
        assert!(vi.status.success(), "{name}: {}", stderr(&vi));
        let text = stdout(&vi);
        for word in english {
            assert!(
                !text.contains(word),
                "`{word}` in the Vietnamese help of {name}:\n{text}"
            );
        }
        assert!(text.contains("Cách dùng: thidua"), "{name}:\n{text}");
        assert!(text.contains("Tùy chọn:"), "{name}:\n{text}");
        assert!(text.contains("Xem hướng dẫn sử dụng."), "{name}:\n{text}");
        insta::assert_snapshot!(format!("help_vi_{name}"), text);

        // `--lang en` anywhere on the line wins over the environment.
        let mut with_flag = args.clone();
        with_flag.push("--lang");
        with_flag.push("en");
        let en = thidua_in("vi", &with_flag);
        assert!(en.status.success(), "{name}: {}", stderr(&en));
        let text = stdout(&en);
        assert!(
            text.contains("Usage: thidua") && text.contains("Options:"),
            "{name}:\n{text}"
        );
        assert!(text.contains("Print help."), "{name}:\n{text}");
        assert_eq!(text, stdout(&thidua_in("en", &args)), "{name}");
        insta::assert_snapshot!(format!("help_en_{name}"), text);
    }
    // Defaults are shown in the language too.
    let serve = stdout(&thidua_in("vi", &["serve", "--help"]));
    assert!(
        serve.contains("[mặc định: 1111]") && serve.contains("--port <cổng>"),
        "{serve}"
    );
    // `thidua help new` is `thidua new --help`.
    assert_eq!(
        stdout(&thidua_in("vi", &["help", "new"])),
        stdout(&thidua_in("vi", &["new", "--help"]))
    );
}

#[test]
fn help_is_plain_words() {
    let out = thidua(&["build", "--help"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("--drafts") && text.contains("--today") && text.contains("--base-url"));
}

#[test]
fn usage_errors_are_in_the_chosen_language_with_exit_code_2() {
    let out = thidua_in("vi", &["build", "--rot", "."]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "lỗi: không có tùy chọn `--rot`\n  gợi ý: có phải ý bạn là `--root`?\n\n\
         Cách dùng: thidua build [tùy-chọn]\nXem hướng dẫn đầy đủ: thidua build --help\n"
    );
    let out = thidua(&["build", "--rot", "."]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out)
            .starts_with("error: there is no option `--rot`\n  tip: did you mean `--root`?\n"),
        "{}",
        stderr(&out)
    );
    let cases: [(&[&str], &str); 6] = [
        (&["frobnicate"], "lỗi: không có lệnh `frobnicate`"),
        (&["new", "news"], "lỗi: còn thiếu `<tiêu-đề>`"),
        (
            &["new", "poem", "x"],
            "lỗi: `poem` không phải là giá trị dùng được cho `<loại>`",
        ),
        (
            &["new", "exemplar", "Nguyễn", "Văn", "An"],
            "lỗi: thừa `Văn`: lệnh này không cần giá trị đó",
        ),
        (
            &["build", "--today", "11/06/2026"],
            "lỗi: `--today <YYYY-MM-DD>`: `11/06/2026` không phải là ngày dạng 2026-06-11",
        ),
        (
            &["build", "--lang", "fr"],
            "lỗi: `--lang <ngôn-ngữ>`: không có ngôn ngữ `fr`",
        ),
    ];
    for (args, first) in cases {
        let out = thidua_in("vi", args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert!(err.starts_with(first), "{args:?}:\n{err}");
        assert!(err.contains("\nCách dùng: thidua"), "{args:?}:\n{err}");
    }
}

#[test]
fn build_and_check_speak_the_chosen_language() {
    let dir = crate::support::site_on_disk();
    let root = dir.path().to_str().unwrap();
    let out = thidua_in("vi", &["build", "--root", root, "--today", "2026-11-23"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let line = stdout(&out);
    assert!(
        line.starts_with("Đã dựng xong ") && line.contains(" trang từ "),
        "{line}"
    );
    let out = thidua(&["build", "--root", root, "--today", "2026-11-23"]);
    assert!(stdout(&out).starts_with("Built "), "{}", stdout(&out));
    std::fs::write(
        dir.path().join("content/news/hong.md"),
        "---\ntitle: x\n---\n",
    )
    .unwrap();
    let out = thidua_in("vi", &["build", "--root", root, "--today", "2026-11-23"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("content/news/hong.md:2:1: lỗi"), "{err}");
    assert!(
        err.lines()
            .last()
            .unwrap()
            .starts_with("Chưa dựng được trang: 1 lỗi, "),
        "{err}"
    );
    let out = thidua(&["build", "--root", root, "--today", "2026-11-23"]);
    let err = stderr(&out);
    assert!(
        err.lines()
            .last()
            .unwrap()
            .starts_with("Build failed: 1 error, "),
        "{err}"
    );
    let out = thidua_in("vi", &["check", "--root", root, "--today", "2026-11-23"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out)
            .lines()
            .last()
            .unwrap()
            .contains(" mục, 1 lỗi, "),
        "{}",
        stderr(&out)
    );
    // An operational error, in plain words.
    let missing = dir.path().join("khong-co");
    let out = thidua_in(
        "vi",
        &["new", "news", "Tin", "--root", missing.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).starts_with("lỗi: ") && stderr(&out).contains("không có tệp thidua.yaml"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn explain_lists_codes_explains_one_and_refuses_unknown_ones() {
    use thidua::i18n::{Catalogue, Lang};
    for (lang, code) in [("vi", Lang::Vi), ("en", Lang::En)] {
        let catalogue = Catalogue::get(code);
        let first = catalogue
            .ids()
            .iter()
            .find_map(|id| id.strip_prefix("explain-"))
            .map(str::to_owned);
        let list = thidua_in(lang, &["explain"]);
        assert!(list.status.success());
        match &first {
            Some(first) => {
                let title = catalogue
                    .attribute(&format!("explain-{first}"), "title")
                    .unwrap();
                assert!(
                    stdout(&list)
                        .lines()
                        .any(|l| l == format!("  {first}  {title}")),
                    "{}",
                    stdout(&list)
                );
                let one = thidua_in(lang, &["explain", &first.to_lowercase()]);
                assert!(one.status.success(), "{}", stderr(&one));
                let text = stdout(&one);
                assert!(text.starts_with(&format!("{first}: {title}\n\n")), "{text}");
                let body = Lang::format(
                    code,
                    &thidua::i18n::Message::new(
                        catalogue
                            .ids()
                            .iter()
                            .find(|i| **i == format!("explain-{first}"))
                            .map(|s| s.as_str())
                            .unwrap(),
                    ),
                );
                assert!(!body.is_empty() && text.contains(&body), "{text}");
            }
            None => assert_eq!(stdout(&list).trim(), code.tr("cli-explain-none")),
        }
        let unknown = thidua_in(lang, &["explain", "T9999"]);
        assert_eq!(unknown.status.code(), Some(2));
        let err = stderr(&unknown);
        let wanted = match code {
            Lang::Vi => {
                "lỗi: không có mã lỗi `T9999`\n  gợi ý: xem danh sách mọi mã lỗi bằng lệnh: thidua explain\n"
            }
            Lang::En => {
                "error: there is no error code `T9999`\n  tip: list every code with: thidua explain\n"
            }
        };
        assert_eq!(err, wanted);
    }
}
