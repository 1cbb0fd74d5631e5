//! Awards and their *form*, derived from the award's title as the Law on
//! Emulation and Commendation 2022 (Luật Thi đua, khen thưởng 2022) sorts
//! them: danh hiệu thi đua (emulation titles, art. 8) apart from hình thức
//! khen thưởng (forms of commendation, art. 9: Huân chương, Huy chương,
//! danh hiệu vinh dự nhà nước, Giải thưởng, Kỷ niệm chương, Bằng khen,
//! Giấy khen). The Law writes titles in quotation marks (`“Huân chương Lao
//! động” hạng Ba`, `Danh hiệu “Anh hùng Lao động”`); they classify like
//! unquoted ones. A title of no known form is "Hình thức khác", with a
//! warning listing the forms.

use serde::Serialize;

use crate::date::PartialDate;
use crate::model::read::MapReader;
use crate::msg;
use crate::vietnamese::fold;

/// One award given to an exemplar.
#[derive(Debug, Clone, PartialEq)]
pub struct Award {
    pub title: String,
    pub decision: Option<String>,
    pub date: Option<PartialDate>,
    pub authority: Option<String>,
    pub form: AwardForm,
}

impl Award {
    pub const KEYS: [&'static str; 4] = ["title", "decision", "date", "authority"];

    pub fn read(r: &MapReader<'_>) -> Option<Award> {
        let title = r.required_string("title", msg!("T0202-help-award-title"));
        if let Some(t) = &title
            && AwardForm::from_title(&t.value) == AwardForm::Other
        {
            let known: Vec<&str> = AwardForm::ALL[..AwardForm::ALL.len() - 1]
                .iter()
                .map(|f| f.label())
                .collect();
            r.problems().warning(
                t.pos,
                msg!("T0214-unknown-award-form", title = t.value.as_str()),
                Some(msg!("T0214-help-award-forms", forms = known.join(", "))),
            );
        }
        let decision = r.string("decision").map(|s| s.value);
        let date = r.date("date").map(|d| d.value);
        let authority = r.string("authority").map(|s| s.value);
        let title = title?.value;
        let form = AwardForm::from_title(&title);
        Some(Award {
            title,
            decision,
            date,
            authority,
            form,
        })
    }
}

/// The Law's two kinds of recognition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AwardKind {
    /// Hình thức khen thưởng (art. 9).
    Commendation,
    /// Danh hiệu thi đua (art. 8).
    EmulationTitle,
    Other,
}

impl AwardKind {
    pub fn label(self) -> &'static str {
        match self {
            AwardKind::Commendation => "Hình thức khen thưởng",
            AwardKind::EmulationTitle => "Danh hiệu thi đua",
            AwardKind::Other => "Hình thức khác",
        }
    }
}

/// Forms of commendation, in the order of the law.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AwardForm {
    Order,
    Medal,
    StateHonour,
    Prize,
    Commemorative,
    Certificate,
    Merit,
    EmulationTitle,
    Other,
}

