//! Telling when two spellings of a unit (or of an award) mean the same
//! thing: "Phòng GD&ĐT Q. Ninh Kiều" and "Phòng Giáo dục và Đào tạo quận
//! Ninh Kiều". Both are folded (no diacritics, lower case, đ → d),
//! punctuation is dropped and the usual administrative abbreviations are
//! written out from one table, [`ABBREVIATIONS`]; what is left is compared.

use crate::vietnamese::fold;

/// When an abbreviation is written out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// Always: the letters are no Vietnamese word ("ubnd", "gd&dt").
    Always,
    /// Only when written in capitals or followed by a dot ("Q.", "TT",
    /// "CA"): in lower case they may be ordinary words ("ca" in "ca múa").
    Marked,
}

/// Vietnamese administrative abbreviations, folded, with what they stand
/// for (folded). The only place they are listed.
pub const ABBREVIATIONS: &[(&str, &str, When)] = &[
    ("gd&dt", "giao duc va dao tao", When::Always),
    ("gddt", "giao duc va dao tao", When::Always),
    ("gd-dt", "giao duc va dao tao", When::Always),
    ("pgd&dt", "phong giao duc va dao tao", When::Always),
    ("pgddt", "phong giao duc va dao tao", When::Always),
    ("sgd&dt", "so giao duc va dao tao", When::Always),
    ("sgddt", "so giao duc va dao tao", When::Always),
    ("ubnd", "uy ban nhan dan", When::Always),
    ("hdnd", "hoi dong nhan dan", When::Always),
    ("mttq", "mat tran to quoc", When::Always),
    ("ubmttq", "uy ban mat tran to quoc", When::Always),
    ("tp", "thanh pho", When::Marked),
    ("q", "quan", When::Marked),
    ("p", "phuong", When::Marked),
    ("h", "huyen", When::Marked),
    ("x", "xa", When::Marked),
    ("tt", "thi tran", When::Marked),
    ("ca", "cong an", When::Marked),
    ("bch", "ban chi huy", When::Always),
    ("qs", "quan su", When::Marked),
    ("bchqs", "ban chi huy quan su", When::Always),
    ("thpt", "trung hoc pho thong", When::Always),
    ("thcs", "trung hoc co so", When::Always),
    ("th", "tieu hoc", When::Marked),
    ("mn", "mam non", When::Marked),
    ("ttyt", "trung tam y te", When::Always),
    ("bhxh", "bao hiem xa hoi", When::Always),
    ("ldld", "lien doan lao dong", When::Always),
    ("hlhpn", "hoi lien hiep phu nu", When::Always),
    ("hnd", "hoi nong dan", When::Always),
    ("hccb", "hoi cuu chien binh", When::Always),
    ("tncs", "thanh nien cong san", When::Always),
    ("dtncs", "doan thanh nien cong san", When::Always),
    ("hcm", "ho chi minh", When::Always),
    ("kt-xh", "kinh te xa hoi", When::Always),
    ("ktxh", "kinh te xa hoi", When::Always),
    ("tnhh", "trach nhiem huu han", When::Always),
    ("cp", "co phan", When::Marked),
    ("htx", "hop tac xa", When::Always),
    ("qd", "quyet dinh", When::Marked),
    ("ct", "chu tich", When::Marked),
    ("ttg", "thu tuong chinh phu", When::Always),
];

