//! `thidua new TYPE "Tiêu đề"`: a new entry file with every key of its type
//! in the front matter, required keys first, each with a short Vietnamese
//! comment saying what to write.
//!
//! The entry starts as a draft (`draft: true`, with a comment saying to
//! delete the line once the entry is complete), so a site stays buildable
//! right after `new`: `build` and `serve` leave unpublished drafts out, and
//! `check` reports what the draft still lacks. A comment points at the
//! editor's guide (copied into the site by `thidua init`) and its section
//! for the type.
//!
//! Required keys are left empty (except `title`, and `date` of a news item,
//! which is today), so `check` points at them until they are filled. Optional
//! keys are written with an empty value — which the reader treats as absent —
//! or, for groups and lists of groups whose empty parts would be errors, as
//! commented-out examples. The key lists, with which keys are required, come
//! from the model (`COMMON_KEYS`, `Section::keys`), so a key added to the
//! model shows up here; a test checks that each has a hint.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;

use crate::config::CONFIG_FILE;
use crate::i18n::Localized;
use crate::model::parse::COMMON_KEYS;
use crate::model::{Section, keys};
use crate::msg;
use crate::permalink::reserved;
use crate::vietnamese::{is_valid_slug, nfc, slugify};
use crate::yaml;

/// The comment that marks a required key (tests and editors look for it).
pub const REQUIRED: &str = "bắt buộc";

/// Column where comments start, so they line up.
const COMMENT_COLUMN: usize = 24;

/// What to create.
#[derive(Debug, Clone)]
pub struct NewEntry {
    pub section: Section,
    pub title: String,
    /// Instead of the slug made from the title.
    pub slug: Option<String>,
    /// Date written into a news item's `date`.
    pub today: NaiveDate,
}

/// Create the entry under `root`; returns its path relative to `root`.
/// Refuses to overwrite an existing entry (either file or folder form).
pub fn create(root: &Path, new: &NewEntry) -> Result<PathBuf> {
    if !root.join(CONFIG_FILE).is_file() {
        bail!(Localized(msg!("cli-new-no-config", root = root)));
    }
    let title = nfc(new.title.trim());
    if title.is_empty() {
        bail!(Localized(msg!("cli-new-empty-title")));
    }
    let slug = match &new.slug {
        Some(s) if is_valid_slug(s) => s.clone(),
        Some(s) => bail!(Localized(msg!("cli-new-bad-slug", slug = s))),
        None => slugify(&title),
    };
    if slug.is_empty() {
        bail!(Localized(msg!("cli-new-no-slug", title = &title)));
    }
    check_slug_is_free(new.section, &slug)?;
    let rel = entry_path(new.section, &slug);
    for existing in [rel.clone(), other_form(new.section, &slug)] {
        if root.join(&existing).exists() {
            bail!(Localized(msg!("cli-new-exists", path = &existing)));
        }
    }
    let fields = crate::build::load_config(&crate::source::DiskFs::new(root))
        .map(|c| c.fields)
        .unwrap_or_default();
    let text = render(new.section, &title, new.today, &fields);
    write_new(&root.join(&rel), &text)?;
    Ok(rel)
}

/// `content/<section>/<slug>.md`, or `content/documents/<slug>/index.md`
/// (documents are folder entries, with their attached file beside them).
pub fn entry_path(section: Section, slug: &str) -> PathBuf {
    let dir = Path::new("content").join(section.key());
    match section {
        Section::Documents => dir.join(slug).join("index.md"),
        _ => dir.join(format!("{slug}.md")),
    }
}

fn other_form(section: Section, slug: &str) -> PathBuf {
    let dir = Path::new("content").join(section.key());
    match section {
        Section::Documents => dir.join(format!("{slug}.md")),
        _ => dir.join(slug).join("index.md"),
    }
}