impl AwardForm {
    pub const ALL: [AwardForm; 9] = [
        AwardForm::Order,
        AwardForm::Medal,
        AwardForm::StateHonour,
        AwardForm::Prize,
        AwardForm::Commemorative,
        AwardForm::Certificate,
        AwardForm::Merit,
        AwardForm::EmulationTitle,
        AwardForm::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            AwardForm::Order => "Huân chương",
            AwardForm::Medal => "Huy chương",
            AwardForm::StateHonour => "Danh hiệu vinh dự nhà nước",
            AwardForm::Prize => "Giải thưởng",
            AwardForm::Commemorative => "Kỷ niệm chương",
            AwardForm::Certificate => "Bằng khen",
            AwardForm::Merit => "Giấy khen",
            AwardForm::EmulationTitle => "Danh hiệu thi đua",
            AwardForm::Other => "Hình thức khác",
        }
    }

    /// Which of the Law's two kinds the form is.
    pub fn kind(self) -> AwardKind {
        match self {
            AwardForm::EmulationTitle => AwardKind::EmulationTitle,
            AwardForm::Other => AwardKind::Other,
            _ => AwardKind::Commendation,
        }
    }

    /// Derive the form from how the title begins (folded, so "bang khen"
    /// works; quotation marks and the Law's "Danh hiệu" prefix ignored).
    pub fn from_title(title: &str) -> AwardForm {
        let unquoted: String = title
            .chars()
            .filter(|c| !matches!(c, '“' | '”' | '"' | '„' | '«' | '»' | '‘' | '’' | '\''))
            .collect();
        let t = fold(unquoted.trim());
        let starts = |p: &[&str]| p.iter().any(|p| t.starts_with(p));
        if starts(&["huan chuong"]) {
            AwardForm::Order
        } else if starts(&["huy chuong"]) {
            AwardForm::Medal
        } else if starts(&["ky niem chuong"]) {
            AwardForm::Commemorative
        } else if starts(&["giai thuong"]) {
            AwardForm::Prize
        } else if starts(&["bang khen"]) {
            AwardForm::Certificate
        } else if starts(&["giay khen"]) {
            AwardForm::Merit
        } else if is_state_honour(t.strip_prefix("danh hieu ").unwrap_or(&t)) {
            AwardForm::StateHonour
        } else if is_emulation_title(t.strip_prefix("danh hieu ").unwrap_or(&t))
            || t.starts_with("danh hieu")
        {
            AwardForm::EmulationTitle
        } else {
            AwardForm::Other
        }
    }
}

fn is_state_honour(t: &str) -> bool {
    [
        "anh hung",
        "ba me viet nam anh hung",
        "nha giao nhan dan",
        "nha giao uu tu",
        "thay thuoc nhan dan",
        "thay thuoc uu tu",
        "nghe si nhan dan",
        "nghe si uu tu",
        "nghe nhan nhan dan",
        "nghe nhan uu tu",
        // Collectives' honours of the same rank (Law 2022 art. 9).
        "tinh anh hung",
        "thanh pho anh hung",
        "danh hieu vinh du",
        "vinh du nha nuoc",
    ]
    .iter()
    .any(|p| t.starts_with(p))
}