/// The text folded, abbreviations written out, punctuation dropped, one
/// space between words: the form in which spellings are compared.
pub fn canonical(text: &str) -> String {
    let mut owned: Vec<String> = Vec::new();
    // Tokens: split on spaces and after dots ("Q.Ninh" → "Q.", "Ninh").
    let mut tokens: Vec<String> = Vec::new();
    for raw in text.split_whitespace() {
        let mut rest = raw;
        while let Some(i) = rest.find('.') {
            tokens.push(rest[..=i].to_owned());
            rest = &rest[i + 1..];
        }
        if !rest.is_empty() {
            tokens.push(rest.to_owned());
        }
    }
    for token in &tokens {
        let dotted = token.ends_with('.');
        let core = token.trim_matches(|c: char| !c.is_alphanumeric() && c != '&');
        let capitals =
            core.chars().any(char::is_alphabetic) && !core.chars().any(char::is_lowercase);
        let folded = fold(core);
        let found = ABBREVIATIONS.iter().find(|(short, _, when)| {
            *short == folded && (*when == When::Always || dotted || capitals)
        });
        owned.push(match found {
            Some((_, long, _)) => (*long).to_owned(),
            None => folded,
        });
    }
    let words: Vec<&str> = owned
        .iter()
        .flat_map(|w| w.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    words.join(" ")
}

/// Whether two units are probably the same: equal once written out, or
/// nearly so (a letter or two apart, the same numbers in both).
pub fn similar_units(a: &str, b: &str) -> bool {
    let (a, b) = (canonical(a), canonical(b));
    if a == b {
        return true;
    }
    let digits = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_ascii_digit())
            .filter(|d| !d.is_empty())
            .map(str::to_owned)
            .collect()
    };
    digits(&a) == digits(&b) && strsim::normalized_levenshtein(&a, &b) >= 0.9
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_folded_and_its_abbreviations_are_one_word() {
        for (short, long, _) in ABBREVIATIONS {
            assert_eq!(fold(short), *short, "{short}");
            assert_eq!(fold(long), *long, "{long}");
            assert!(!short.contains(' '), "{short}");
            // Writing out is stable: the long form has no abbreviation left.
            assert_eq!(canonical(long), *long, "{long}");
        }
    }

    #[test]
    fn every_abbreviation_is_written_out() {
        for (short, long, _) in ABBREVIATIONS {
            assert_eq!(canonical(&short.to_uppercase()), *long, "{short}");
            assert_eq!(canonical(&format!("{short}.")), *long, "{short}.");
        }
    }

    #[test]
    fn spellings_of_the_same_unit() {
        for (a, b) in [
            (
                "Phòng GD&ĐT quận Ninh Kiều",
                "Phòng Giáo dục và Đào tạo quận Ninh Kiều",
            ),
            ("UBND phường An Hòa", "Ủy ban nhân dân phường An Hoà"),
            (
                "Phòng GD&ĐT Q. Ninh Kiều",
                "phòng giáo dục và đào tạo quận ninh kiều",
            ),
            ("Công an P.An Hòa", "CA phường An Hòa"),
            ("UBND TP. Cần Thơ", "Ủy  ban nhân dân thành phố Cần Thơ"),
            (
                "BCH Quân sự H. Phong Điền",
                "Ban Chỉ huy quân sự huyện Phong Điền",
            ),
            (
                "Trường THCS X. Mỹ Khánh",
                "Trường Trung học cơ sở xã Mỹ Khánh",
            ),
            (
                "UBMTTQ TT. Phong Điền",
                "Ủy ban Mặt trận Tổ quốc thị trấn Phong Điền",
            ),
            ("Trường Tiểu học Mỹ Khánh", "Trường Tiểu hoc My Khanh"),
        ] {
            assert!(
                similar_units(a, b),
                "{a} ~ {b}: {} / {}",
                canonical(a),
                canonical(b)
            );
        }
    }

    #[test]
    fn different_units_stay_different() {
        for (a, b) in [
            ("Trường Tiểu học Mỹ Khánh 1", "Trường Tiểu học Mỹ Khánh 2"),
            ("UBND phường An Hòa", "UBND phường An Bình"),
            ("Công an xã Mỹ Khánh", "Hội Nông dân xã Mỹ Khánh"),
            ("Đoàn ca múa nhạc", "Đoàn công an múa nhạc"),
        ] {
            assert!(!similar_units(a, b), "{a} ≁ {b}");
        }
    }
}