fn check_slug_is_free(section: Section, slug: &str) -> Result<()> {
    if reserved::is_taken(section, slug) {
        bail!(Localized(msg!("cli-new-reserved", slug = slug)));
    }
    Ok(())
}

fn write_new(path: &Path, text: &str) -> Result<()> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)
            .with_context(|| Localized(msg!("cli-io-create-dir", path = dir)))?;
    }
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .with_context(|| Localized(msg!("cli-io-create-file", path = path)))?;
    file.write_all(text.as_bytes())
        .with_context(|| Localized(msg!("cli-io-write", path = path)))
}

/// Every key of the section in the order written: required first.
pub fn ordered_keys(section: Section) -> Vec<&'static str> {
    let mut keys = vec!["title"];
    if section.requires_date() {
        keys.push("date");
    }
    keys.extend(keys::required_names(section.keys()));
    keys.extend(
        section
            .keys()
            .iter()
            .filter(|k| !k.required)
            .map(|k| k.name),
    );
    let common: Vec<&str> = keys::names(&COMMON_KEYS)
        .filter(|k| !keys.contains(k))
        .collect();
    keys.extend(common);
    keys
}

/// The line that keeps a new entry a draft, with what to do about it.
pub const DRAFT_LINE: &str = "draft: true";

/// The text of a new entry file: a draft, with every key of its type.
pub fn render(section: Section, title: &str, today: NaiveDate, fields: &[String]) -> String {
    let mut out = String::from("---\n");
    out.push_str(&format!(
        "# {}: điền các khóa ghi “{REQUIRED}”; khóa nào không dùng thì để trống hoặc xóa.\n",
        section.title()
    ));
    out.push_str(&guide_comment(section));
    out.push_str(&commented(
        DRAFT_LINE,
        &format!(
            "bài nháp, chưa được đăng: xóa dòng này khi đã điền đủ các khóa “{REQUIRED}” và bài đã được duyệt"
        ),
    ));
    for key in ordered_keys(section).into_iter().filter(|k| *k != "draft") {
        let hint = hint(section, key, fields);
        let value = match key {
            "title" => format!(" {}", yaml::quote(title)),
            "date" if section == Section::News => format!(" {}", today.format("%Y-%m-%d")),
            _ => String::new(),
        };
        let text = if section.requires(key) {
            format!("{REQUIRED}: {}", hint.text)
        } else {
            hint.text
        };
        out.push_str(&commented(&format!("{key}:{value}"), &text));
        for (child, child_hint) in hint.children {
            out.push_str(&commented(&format!("  {child}:"), child_hint));
        }
        for line in hint.example {
            out.push_str(&format!("#   {line}\n"));
        }
    }
    out.push_str("---\n");
    out
}

fn commented(line: &str, comment: &str) -> String {
    let width = line.chars().count();
    let pad = if width < COMMENT_COLUMN {
        COMMENT_COLUMN - width
    } else {
        1
    };
    format!("{line}{}# {comment}\n", " ".repeat(pad))
}

/// The comment pointing at the editor's guide and its section for the type.
fn guide_comment(section: Section) -> String {
    let file = crate::init::GUIDE_FILE;
    match guide_section(section) {
        Some((number, heading)) => format!(
            "# Hướng dẫn biên tập: tệp {file} ở thư mục gốc của trang, mục {number} “{heading}”.\n"
        ),
        None => format!("# Hướng dẫn biên tập: tệp {file} ở thư mục gốc của trang.\n"),
    }
}

/// The number and heading of the guide's section on a type of entry, read
/// from the guide itself (`## 6. Gương điển hình — `exemplars/``), so the
/// comment follows the guide when its sections are renumbered.
pub fn guide_section(section: Section) -> Option<(u32, String)> {
    let folder = format!("`{}/`", section.key());
    crate::init::GUIDE.lines().find_map(|line| {
        let rest = line.strip_prefix("## ")?;
        let (number, heading) = rest.split_once(". ")?;
        let number: u32 = number.parse().ok()?;
        let wanted = match section {
            Section::Pages => heading.starts_with("Trang tự do"),
            _ => heading.contains(&folder),
        };
        wanted.then(|| (number, heading.replace('`', "")))
    })
}

