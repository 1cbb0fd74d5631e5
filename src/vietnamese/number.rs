//! Numbers as Vietnamese administrative text writes them: a decimal comma
//! and a dot between groups of three digits ("1.234.567,25").
//!
//! [`format_decimal`] and [`format_integer`] produce that form;
//! [`parse_decimal`] reads it back, and also the plain "7.5" form that
//! spreadsheets and front matter often contain.

/// Formats `value` with at most `max_fraction_digits` digits after the
/// decimal comma, rounding half away from zero and dropping trailing zeros.
///
/// Rounding works on the shortest decimal representation of `value` (the
/// one Rust prints), so `1.005` rounds to `"1,01"` as a person expects, even
/// though the nearest `f64` is slightly below 1.005. Negative zero, and
/// negative values that round to zero, print as `"0"`. NaN and infinities
/// print as `""`.
pub fn format_decimal(value: f64, max_fraction_digits: usize) -> String {
    if !value.is_finite() {
        return String::new();
    }
    // `Display` for f64 never uses exponent notation.
    let shortest = format!("{}", value.abs());
    let (int_part, frac_part) = shortest.split_once('.').unwrap_or((&shortest, ""));
    let (int_digits, frac_digits) = round_digits(int_part, frac_part, max_fraction_digits);
    let frac_digits = frac_digits.trim_end_matches('0');
    let is_zero = int_digits.bytes().all(|b| b == b'0') && frac_digits.is_empty();

    let mut out = String::with_capacity(int_digits.len() * 4 / 3 + frac_digits.len() + 2);
    if value.is_sign_negative() && !is_zero {
        out.push('-');
    }
    push_grouped(&mut out, &int_digits);
    if !frac_digits.is_empty() {
        out.push(',');
        out.push_str(frac_digits);
    }
    out
}

/// Rounds the decimal number `int_part.frac_part` (ASCII digits only) to
/// `keep` fraction digits, half away from zero. Returns the new integer and
/// fraction digit strings.
fn round_digits(int_part: &str, frac_part: &str, keep: usize) -> (String, String) {
    if frac_part.len() <= keep {
        return (int_part.to_owned(), frac_part.to_owned());
    }
    let round_up = frac_part.as_bytes().get(keep).is_some_and(|&d| d >= b'5');
    let mut digits: Vec<u8> = int_part
        .bytes()
        .chain(frac_part.bytes().take(keep))
        .collect();
    if round_up {
        let mut carry = true;
        for d in digits.iter_mut().rev() {
            if *d == b'9' {
                *d = b'0';
            } else {
                *d += 1;
                carry = false;
                break;
            }
        }
        if carry {
            digits.insert(0, b'1');
        }
    }
    let split = digits.len() - keep;
    let frac = digits.split_off(split);
    (bytes_to_string(digits), bytes_to_string(frac))
}

/// Converts ASCII digit bytes back into a `String`.
fn bytes_to_string(bytes: Vec<u8>) -> String {
    bytes.into_iter().map(char::from).collect()
}

/// Appends the ASCII digit string `digits` to `out` with a `.` between
/// groups of three, counted from the right.
fn push_grouped(out: &mut String, digits: &str) {
    let len = digits.len();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (len - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
}

/// Formats an integer with `.` between groups of three digits:
/// 10000 → `"10.000"`, -1234 → `"-1.234"`.
pub fn format_integer(value: i64) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() * 4 / 3 + 1);
    if value < 0 {
        out.push('-');
    }
    push_grouped(&mut out, &digits);
    out
}

/// Reads a number written the Vietnamese way or the plain way.
///
/// Accepted, after trimming whitespace and an optional leading `-`/`+` and
/// trailing `%` (the percent sign is dropped, not divided out: "95%" → 95):
/// - digits only: `"12"`;
/// - a decimal comma: `"7,5"`;
/// - dots between groups of three as thousands separators, optionally
///   followed by a decimal comma: `"10.000"`, `"1.234.567"`, `"1.234,5"`;
/// - a single decimal dot not followed by exactly three digits: `"7.5"`.
///
/// A single dot followed by exactly three digits is read as a thousands
/// separator ("1.234" → 1234), as Vietnamese text means it. Anything else,
/// including the English "1,234.5", is `None`.
pub fn parse_decimal(s: &str) -> Option<f64> {
    let s = s.trim();
    let s = match s.strip_suffix('%') {
        Some(rest) => rest.trim_end(),
        None => s,
    };
    let (negative, body) = match s.as_bytes().first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    let (int_part, frac_part) = match body.split_once(',') {
        Some((int_part, frac)) => (int_part, Some(frac)),
        None => split_plain_decimal_dot(body),
    };
    let int_digits = parse_grouped_integer(int_part)?;
    let mut plain = String::with_capacity(body.len() + 2);
    if negative {
        plain.push('-');
    }
    plain.push_str(&int_digits);
    if let Some(frac) = frac_part {
        if !is_digits(frac) {
            return None;
        }
        plain.push('.');
        plain.push_str(frac);
    }
    plain.parse().ok()
}

/// For a number without a decimal comma: treats a single dot as a decimal
/// point unless exactly three digits follow it (then it groups thousands).
fn split_plain_decimal_dot(body: &str) -> (&str, Option<&str>) {
    match body.split_once('.') {
        Some((int_part, frac)) if !frac.contains('.') && frac.len() != 3 => (int_part, Some(frac)),
        _ => (body, None),
    }
}