fn is_emulation_title(t: &str) -> bool {
    [
        "chien si thi dua",
        "lao dong tien tien",
        "chien si tien tien",
        "tap the lao dong",
        "don vi quyet thang",
        "don vi tien tien",
        "co thi dua",
        "gia dinh van hoa",
        // Law 2022 art. 30: "Thôn, tổ dân phố văn hóa" (ấp, bản, khu phố …).
        "thon, to dan pho van hoa",
        "thon van hoa",
        "to dan pho van hoa",
        "ap van hoa",
        "ban van hoa",
        "khu pho van hoa",
        // "Xã, phường, thị trấn tiêu biểu".
        "xa, phuong, thi tran tieu bieu",
        "xa tieu bieu",
        "phuong tieu bieu",
        "thi tran tieu bieu",
    ]
    .iter()
    .any(|p| t.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_from_titles() {
        use AwardForm::*;
        // Real titles as decisions write them, with and without the Law's
        // quotation marks.
        let cases = [
            ("Huân chương Sao vàng", Order),
            ("Huân chương Hồ Chí Minh", Order),
            ("Huân chương Độc lập hạng Nhất", Order),
            ("Huân chương Lao động hạng Ba", Order),
            ("“Huân chương Lao động” hạng Ba", Order),
            ("Huân chương Bảo vệ Tổ quốc hạng Ba", Order),
            ("Huân chương Chiến công hạng Nhì", Order),
            ("Huân chương Đại đoàn kết dân tộc", Order),
            ("Huân chương Hữu nghị", Order),
            ("Huy chương Quân kỳ quyết thắng", Medal),
            ("Huy chương Vì an ninh Tổ quốc", Medal),
            ("Huy chương “Chiến sĩ vẻ vang” hạng Nhất", Medal),
            ("Danh hiệu “Anh hùng Lao động”", StateHonour),
            ("Anh hùng Lao động", StateHonour),
            ("Anh hùng Lực lượng vũ trang nhân dân", StateHonour),
            (
                "Danh hiệu vinh dự Nhà nước \"Bà mẹ Việt Nam anh hùng\"",
                StateHonour,
            ),
            ("“Nhà giáo nhân dân”", StateHonour),
            ("Nhà giáo ưu tú", StateHonour),
            ("Danh hiệu Nhà giáo ưu tú", StateHonour),
            ("Thầy thuốc ưu tú", StateHonour),
            ("Nghệ sĩ nhân dân", StateHonour),
            ("Nghệ nhân nhân dân", StateHonour),
            ("Danh hiệu “Nghệ nhân ưu tú”", StateHonour),
            ("Thành phố Anh hùng", StateHonour),
            ("Giải thưởng Hồ Chí Minh về văn học, nghệ thuật", Prize),
            ("“Giải thưởng Nhà nước” về khoa học và công nghệ", Prize),
            (
                "Kỷ niệm chương Vì sự nghiệp thi đua - khen thưởng",
                Commemorative,
            ),
            (
                "Kỷ niệm chương “Vì sự nghiệp thi đua, khen thưởng”",
                Commemorative,
            ),
            ("Bằng khen của Thủ tướng Chính phủ", Certificate),
            (
                "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố",
                Certificate,
            ),
            ("bang khen cua UBND", Certificate),
            ("Giấy khen của Giám đốc Sở Y tế", Merit),
            (
                "Giấy khen của Chủ tịch Ủy ban nhân dân phường Ninh Kiều",
                Merit,
            ),
            ("“Chiến sĩ thi đua toàn quốc”", EmulationTitle),
            ("Danh hiệu “Chiến sĩ thi đua cấp tỉnh”", EmulationTitle),
            ("Chiến sĩ thi đua cơ sở", EmulationTitle),
            ("Danh hiệu Chiến sĩ thi đua cơ sở", EmulationTitle),
            ("Lao động tiên tiến", EmulationTitle),
            ("Chiến sĩ tiên tiến", EmulationTitle),
            ("Cờ thi đua của Chính phủ", EmulationTitle),
            ("Cờ thi đua của Ủy ban nhân dân thành phố", EmulationTitle),
            ("“Tập thể lao động xuất sắc”", EmulationTitle),
            ("Tập thể lao động tiên tiến", EmulationTitle),
            ("Đơn vị quyết thắng", EmulationTitle),
            ("Gia đình văn hóa", EmulationTitle),
            ("Thôn, tổ dân phố văn hóa", EmulationTitle),
            ("“Tổ dân phố văn hóa”", EmulationTitle),
            ("Ấp văn hóa", EmulationTitle),
            ("Xã, phường, thị trấn tiêu biểu", EmulationTitle),
            ("Phường tiêu biểu", EmulationTitle),
            ("Thư khen của Chủ tịch nước", Other),
            ("Giấy chứng nhận Người tốt, việc tốt", Other),
        ];
        assert!(cases.len() >= 40);
        for (title, form) in cases {
            assert_eq!(AwardForm::from_title(title), form, "{title}");
        }
    }

    #[test]
    fn the_law_keeps_titles_apart_from_commendations() {
        assert_eq!(AwardForm::EmulationTitle.kind(), AwardKind::EmulationTitle);
        for f in [
            AwardForm::Order,
            AwardForm::Medal,
            AwardForm::StateHonour,
            AwardForm::Prize,
            AwardForm::Commemorative,
            AwardForm::Certificate,
            AwardForm::Merit,
        ] {
            assert_eq!(f.kind(), AwardKind::Commendation, "{f:?}");
        }
        assert_eq!(AwardForm::Other.kind(), AwardKind::Other);
    }
}