/// What to write about one key.
struct Hint {
    text: String,
    /// Keys written (empty) under this one: the required parts of a group.
    children: &'static [(&'static str, &'static str)],
    /// Commented-out example lines below the key.
    example: &'static [&'static str],
}

impl Hint {
    fn new(text: impl Into<String>) -> Hint {
        Hint {
            text: text.into(),
            children: &[],
            example: &[],
        }
    }

    fn example(mut self, lines: &'static [&'static str]) -> Hint {
        self.example = lines;
        self
    }
}

fn hint(section: Section, key: &str, fields: &[String]) -> Hint {
    section_hint(section, key)
        .or_else(|| common_hint(section, key, fields))
        .unwrap_or_else(|| Hint::new("xem hướng dẫn biên tập"))
}

fn common_hint(section: Section, key: &str, fields: &[String]) -> Option<Hint> {
    let text: String = match key {
        "title" => "tiêu đề hiển thị trên trang".into(),
        "slug" => "địa chỉ trang (a-z, 0-9, gạch nối); để trống thì lấy theo tên tệp".into(),
        "date" => match section {
            Section::News => "ngày đăng, dạng YYYY-MM-DD (sau hôm nay thì bài được hẹn giờ)".into(),
            Section::Events => "ngày diễn ra, ví dụ 2024-06-11 hoặc 2024-06-11 07:30".into(),
            _ => "ngày đăng, dạng YYYY-MM-DD (không bắt buộc)".into(),
        },
        "updated" => "ngày cập nhật, dạng YYYY-MM-DD".into(),
        "summary" => "tóm tắt một câu; để trống thì lấy đoạn đầu của bài".into(),
        "draft" => "true = bài nháp, chưa xuất bản".into(),
        "fields" => fields_hint(fields),
        "campaigns" => "slug các phong trào liên quan, ví dụ [dot-thi-dua-cao-diem-2024]".into(),
        "documents" => "slug các văn bản liên quan, ví dụ [ke-hoach-33-kh-ubnd]".into(),
        "image" => {
            "ảnh đại diện: {src: ten-anh.jpg, alt: \"mô tả ảnh\"} (alt là bắt buộc khi có ảnh)"
                .into()
        }
        "tags" => "từ khóa tự do, ví dụ [hiến đất làm đường]".into(),
        _ => return None,
    };
    Some(Hint::new(text))
}

fn fields_hint(fields: &[String]) -> String {
    match fields {
        [] => "lĩnh vực, phải có trong fields: của thidua.yaml".into(),
        [a, b, c, _, ..] => format!("lĩnh vực trong thidua.yaml, ví dụ [{a}] hoặc [{b}, {c}]"),
        _ => format!("lĩnh vực, một hoặc nhiều trong: {}", fields.join(", ")),
    }
}

fn section_hint(section: Section, key: &str) -> Option<Hint> {
    match section {
        Section::Exemplars => exemplar_hint(key),
        Section::Campaigns => campaign_hint(key),
        Section::Anniversaries => anniversary_hint(key),
        Section::Events => event_hint(key),
        Section::Documents => document_hint(key),
        Section::News => news_hint(key),
        Section::Decisions => decision_hint(key),
        Section::Nominations => nomination_hint(key),
        Section::Pages => None,
    }
}

