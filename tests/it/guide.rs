//! The editor's guide (`docs/huong-dan-bien-tap.md`) cannot drift from the
//! tool: every message example in it is produced here, the table of error
//! codes comes from the catalogue, the table of contents lists every
//! section, and the complete examples meant to be pasted build as pasted
//! into the bundled example site.
//!
//! `THIDUA_UPDATE_GUIDE=1 cargo test --test it guide` rewrites the generated
//! parts of the guide from the tool; review the diff before committing.

use std::path::Path;

use thidua::build::{self, BuildError};
use thidua::diagnostic::Diagnostics;
use thidua::i18n::{Catalogue, Lang};
use thidua::output::MemorySink;
use thidua::source::MemFs;

use crate::support::{fixture, options, repo};

const GUIDE: &str = "docs/huong-dan-bien-tap.md";

fn guide_text() -> String {
    std::fs::read_to_string(repo().join(GUIDE)).unwrap()
}

fn updating() -> bool {
    std::env::var_os("THIDUA_UPDATE_GUIDE").is_some()
}

/// Every diagnostic of a build, errors or warnings.
fn diagnostics(fs: &MemFs) -> Diagnostics {
    match build::build(fs, &options(), &MemorySink::with_source(fs.clone())) {
        Ok(summary) => summary.warnings,
        Err(BuildError::Content(d)) => d,
        Err(BuildError::Io(e)) => panic!("unexpected I/O error: {e:#}"),
    }
}

/// A scenario of the guide: files put into the minimal fixture site; the
/// example shows the diagnostics about those files, in Vietnamese.
struct Scenario {
    name: &'static str,
    files: &'static [(&'static str, &'static str)],
}

const SCENARIOS: &[Scenario] = &[
    Scenario {
        name: "unknown-key",
        files: &[(
            "content/exemplars/tran-van-phuoc.md",
            "---\ntitle: Trần Văn Phước\nsubject: person\nposition: Nông dân\nunit: Hội Nông dân xã Mỹ Khánh\nlocallity: Xã Mỹ Khánh\n---\nÔng Phước.\n",
        )],
    },
    Scenario {
        name: "missing-key",
        files: &[(
            "content/campaigns/phong-trao-moi.md",
            "---\ntitle: Phong trào thi đua mới\nissuer: Ủy ban nhân dân thành phố\nperiod:\n  start: 2025-01-01\n---\nNội dung.\n",
        )],
    },
    Scenario {
        name: "empty-key",
        files: &[(
            "content/exemplars/le-van-tu.md",
            "---\ntitle: Lê Văn Tư\nsubject:\nlocality: Xã Mỹ Khánh\n---\nÔng Tư.\n",
        )],
    },
    Scenario {
        name: "broken-reference",
        files: &[(
            "content/news/so-ket.md",
            "---\ntitle: Sơ kết đợt thi đua\ndate: 2024-07-01\ncampaigns: [dot-cao-diem-2042]\n---\nNội dung.\n",
        )],
    },
    Scenario {
        name: "unknown-field",
        files: &[(
            "content/exemplars/vo-thi-kim-loan.md",
            "---\ntitle: Võ Thị Kim Loan\nsubject: person\nlocality: Xã Mỹ Khánh\nfields: [Chuyen doi so hoa]\n---\nBà Loan.\n",
        )],
    },
    Scenario {
        name: "tab",
        files: &[(
            "content/exemplars/tran-thi-hoa.md",
            "---\ntitle: Trần Thị Hoa\nsubject: person\nlocality: Xã Mỹ Khánh\nname:\n\tfamily: Trần\n---\nBà Hoa.\n",
        )],
    },
    Scenario {
        name: "no-space-after-colon",
        files: &[(
            "content/pages/gioi-thieu-2.md",
            "---\ntitle:Giới thiệu\n---\nNội dung.\n",
        )],
    },
    Scenario {
        name: "decimal-comma",
        files: &[(
            "content/campaigns/chuyen-doi-so.md",
            "---\ntitle: Thi đua chuyển đổi số\ntheme: Chuyển đổi số\nissuer: Ủy ban nhân dân thành phố\nperiod: {start: 2025-01-01, end: 2025-12-31}\ntargets:\n  - {id: 1, label: Hồ sơ trực tuyến, value: 99,5, unit: \"%\"}\n---\nNội dung.\n",
        )],
    },
    Scenario {
        name: "word-dash",
        files: &[(
            "content/news/tin-moi.md",
            "---\ntitle: Tin mới\ndate: 2024-07-01\n—\nNội dung.\n",
        )],
    },
    Scenario {
        name: "warning",
        files: &[(
            "content/documents/ke-hoach-2/index.md",
            "---\ntitle: Kế hoạch tổ chức phong trào thi đua\nnumber: 12/KH-UBND\ndoc_type: Kế hoạch\nissuer: Ủy ban nhân dân thành phố\nabstract: Tổ chức phong trào thi đua năm 2025\n---\nNội dung.\n",
        )],
    },
    Scenario {
        name: "comment-period",
        files: &[(
            "content/nominations/lay-y-kien-thang-2.md",
            "---\ntitle: Lấy ý kiến nhân dân về người được đề nghị tặng Huân chương\ncouncil: Hội đồng Thi đua - Khen thưởng thành phố\naward: Huân chương Lao động hạng Ba\nopens: 2026-02-09\ncloses: 2026-02-20\ncontact:\n  unit: Ban Thi đua - Khen thưởng thành phố\nnominees:\n  - name: Lê Thị Thu Ba\n---\nDanh sách người được đề nghị.\n",
        )],
    },
    Scenario {
        name: "skipped-file",
        files: &[(
            "content/news/hoi-thi.md.txt",
            "---\ntitle: Hội thi tìm hiểu công tác thi đua\ndate: 2024-07-01\n---\nNội dung.\n",
        )],
    },
    Scenario {
        name: "office-file",
        files: &[("content/news/bao-cao-so-ket.docx", "PK")],
    },
    Scenario {
        name: "body-problems",
        files: &[
            (
                "content/news/trao-giay-khen/index.md",
                "---\ntitle: Trao giấy khen cho các tập thể\ndate: 2024-07-01\n---\nSáng nay, Ủy ban nhân dân xã trao giấy khen.<br>\n\n![](trao-giay-khen.jpg)\n\n![Quang cảnh buổi lễ](quang-canh.jpg)\n",
            ),
            ("content/news/trao-giay-khen/trao-giay-khen.jpg", "JPEG"),
        ],
    },
];

