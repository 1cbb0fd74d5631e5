//! Classification of link and image destinations: which ones go to the
//! [`LinkResolver`](super::LinkResolver), which ones are external, and which
//! schemes are unsafe to emit.

/// What the renderer should do with a destination as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum DestinationKind {
    /// Absolute URL, root-relative path, fragment or empty: emitted as is.
    Absolute,
    /// A relative reference such as `../a.md` or `anh.jpg`: ask the resolver.
    Relative,
    /// `javascript:`, `vbscript:` or a non-image `data:` URL: replaced by `#`.
    Unsafe,
}

/// Classifies a destination. Control characters and spaces are ignored while
/// reading the scheme, so `java\tscript:` is still seen as `javascript:`.
pub(super) fn classify(destination: &str) -> DestinationKind {
    if let Some((scheme, rest)) = split_scheme(destination) {
        let unsafe_scheme = match scheme.as_str() {
            "javascript" | "vbscript" => true,
            "data" => !is_image_data(rest),
            _ => false,
        };
        return if unsafe_scheme {
            DestinationKind::Unsafe
        } else {
            DestinationKind::Absolute
        };
    }
    let trimmed = destination.trim_start_matches(is_ignorable);
    match trimmed.chars().next() {
        None | Some('/' | '\\' | '#') => DestinationKind::Absolute,
        Some(_) => DestinationKind::Relative,
    }
}

/// True for `http:`/`https:` URLs and protocol-relative `//host` ones.
pub(super) fn is_external(href: &str) -> bool {
    if let Some((scheme, _)) = split_scheme(href) {
        return scheme == "http" || scheme == "https";
    }
    href.trim_start_matches(is_ignorable).starts_with("//")
}

fn is_ignorable(c: char) -> bool {
    c.is_ascii_control() || c == ' '
}

/// Splits off a URL scheme (lowercased) and returns the text after its `:`.
/// A scheme starts with an ASCII letter and continues with letters, digits,
/// `+`, `-` or `.`; anything else before the first `:` means "no scheme".
fn split_scheme(url: &str) -> Option<(String, &str)> {
    let mut scheme = String::new();
    for (i, c) in url.char_indices() {
        match c {
            c if is_ignorable(c) => {}
            ':' if !scheme.is_empty() => return Some((scheme, &url[i + 1..])),
            c if c.is_ascii_alphabetic() => scheme.push(c.to_ascii_lowercase()),
            '0'..='9' | '+' | '-' | '.' if !scheme.is_empty() => scheme.push(c),
            _ => return None,
        }
    }
    None
}

fn is_image_data(rest: &str) -> bool {
    let rest = rest.trim_start_matches(is_ignorable);
    rest.get(..6)
        .is_some_and(|prefix| prefix.eq_ignore_ascii_case("image/"))
}