fn exemplar_hint(key: &str) -> Option<Hint> {
    Some(match key {
        "subject" => Hint::new(
            "person (cá nhân), collective (tập thể), household (hộ gia đình) hoặc model (mô hình)",
        ),
        "locality" => {
            Hint::new("địa danh đúng như trong hồ sơ, ví dụ \"Phường Tân An, Quận Ninh Kiều\"")
        }
        "category" => Hint::new("loại điển hình, ví dụ \"Người tốt, việc tốt\""),
        "name" => Hint::new(
            "họ, tên đệm, tên để xếp theo tên: {family: Nguyễn, middle: Văn, given: An}; để trống thì lấy từ title",
        ),
        "position" => Hint::new("chức vụ hoặc nghề nghiệp"),
        "unit" => Hint::new("cơ quan, đơn vị"),
        "locality_as_of" => Hint::new("thời điểm của địa danh đã ghi, ví dụ 2024-04"),
        "awards" => Hint::new("các hình thức khen thưởng; mẫu ở dưới (bỏ dấu # đầu dòng để dùng)")
            .example(&[
                "- title: Bằng khen của Chủ tịch Ủy ban nhân dân thành phố",
                "  decision: 1234/QĐ-UBND",
                "  date: 2023-06-09",
                "  authority: Chủ tịch Ủy ban nhân dân thành phố",
            ]),
        "posthumous" => Hint::new("true = truy tặng"),
        "publication" => Hint::new("ấn phẩm đã đăng, ví dụ \"Người tốt việc tốt, tập 18 (2023)\""),
        "consent" => Hint::new("true = người được giới thiệu đã đồng ý đăng tin"),
        _ => return None,
    })
}

fn campaign_hint(key: &str) -> Option<Hint> {
    Some(match key {
        "theme" => Hint::new("chủ đề (khẩu hiệu) của phong trào, đặt trong ngoặc kép"),
        "issuer" => Hint::new("cơ quan phát động, ví dụ \"Ủy ban nhân dân thành phố Cần Thơ\""),
        "period" => Hint {
            text: "thời gian thực hiện".into(),
            children: &[
                (
                    "start",
                    "bắt buộc: ngày bắt đầu, ví dụ 2024-02 hoặc 2024-02-21",
                ),
                ("end", "ngày kết thúc, ví dụ 2024-12 (không bắt buộc)"),
            ],
            example: &[],
        },
        "kind" => Hint::new("regular (thường xuyên) hoặc thematic (chuyên đề, đợt cao điểm)"),
        "launch_document" => Hint::new("slug văn bản phát động"),
        "milestones" => {
            Hint::new("các mốc: launch, midterm_review, final_review, deadline, other; mẫu ở dưới")
                .example(&[
                    "- {kind: launch, date: 2024-02-21, label: Phát động}",
                    "- {kind: final_review, date: 2024-12}",
                ])
        }
        "targets" => Hint::new("chỉ tiêu; mẫu ở dưới")
            .example(&["- {no: 1, label: Tỷ lệ hộ nghèo, raw: \"dưới 1%\", op: \"<\", value: 1}"]),
        "award_forms" => {
            Hint::new("hình thức khen thưởng của phong trào, ví dụ [Bằng khen, Giấy khen]")
        }
        "parent" => Hint::new("slug phong trào lớn hơn (nếu có)"),
        _ => return None,
    })
}

fn anniversary_hint(key: &str) -> Option<Hint> {
    Some(match key {
        "origin_date" => Hint::new("ngày được kỷ niệm, dạng YYYY-MM-DD, ví dụ 1948-06-11"),
        "calendar" => Hint::new("solar (dương lịch, mặc định) hoặc lunar (âm lịch)"),
        "slogans" => Hint::new("khẩu hiệu tuyên truyền; {n} là số năm, {year} là năm kỷ niệm; mẫu ở dưới")
            .example(&["- \"Nhiệt liệt chào mừng {n} năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc\""]),
        "ordinal" => Hint::new("false với ngày không tính số năm (Tết, Giỗ Tổ Hùng Vương); bỏ trống là có tính"),
        "day" => Hint::new("chỉ khi ordinal: false: ngày lặp lại hằng năm, dạng MM-DD, ví dụ 03-10 (10/3 âm lịch)"),
        "origins" => Hint::new("ngày kỷ niệm hai sự kiện: mỗi sự kiện một ngày và tên; mẫu ở dưới").example(&[
            "- {date: 1944-12-22, label: \"Ngày thành lập Quân đội nhân dân Việt Nam\"}",
            "- {date: 1989-12-22, label: \"Ngày hội Quốc phòng toàn dân\"}",
        ]),
        _ => return None,
    })
}