/// The text of a scenario: the Vietnamese diagnostics about its files.
fn scenario_text(s: &Scenario) -> String {
    let mut fs = fixture("minimal");
    for (path, text) in s.files {
        fs.insert(*path, text.as_bytes().to_vec());
    }
    let all = diagnostics(&fs);
    let own: Diagnostics = all
        .into_iter()
        .filter(|d| s.files.iter().any(|(p, _)| d.file == Path::new(p)))
        .collect();
    assert!(
        !own.is_empty(),
        "scenario {} produced no diagnostic",
        s.name
    );
    own.render(Lang::Vi).trim_end().to_owned()
}

/// A scenario run as the editor runs it: a new site made by `thidua init`,
/// the files put into it, then the commands in turn, in Vietnamese; the
/// example shows what the last command prints (its messages, then its
/// report).
struct Command {
    name: &'static str,
    files: &'static [(&'static str, &'static str)],
    steps: &'static [&'static [&'static str]],
    /// Show the first lines of this file of the site instead of what the
    /// last command printed.
    show_file: Option<(&'static str, usize)>,
}

const TODAY: &str = "--today=2026-11-23";

/// A person already on the site whose unit is written in full.
const AN: (&str, &str) = (
    "content/exemplars/nguyen-van-an.md",
    "---\ntitle: Nguyễn Văn An\nsubject: person\nunit: Phòng Giáo dục và Đào tạo quận Ninh Kiều\nlocality: Phường Tân An, Quận Ninh Kiều\n---\nÔng An.\n",
);

/// A list naming the same person with the unit abbreviated.
const AN_LIST: (&str, &str) = (
    "danh-sach.csv",
    "Họ và tên,Đơn vị,Địa phương,Hình thức khen thưởng,Số quyết định,Ngày quyết định\nNguyễn Văn An,Phòng GD&ĐT quận Ninh Kiều,\"Phường Tân An, Quận Ninh Kiều\",Chiến sĩ thi đua cơ sở,1234/QĐ-UBND,09/06/2023\n",
);

const COMMANDS: &[Command] = &[
    Command {
        name: "new",
        files: &[],
        steps: &[&["new", "exemplar", "Nguyễn Thị Hoa"]],
        show_file: None,
    },
    Command {
        name: "new-file",
        files: &[],
        steps: &[&["new", "exemplar", "Nguyễn Thị Hoa"]],
        show_file: Some(("content/exemplars/nguyen-thi-hoa.md", 8)),
    },
    Command {
        name: "check-draft",
        files: &[],
        steps: &[&["new", "exemplar", "Nguyễn Thị Hoa"], &["check", TODAY]],
        show_file: None,
    },
    Command {
        name: "check-clean",
        files: &[],
        steps: &[&["check", TODAY]],
        show_file: None,
    },
    Command {
        name: "import-empty-cell",
        files: &[(
            "danh-sach.csv",
            "Họ và tên,Đơn vị,Địa phương,Hình thức khen thưởng,Số quyết định,Ngày quyết định\nHuỳnh Văn Bảy,Hội Nông dân xã Mỹ Khánh,Xã Mỹ Khánh,Giấy khen,12/QĐ-UBND,09/06/2023\nĐỗ Thị Sáu,Hội Nông dân xã Mỹ Khánh,,Giấy khen,12/QĐ-UBND,09/06/2023\n",
        )],
        steps: &[&["import", "danh-sach.csv", "--as", "exemplars"]],
        show_file: None,
    },
    Command {
        name: "import-similar",
        files: &[AN, AN_LIST],
        steps: &[&["import", "danh-sach.csv", "--as", "exemplars"]],
        show_file: None,
    },
    Command {
        name: "import-merge-similar",
        files: &[AN, AN_LIST],
        steps: &[&[
            "import",
            "danh-sach.csv",
            "--as",
            "exemplars",
            "--merge-similar",
            "--dry-run",
        ]],
        show_file: None,
    },
];

/// What the last command of a scenario prints.
fn command_text(c: &Command) -> String {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("trang");
    let run = |args: &[&str], cwd: &Path| {
        std::process::Command::new(env!("CARGO_BIN_EXE_thidua"))
            .current_dir(cwd)
            .env("THIDUA_LANG", "vi")
            .env_remove("CI")
            .env_remove("SOURCE_DATE_EPOCH")
            .args(args)
            .output()
            .unwrap()
    };
    let init = run(&["init", "trang"], dir.path());
    assert!(init.status.success(), "{init:?}");
    for (path, text) in c.files {
        let path = site.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let mut shown = String::new();
    for args in c.steps {
        let out = run(args, &site);
        shown = [out.stderr, out.stdout]
            .iter()
            .map(|b| String::from_utf8_lossy(b).trim_end().to_owned())
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
    }
    if let Some((file, lines)) = c.show_file {
        let text = std::fs::read_to_string(site.join(file)).unwrap();
        let mut head: Vec<&str> = text.lines().take(lines).collect();
        head.push("…");
        shown = head.join("\n");
    }
    assert!(!shown.is_empty(), "scenario {} printed nothing", c.name);
    shown
}

/// Replaces the fenced block right after `<!-- thidua:example NAME -->`.
/// Returns the new guide and whether the block was found and equal.
fn replace_block(guide: &str, marker: &str, body: &str) -> (String, Option<bool>) {
    let Some(at) = guide.find(marker) else {
        return (guide.to_owned(), None);
    };
    let after = at + marker.len();
    let open = guide[after..].find("```").map(|i| after + i).unwrap();
    let body_start = guide[open..].find('\n').map(|i| open + i + 1).unwrap();
    let close = guide[body_start..]
        .find("```")
        .map(|i| body_start + i)
        .unwrap();
    let current = guide[body_start..close].trim_end();
    let same = current == body;
    let mut out = String::with_capacity(guide.len());
    out.push_str(&guide[..body_start]);
    out.push_str(body);
    out.push('\n');
    out.push_str(&guide[close..]);
    (out, Some(same))
}

#[test]
fn every_message_example_in_the_guide_is_what_the_tool_says() {
    let mut guide = guide_text();
    let mut problems = Vec::new();
    let examples = SCENARIOS
        .iter()
        .map(|s| (s.name, scenario_text(s)))
        .chain(COMMANDS.iter().map(|c| (c.name, command_text(c))));
    for (name, text) in examples {
        let marker = format!("<!-- thidua:example {name} -->");
        let (new, found) = replace_block(&guide, &marker, &text);
        match found {
            None => problems.push(format!("the guide has no example `{name}`")),
            Some(false) => problems.push(format!("example `{name}` differs:\n{text}")),
            Some(true) => {}
        }
        guide = new;
    }
    // No example in the guide without a scenario producing it.
    for (at, _) in guide.match_indices("<!-- thidua:example ") {
        let name = guide[at + 20..].split(' ').next().unwrap_or_default();
        let known = SCENARIOS.iter().map(|s| s.name);
        if !known
            .chain(COMMANDS.iter().map(|c| c.name))
            .any(|n| n == name)
        {
            problems.push(format!(
                "example `{name}` has no scenario in tests/it/guide.rs"
            ));
        }
    }
    finish(&guide, problems);
}

/// The table of codes: one row per code, its title from the catalogue.
fn codes_table() -> String {
    let cat = Catalogue::get(Lang::Vi);
    let mut codes: Vec<&str> = cat
        .ids()
        .iter()
        .filter_map(|id| id.strip_prefix("explain-"))
        .collect();
    codes.sort_unstable();
    let mut out = String::from("| Mã | Nội dung |\n|---|---|\n");
    for code in codes {
        let title = cat
            .attribute(&format!("explain-{code}"), "title")
            .unwrap_or_default();
        out.push_str(&format!("| `{code}` | {title} |\n"));
    }
    out.trim_end().to_owned()
}

#[test]
fn the_guide_lists_every_error_code_with_its_title() {
    let guide = guide_text();
    let (start, end) = ("<!-- thidua:codes -->\n", "\n<!-- /thidua:codes -->");
    let Some(a) = guide.find(start) else {
        finish(
            &guide,
            vec!["the guide has no <!-- thidua:codes --> table".into()],
        );
        return;
    };
    let b = guide[a..].find(end).map(|i| a + i).unwrap();
    let table = codes_table();
    let current = &guide[a + start.len()..b];
    let new = format!("{}{table}{}", &guide[..a + start.len()], &guide[b..]);
    let problems = if current == table {
        vec![]
    } else {
        vec!["the table of codes differs from the catalogue".to_owned()]
    };
    finish(&new, problems);
}

/// The anchor GitHub makes for a heading: lower case, punctuation dropped,
/// spaces as hyphens (letters with diacritics kept).
fn anchor(heading: &str) -> String {
    heading
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            '-' | '_' => Some(c),
            c if c.is_alphanumeric() => Some(c),
            _ => None,
        })
        .collect()
}

#[test]
fn the_table_of_contents_lists_every_section_with_a_working_link() {
    let guide = guide_text();
    // Headings outside fenced code blocks (an example may show one).
    let mut in_code = false;
    let headings: Vec<&str> = guide
        .lines()
        .filter(|l| {
            if l.starts_with("```") {
                in_code = !in_code;
            }
            !in_code
        })
        .filter_map(|l| l.strip_prefix("## "))
        .collect();
    assert!(headings.len() > 20, "{headings:?}");
    let mut missing = Vec::new();
    for h in &headings {
        let entry = format!("[{h}](#{})", anchor(h));
        if !guide.contains(&entry) {
            missing.push(entry);
        }
    }
    assert!(
        missing.is_empty(),
        "missing from the table of contents: {missing:#?}"
    );
}

/// Complete examples marked `<!-- thidua:paste PATH -->` build when pasted
/// into the bundled example site at PATH.
#[test]
fn complete_examples_build_as_pasted() {
    let guide = guide_text();
    let marker = "<!-- thidua:paste ";
    let mut fs = MemFs::new();
    for dir in ["content", "themes", "static", "data"] {
        let root = repo().join(dir);
        if root.is_dir() {
            for e in walkdir::WalkDir::new(&root).into_iter().flatten() {
                if e.file_type().is_file() {
                    let rel = e.path().strip_prefix(repo()).unwrap();
                    fs.insert(rel, std::fs::read(e.path()).unwrap());
                }
            }
        }
    }
    fs.insert(
        "thidua.yaml",
        std::fs::read(repo().join("thidua.yaml")).unwrap(),
    );
    let mut pasted = Vec::new();
    for (at, _) in guide.match_indices(marker) {
        let rest = &guide[at + marker.len()..];
        let path = rest.split(' ').next().unwrap().to_owned();
        let open = rest.find("```").unwrap();
        let body_start = open + rest[open..].find('\n').unwrap() + 1;
        let close = body_start + rest[body_start..].find("```").unwrap();
        fs.insert(path.as_str(), rest.as_bytes()[body_start..close].to_vec());
        pasted.push(path);
    }
    assert!(pasted.len() >= 7, "complete examples found: {pasted:?}");
    let diags = diagnostics(&fs);
    let about_pasted: Vec<String> = diags
        .iter()
        .filter(|d| pasted.iter().any(|p| d.file == Path::new(p)) && d.is_error())
        .map(|d| d.render(Lang::Vi))
        .collect();
    assert!(
        about_pasted.is_empty(),
        "pasted examples do not build:\n{}",
        about_pasted.join("\n")
    );
}

/// Fails with the problems, or rewrites the guide when updating.
fn finish(new_guide: &str, problems: Vec<String>) {
    if problems.is_empty() {
        return;
    }
    if updating() {
        std::fs::write(repo().join(GUIDE), new_guide).unwrap();
        return;
    }
    panic!(
        "{GUIDE} is out of date (THIDUA_UPDATE_GUIDE=1 rewrites it):\n{}",
        problems.join("\n")
    );
}
