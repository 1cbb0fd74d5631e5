//! Awards and their *form* (hình thức khen thưởng), derived from the award's
//! title following art. 9 of the Law on Emulation and Commendation 2022.

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

    /// Derive the form from how the title begins (folded, so "bang khen" works).
    pub fn from_title(title: &str) -> AwardForm {
        let t = fold(title);
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
        "thon van hoa",
        "ap van hoa",
        "khu pho van hoa",
    ]
    .iter()
    .any(|p| t.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_from_titles() {
        let cases = [
            ("Huân chương Lao động hạng Ba", AwardForm::Order),
            ("Huy chương Quân kỳ quyết thắng", AwardForm::Medal),
            (
                "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố",
                AwardForm::Certificate,
            ),
            ("Giấy khen của Giám đốc Sở Y tế", AwardForm::Merit),
            ("Chiến sĩ thi đua cơ sở", AwardForm::EmulationTitle),
            (
                "Cờ thi đua của Ủy ban nhân dân thành phố",
                AwardForm::EmulationTitle,
            ),
            ("Tập thể lao động xuất sắc", AwardForm::EmulationTitle),
            (
                "Kỷ niệm chương Vì sự nghiệp thi đua, khen thưởng",
                AwardForm::Commemorative,
            ),
            ("Nhà giáo ưu tú", AwardForm::StateHonour),
            ("Danh hiệu Nhà giáo ưu tú", AwardForm::StateHonour),
            (
                "Danh hiệu vinh dự Nhà nước \"Bà mẹ Việt Nam anh hùng\"",
                AwardForm::StateHonour,
            ),
            (
                "Danh hiệu Chiến sĩ thi đua cơ sở",
                AwardForm::EmulationTitle,
            ),
            ("Anh hùng Lao động", AwardForm::StateHonour),
            ("Giải thưởng Hồ Chí Minh", AwardForm::Prize),
            ("bang khen cua UBND", AwardForm::Certificate),
            ("Thư khen", AwardForm::Other),
        ];
        for (title, form) in cases {
            assert_eq!(AwardForm::from_title(title), form, "{title}");
        }
    }
}