fn decision_hint(key: &str) -> Option<Hint> {
    Some(match key {
        "number" => Hint::new("số ký hiệu của quyết định, ví dụ \"1234/QĐ-UBND\""),
        "issued" => Hint::new("ngày ký, dạng YYYY-MM-DD"),
        "issuer" => Hint::new("cơ quan ban hành, ví dụ \"Ủy ban nhân dân thành phố Cần Thơ\""),
        "signer" => Hint::new("người ký; mẫu ở dưới").example(&["name: Nguyễn Văn A", "position: Chủ tịch", "on_behalf: TM. Ủy ban nhân dân"]),
        "award" => Hint::new("hình thức khen thưởng, ví dụ \"Bằng khen của Chủ tịch Ủy ban nhân dân thành phố\""),
        "reason" => Hint::new("lý do, ví dụ \"đã có thành tích xuất sắc trong …\""),
        "recipients" => Hint::new("người, tập thể được khen thưởng, mỗi người một dòng; mẫu ở dưới").example(&[
            "- {name: \"Nguyễn Văn An\", subject: person, unit: \"Hội Nông dân phường An Bình\"}",
            "- {name: \"Hợp tác xã Nông nghiệp Mỹ Khánh\", subject: collective, exemplar: hop-tac-xa-my-khanh}",
        ]),
        "revoked" => Hint::new("chỉ khi quyết định bị thu hồi: {date: YYYY-MM-DD, decision: \"số quyết định thu hồi\", reason: \"…\"}"),
        "file" => Hint::new("tệp quyết định đã ký (PDF) đặt cạnh bài, ví dụ quyet-dinh.pdf"),
        _ => return None,
    })
}

fn nomination_hint(key: &str) -> Option<Hint> {
    Some(match key {
        "council" => Hint::new("hội đồng xét, ví dụ \"Hội đồng Thi đua - Khen thưởng thành phố Cần Thơ\""),
        "award" => Hint::new("hình thức đề nghị, ví dụ \"Huân chương Lao động hạng Ba\""),
        "opens" => Hint::new("ngày bắt đầu lấy ý kiến, dạng YYYY-MM-DD"),
        "closes" => Hint::new("ngày kết thúc, ít nhất 10 ngày làm việc kể từ ngày bắt đầu (Nghị định 98/2023/NĐ-CP, điều 46)"),
        "contact" => Hint::new("nơi nhận ý kiến; mẫu ở dưới").example(&["unit: Ban Thi đua - Khen thưởng thành phố", "address: …", "phone: …", "email: …"]),
        "nominees" => Hint::new("người, tập thể được đề nghị, mỗi người một dòng; mẫu ở dưới").example(&[
            "- {name: \"Nguyễn Thị B\", subject: person, position: \"Chủ tịch Hội Phụ nữ phường\", achievements: \"…\"}",
        ]),
        _ => return None,
    })
}

fn event_hint(key: &str) -> Option<Hint> {
    Some(match key {
        "tentative" => Hint::new("true = thời gian còn dự kiến"),
        "venue" => Hint::new("địa điểm tổ chức"),
        "format" => Hint::new("in_person (trực tiếp), online (trực tuyến) hoặc hybrid (kết hợp)"),
        "locations" => Hint::new("các điểm cầu, ví dụ [Hội trường Ủy ban nhân dân phường An Hòa]"),
        "attendees" => Hint::new("số đại biểu (số nguyên)"),
        "agenda" => Hint::new("chương trình, mỗi mục một dòng; mẫu ở dưới")
            .example(&["- \"07:30 Đón tiếp đại biểu\"", "- \"08:00 Khai mạc\""]),
        "anniversary" => Hint::new("slug ngày kỷ niệm liên quan"),
        "backdrop" => Hint::new("phông nền in sân khấu; mẫu ở dưới").example(&[
            "organisation: ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
            "title: HỘI NGHỊ ĐIỂN HÌNH TIÊN TIẾN",
            "place_date: Cần Thơ, ngày 09 tháng 6 năm 2025",
        ]),
        _ => return None,
    })
}