/// Reads the integer part: plain digits, or 1–3 digits followed by groups
/// of `.ddd`. Returns the digits without separators.
fn parse_grouped_integer(s: &str) -> Option<String> {
    let mut groups = s.split('.');
    let first = groups.next()?;
    if !is_digits(first) {
        return None;
    }
    let mut digits = first.to_owned();
    let mut grouped = false;
    for group in groups {
        if group.len() != 3 || !is_digits(group) {
            return None;
        }
        grouped = true;
        digits.push_str(group);
    }
    if grouped && first.len() > 3 {
        return None;
    }
    Some(digits)
}

/// Whether `s` is a non-empty run of ASCII digits.
fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn format_decimal_examples() {
        assert_eq!(format_decimal(7.5, 2), "7,5");
        assert_eq!(format_decimal(8.0, 2), "8");
        assert_eq!(format_decimal(1234567.25, 2), "1.234.567,25");
        assert_eq!(format_decimal(-0.0, 2), "0");
        assert_eq!(format_decimal(0.125, 2), "0,13");
        assert_eq!(format_decimal(f64::NAN, 2), "");
        assert_eq!(format_decimal(f64::INFINITY, 2), "");
        assert_eq!(format_decimal(f64::NEG_INFINITY, 2), "");
    }

    #[test]
    fn format_decimal_rounding() {
        assert_eq!(format_decimal(-0.125, 2), "-0,13");
        assert_eq!(format_decimal(-0.001, 2), "0");
        assert_eq!(format_decimal(9.995, 2), "10");
        assert_eq!(format_decimal(999.9999, 2), "1.000");
        assert_eq!(format_decimal(1.005, 2), "1,01");
        assert_eq!(format_decimal(2.5, 0), "3");
        assert_eq!(format_decimal(-2.5, 0), "-3");
        assert_eq!(format_decimal(0.4, 0), "0");
        assert_eq!(format_decimal(1.10, 5), "1,1");
        assert_eq!(format_decimal(0.1 + 0.2, 2), "0,3");
        assert_eq!(format_decimal(1e-7, usize::MAX), "0,0000001");
    }

    #[test]
    fn format_decimal_grouping() {
        assert_eq!(format_decimal(999.0, 2), "999");
        assert_eq!(format_decimal(1000.0, 2), "1.000");
        assert_eq!(format_decimal(-1234.5, 1), "-1.234,5");
        assert_eq!(format_decimal(1e21, 0), "1.000.000.000.000.000.000.000");
        assert!(!format_decimal(f64::MAX, 2).is_empty());
    }

    #[test]
    fn format_integer_examples() {
        assert_eq!(format_integer(10000), "10.000");
        assert_eq!(format_integer(-1234), "-1.234");
        assert_eq!(format_integer(999), "999");
        assert_eq!(format_integer(0), "0");
        assert_eq!(format_integer(100_000), "100.000");
        assert_eq!(format_integer(i64::MIN), "-9.223.372.036.854.775.808");
        assert_eq!(format_integer(i64::MAX), "9.223.372.036.854.775.807");
    }

    #[test]
    fn parse_decimal_examples() {
        assert_eq!(parse_decimal("7,5"), Some(7.5));
        assert_eq!(parse_decimal("7.5"), Some(7.5));
        assert_eq!(parse_decimal("1.234,5"), Some(1234.5));
        assert_eq!(parse_decimal("1.234.567"), Some(1234567.0));
        assert_eq!(parse_decimal("10.000"), Some(10000.0));
        assert_eq!(parse_decimal("95%"), Some(95.0));
        assert_eq!(parse_decimal(" 12 "), Some(12.0));
    }

    #[test]
    fn parse_decimal_more_accepted() {
        assert_eq!(parse_decimal("-1.234,5"), Some(-1234.5));
        assert_eq!(parse_decimal("+3"), Some(3.0));
        assert_eq!(parse_decimal("12,5 %"), Some(12.5));
        assert_eq!(parse_decimal("1.234"), Some(1234.0));
        assert_eq!(parse_decimal("1.2345"), Some(1.2345));
        assert_eq!(parse_decimal("0,125"), Some(0.125));
        assert_eq!(parse_decimal("1234,5"), Some(1234.5));
    }

    #[test]
    fn parse_decimal_rejects() {
        let bad = [
            "",
            " ",
            "%",
            "-",
            "abc",
            "7,",
            ",5",
            ".5",
            "7.",
            "1,234.5",
            "1,2,3",
            "1.23.456",
            "1234.567",
            "1.234.56",
            "12.345.6789",
            "7,5,",
            "--1",
            "1 234",
            "1e5",
            "NaN",
            "inf",
            "7,5a",
            "٣",
            "95%%",
        ];
        for s in bad {
            assert_eq!(parse_decimal(s), None, "{s:?}");
        }
    }

    proptest! {
        #[test]
        fn decimal_round_trips(cents in -(1i64 << 53)..(1i64 << 53)) {
            let value = cents as f64 / 100.0;
            let text = format_decimal(value, 2);
            prop_assert_eq!(parse_decimal(&text), Some(value), "{}", text);
        }

        #[test]
        fn integer_round_trips(n in -(1i64 << 53)..(1i64 << 53)) {
            prop_assert_eq!(parse_decimal(&format_integer(n)), Some(n as f64));
        }

        #[test]
        fn parse_decimal_never_panics(s in "\\PC*") {
            let _ = parse_decimal(&s);
        }

        #[test]
        fn format_decimal_never_panics(v in proptest::num::f64::ANY, digits in 0usize..20) {
            let _ = format_decimal(v, digits);
        }
    }
}