fn document_hint(key: &str) -> Option<Hint> {
    Some(match key {
        "doc_type" => Hint::new(
            "loại văn bản: Kế hoạch, Chỉ thị, Quyết định, Nghị quyết, Hướng dẫn, Thông báo, Công văn…",
        ),
        "issuer" => Hint::new("cơ quan ban hành, ví dụ \"Ủy ban nhân dân thành phố Cần Thơ\""),
        "abstract" => Hint::new("trích yếu, như in dưới tên loại văn bản"),
        "number" => Hint::new("số ký hiệu, ví dụ 33/KH-UBND; để trống nếu văn bản không có số"),
        "issued" => Hint::new("ngày ban hành, dạng YYYY-MM-DD (nên có)"),
        "effective" => Hint::new("ngày có hiệu lực, dạng YYYY-MM-DD"),
        "signer" => Hint::new("người ký; mẫu ở dưới").example(&[
            "name: Trần Việt Trường",
            "position: Chủ tịch",
            "on_behalf: TM. Ủy ban nhân dân",
        ]),
        "file" => Hint::new("tên tệp PDF/DOCX đặt cùng thư mục với tệp này, ví dụ 33-kh-ubnd.pdf"),
        "based_on" => Hint::new("căn cứ ban hành; mẫu ở dưới")
            .example(&["- \"Luật Thi đua, khen thưởng năm 2022\""]),
        _ => return None,
    })
}

fn news_hint(key: &str) -> Option<Hint> {
    Some(match key {
        "author" => Hint::new("tác giả"),
        "source" => Hint::new("nguồn tin"),
        "exemplars" => Hint::new("slug các gương điển hình liên quan, ví dụ [nguyen-van-an]"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_entry;
    use crate::source::SourceFile;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 6, 11).unwrap()
    }

    #[test]
    fn every_key_has_its_own_hint_and_is_written() {
        for section in Section::ALL {
            let text = render(section, "Tiêu đề", today(), &[]);
            for key in ordered_keys(section) {
                assert!(
                    section_hint(section, key)
                        .or_else(|| common_hint(section, key, &[]))
                        .is_some(),
                    "{section:?}: `{key}` has no hint"
                );
                assert!(
                    text.lines().any(|l| l.starts_with(&format!("{key}:"))),
                    "{section:?}: `{key}` missing in\n{text}"
                );
            }
        }
    }

    #[test]
    fn required_keys_come_first() {
        let keys = ordered_keys(Section::Campaigns);
        assert_eq!(&keys[..4], ["title", "theme", "issuer", "period"]);
        let keys = ordered_keys(Section::News);
        assert_eq!(&keys[..2], ["title", "date"]);
    }

    #[test]
    fn a_new_page_parses_without_problems_and_empty_values_are_absent() {
        let text = render(Section::Pages, "Giới \"thiệu\"", today(), &[]);
        let file = SourceFile::decode("content/pages/gioi-thieu.md", text.as_bytes()).unwrap();
        let parsed = parse_entry(&file, Section::Pages, None);
        assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
        let entry = parsed.entry.unwrap();
        assert_eq!(entry.common.title, "Giới \"thiệu\"");
        assert!(entry.common.slug.is_none() && entry.common.image.is_none());
        assert!(entry.common.tags.is_empty());
        assert!(entry.common.draft, "a new entry is a draft");
    }

    #[test]
    fn a_new_entry_is_a_draft_that_says_what_to_do() {
        for section in Section::ALL {
            let text = render(section, "Tiêu đề", today(), &[]);
            let draft: Vec<&str> = text.lines().filter(|l| l.starts_with("draft:")).collect();
            assert_eq!(draft.len(), 1, "{section:?}: one `draft` line\n{text}");
            assert!(draft[0].starts_with("draft: true "), "{}", draft[0]);
            assert!(draft[0].contains("xóa dòng này"), "{}", draft[0]);
        }
    }

    #[test]
    fn every_new_entry_points_at_its_section_of_the_guide() {
        for section in Section::ALL {
            let (number, heading) = guide_section(section)
                .unwrap_or_else(|| panic!("{section:?} has no section in the guide"));
            let text = render(section, "Tiêu đề", today(), &[]);
            let wanted = format!(
                "# Hướng dẫn biên tập: tệp huong-dan-bien-tap.md ở thư mục gốc của trang, mục {number} “{heading}”."
            );
            assert!(text.lines().any(|l| l == wanted), "{section:?}:\n{text}");
        }
        assert_eq!(
            guide_section(Section::Exemplars),
            Some((6, "Gương điển hình — exemplars/".to_owned()))
        );
    }

    #[test]
    fn errors_are_in_the_chosen_language() {
        let dir = tempfile::tempdir().unwrap();
        let new = NewEntry {
            section: Section::News,
            title: "Tin".into(),
            slug: None,
            today: today(),
        };
        let e = create(dir.path(), &new).unwrap_err();
        let vi = crate::i18n::format_error(crate::i18n::Lang::Vi, &e);
        assert!(vi.ends_with("không có tệp thidua.yaml: hãy chạy lệnh trong thư mục của trang, hoặc ghi thêm --root <thư-mục>"), "{vi}");
        std::fs::write(dir.path().join(CONFIG_FILE), "title: x\n").unwrap();
        let bad = NewEntry {
            slug: Some("Tin Mới".into()),
            ..new.clone()
        };
        let e = create(dir.path(), &bad).unwrap_err();
        assert_eq!(
            crate::i18n::format_error(crate::i18n::Lang::En, &e),
            "`Tin Mới` is not a valid slug (a-z, 0-9 and hyphens)"
        );
        create(dir.path(), &new).unwrap();
        let e = create(dir.path(), &new).unwrap_err();
        assert_eq!(
            crate::i18n::format_error(crate::i18n::Lang::Vi, &e),
            "content/news/tin.md đã có; không ghi gì cả (hãy chọn tiêu đề khác hoặc ghi thêm --slug)"
        );
    }

    #[test]
    fn news_is_dated_today_and_only_required_keys_are_reported() {
        let text = render(Section::News, "Tin", today(), &[]);
        assert!(text.contains("\ndate: 2025-06-11 "));
        let file = SourceFile::decode("content/news/tin.md", text.as_bytes()).unwrap();
        assert!(
            parse_entry(&file, Section::News, None)
                .diagnostics
                .is_empty()
        );
        let text = render(Section::Exemplars, "Nguyễn Văn An", today(), &[]);
        let file = SourceFile::decode("content/exemplars/a.md", text.as_bytes()).unwrap();
        let diags = parse_entry(&file, Section::Exemplars, None).diagnostics;
        let messages: Vec<String> = diags
            .iter()
            .map(|d| d.message.format(crate::i18n::Lang::En))
            .collect();
        assert_eq!(
            messages,
            [
                "an exemplar needs `subject`",
                "the front matter needs `locality`"
            ]
        );
    }

    #[test]
    fn paths() {
        assert_eq!(
            entry_path(Section::Documents, "ke-hoach"),
            Path::new("content/documents/ke-hoach/index.md")
        );
        assert_eq!(
            entry_path(Section::News, "tin"),
            Path::new("content/news/tin.md")
        );
    }
}
