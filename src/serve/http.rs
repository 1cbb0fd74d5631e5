//! Answering one HTTP request from the built site in memory: URL → output
//! file, content type, the live-reload script and the error overlay. Only
//! files of the build can be answered: a URL is looked up among the output
//! paths, never joined onto a folder, so `/../`, encoded dots or absolute
//! paths cannot reach anything else.

use std::net::{IpAddr, SocketAddr};
use std::path::Path;
use std::sync::Arc;

use crate::i18n::Lang;
use crate::incremental::{Body, Outputs};

/// The script every served page loads (live reload and the error overlay).
pub const LIVE_SCRIPT_URL: &str = "/__thidua/live.js";
/// The Server-Sent Events stream of rebuilds.
pub const EVENTS_URL: &str = "/__thidua/events";
const LIVE_SCRIPT: &str = include_str!("live.js");

/// What the server shows: the last good build, and the problems of the
/// latest rebuild when it failed.
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    pub outputs: Arc<Outputs>,
    /// Counts rebuilds that changed what is served.
    pub generation: u64,
    /// The diagnostics of the failed latest rebuild, as the CLI prints them.
    pub error: Option<String>,
    /// The language of the error overlay.
    pub lang: Lang,
}

/// The answer to a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    Found {
        status: u16,
        content_type: String,
        body: Body,
    },
    Redirect(String),
    /// The event stream: handled by the server loop.
    Events,
    MethodNotAllowed,
}

/// Whether a request's `Host:` header names this server: `localhost`,
/// `127.0.0.1`, `[::1]` or the bound address, optionally with the bound
/// port. Any other name is refused, so a page of another site whose name
/// was rebound to this machine (DNS rebinding) cannot read the served
/// site. When the server listens on every interface (`0.0.0.0`, `::`), any
/// address written as digits is accepted too (a name is still refused). A
/// request without the header (HTTP/1.0) does not come from a browser and
/// is answered.
pub fn host_allowed(host: Option<&str>, addr: SocketAddr) -> bool {
    let Some(host) = host.map(str::trim) else {
        return true;
    };
    let (name, port) = match host.rsplit_once(':') {
        // `[::1]:8080`, `localhost:8080`; a bare IPv6 address has no port.
        Some((name, port)) if !name.contains(':') || name.ends_with(']') => (name, Some(port)),
        _ => (host, None),
    };
    if port.is_some_and(|p| p.parse::<u16>().ok() != Some(addr.port())) {
        return false;
    }
    let name = name.to_ascii_lowercase();
    let ip: Option<IpAddr> = match name.strip_prefix('[').and_then(|n| n.strip_suffix(']')) {
        Some(v6) => v6.parse::<std::net::Ipv6Addr>().ok().map(IpAddr::V6),
        None => name.parse::<std::net::Ipv4Addr>().ok().map(IpAddr::V4),
    };
    match ip {
        Some(ip) => ip.is_loopback() || ip == addr.ip() || addr.ip().is_unspecified(),
        None => name == "localhost" || name == "localhost.",
    }
}

/// Answer `method url` from `snapshot`.
pub fn answer(snapshot: &Snapshot, method: &str, url: &str) -> Reply {
    if method != "GET" && method != "HEAD" {
        return Reply::MethodNotAllowed;
    }
    let path = url.split(['?', '#']).next().unwrap_or("/");
    match path {
        EVENTS_URL => return Reply::Events,
        LIVE_SCRIPT_URL => {
            return Reply::Found {
                status: 200,
                content_type: "text/javascript; charset=utf-8".into(),
                body: Body::Bytes(LIVE_SCRIPT.as_bytes().into()),
            };
        }
        _ => {}
    }
    let Some(segments) = decoded_segments(path) else {
        return not_found(snapshot);
    };
    let key = segments.join("/");
    let outputs = &snapshot.outputs;
    let index = if key.is_empty() {
        "index.html".to_owned()
    } else {
        format!("{key}/index.html")
    };
    if !path.ends_with('/')
        && let Some(body) = outputs.get(key.as_str())
    {
        return found(snapshot, 200, &key, body.clone());
    }
    if let Some(body) = outputs.get(index.as_str()) {
        if !path.ends_with('/') {
            return Reply::Redirect(format!("{path}/"));
        }
        return found(snapshot, 200, &index, body.clone());
    }
    not_found(snapshot)
}

/// The path's segments, percent-decoded; `None` for anything that is not a
/// plain path inside the site (`..`, `.`, empty segments inside, back
/// slashes, NUL, invalid UTF-8).
fn decoded_segments(path: &str) -> Option<Vec<String>> {
    let rest = path.strip_prefix('/')?;
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    if rest.is_empty() {
        return Some(Vec::new());
    }
    rest.split('/')
        .map(|raw| {
            let seg = percent_encoding::percent_decode_str(raw)
                .decode_utf8()
                .ok()?
                .into_owned();
            let bad = seg.is_empty()
                || seg == "."
                || seg == ".."
                || seg.contains(['/', '\\', '\0'])
                || seg.contains(':');
            (!bad).then_some(seg)
        })
        .collect()
}

fn not_found(snapshot: &Snapshot) -> Reply {
    let body = snapshot
        .outputs
        .get("404.html")
        .cloned()
        .unwrap_or_else(|| {
            Body::Bytes(
                b"<!doctype html><title>404</title><h1>404</h1>"
                    .as_slice()
                    .into(),
            )
        });
    found(snapshot, 404, "404.html", body)
}

fn found(snapshot: &Snapshot, status: u16, key: &str, body: Body) -> Reply {
    let content_type = content_type(key);
    let body = match body {
        Body::Bytes(bytes) if content_type.starts_with("text/html") => {
            let overlay = snapshot
                .error
                .as_deref()
                .map(|e| overlay_html(e, snapshot.generation > 0, snapshot.lang));
            Body::Bytes(with_live_script(&bytes, overlay.as_deref()).into())
        }
        other => other,
    };
    Reply::Found {
        status,
        content_type,
        body,
    }
}

/// The content type of an output file, by its extension.
pub fn content_type(key: &str) -> String {
    let ext = Path::new(key)
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let mime = match ext.as_str() {
        "html" | "htm" => "text/html".to_owned(),
        "js" | "mjs" => "text/javascript".to_owned(),
        "xml" if key.ends_with("atom.xml") => "application/atom+xml".to_owned(),
        "json" if key.ends_with("feed.json") => "application/feed+json".to_owned(),
        "json" if crate::render::embed::is_oembed_file(key) => "application/json+oembed".to_owned(),
        _ => mime_guess::from_ext(&ext)
            .first_raw()
            .unwrap_or("application/octet-stream")
            .to_owned(),
    };
    let textual = mime.starts_with("text/")
        || mime.contains("json")
        || mime.contains("xml")
        || mime == "image/svg+xml";
    if textual {
        format!("{mime}; charset=utf-8")
    } else {
        mime
    }
}

/// `html` with the live-reload script, and the overlay when the latest
/// rebuild failed (so a page loaded while the site is broken shows it at
/// once, even before the script connects).
fn with_live_script(html: &[u8], overlay: Option<&str>) -> Vec<u8> {
    let mut tail = format!("<script src=\"{LIVE_SCRIPT_URL}\" defer></script>");
    if let Some(overlay) = overlay {
        tail.push_str(overlay);
    }
    let text = String::from_utf8_lossy(html);
    let at = text.rfind("</body>").unwrap_or(text.len());
    let mut out = String::with_capacity(text.len() + tail.len());
    out.push_str(&text[..at]);
    out.push_str(&tail);
    out.push_str(&text[at..]);
    out.into_bytes()
}

/// The overlay's heading and hint in `lang` (`built`: there is a last good
/// build under it).
pub fn overlay_texts(lang: Lang, built: bool) -> (String, String) {
    let title = if built {
        "cli-overlay-title-built"
    } else {
        "cli-overlay-title-unbuilt"
    };
    (lang.tr(title), lang.tr("cli-overlay-hint"))
}

/// The overlay listing a failed rebuild's diagnostics (`built`: there is a
/// last good build under it), in `lang`. `live.js` draws the same one from
/// the `error` event, whose texts come from [`error_event`].
pub fn overlay_html(text: &str, built: bool, lang: Lang) -> String {
    let (heading, hint) = overlay_texts(lang, built);
    let xml = crate::xml::escape;
    format!(
        "<div id=\"thidua-overlay\" lang=\"{}\" role=\"alertdialog\" aria-modal=\"true\" aria-labelledby=\"thidua-overlay-title\" style=\"position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.94);color:#fff;font:16px/1.5 system-ui,sans-serif;padding:2rem\"><h2 id=\"thidua-overlay-title\" style=\"margin-top:0;color:#ffb4a8\">{}</h2><p>{}</p><pre style=\"white-space:pre-wrap;font:15px/1.5 ui-monospace,monospace;background:#000;color:#fff;padding:1rem;border-radius:4px\">{}</pre></div>",
        lang.code(),
        xml(&heading),
        xml(&hint),
        xml(text)
    )
}

/// The data of the `error` event: the diagnostics and the overlay's texts
/// in the snapshot's language.
pub fn error_event(snapshot: &Snapshot) -> serde_json::Value {
    let (title, hint) = overlay_texts(snapshot.lang, snapshot.generation > 0);
    serde_json::json!({
        "generation": snapshot.generation,
        "text": snapshot.error.as_deref().unwrap_or_default(),
        "title": title,
        "hint": hint,
        "lang": snapshot.lang.code(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snapshot() -> Snapshot {
        let mut outputs = Outputs::new();
        for (k, v) in [
            ("index.html", "<html><body>home</body></html>"),
            ("tin-tuc/index.html", "<html><body>news</body></html>"),
            ("404.html", "<html><body>missing</body></html>"),
            ("css/thidua.css", "body{}"),
            ("feed.json", "{}"),
            ("tin-tuc/atom.xml", "<feed/>"),
            (
                "embed/guong-dien-hinh/a.html",
                "<html><body>card</body></html>",
            ),
            ("embed/guong-dien-hinh/a.json", "{}"),
        ] {
            outputs.insert(k.into(), Body::Bytes(v.as_bytes().into()));
        }
        Snapshot {
            outputs: Arc::new(outputs),
            generation: 1,
            error: None,
            lang: Lang::En,
        }
    }

    fn status_and_type(reply: &Reply) -> (u16, &str) {
        match reply {
            Reply::Found {
                status,
                content_type,
                ..
            } => (*status, content_type.as_str()),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn pages_and_files_with_their_types() {
        let s = snapshot();
        assert_eq!(
            status_and_type(&answer(&s, "GET", "/")),
            (200, "text/html; charset=utf-8")
        );
        assert_eq!(status_and_type(&answer(&s, "GET", "/tin-tuc/?q=1")).0, 200);
        assert_eq!(
            answer(&s, "GET", "/tin-tuc"),
            Reply::Redirect("/tin-tuc/".into())
        );
        assert_eq!(
            status_and_type(&answer(&s, "GET", "/css/thidua.css")),
            (200, "text/css; charset=utf-8")
        );
        assert_eq!(
            status_and_type(&answer(&s, "GET", "/feed.json")).1,
            "application/feed+json; charset=utf-8"
        );
        assert_eq!(
            status_and_type(&answer(&s, "GET", "/tin-tuc/atom.xml")).1,
            "application/atom+xml; charset=utf-8"
        );
        // An embeddable card and its oEmbed data, side by side.
        assert_eq!(
            status_and_type(&answer(&s, "GET", "/embed/guong-dien-hinh/a.html")),
            (200, "text/html; charset=utf-8")
        );
        assert_eq!(
            status_and_type(&answer(&s, "GET", "/embed/guong-dien-hinh/a.json")).1,
            "application/json+oembed; charset=utf-8"
        );
        assert_eq!(answer(&s, "POST", "/"), Reply::MethodNotAllowed);
    }

    #[test]
    fn nothing_outside_the_site() {
        let s = snapshot();
        for url in [
            "/../Cargo.toml",
            "/%2e%2e/thidua.yaml",
            "/tin-tuc/..%2f..%2fthidua.yaml",
            "/%2E%2E%5C%2E%2E%5Cthidua.yaml",
            "//etc/passwd",
            "/C:/Windows/win.ini",
            "/tin-tuc/%00",
            "/./index.html",
            "/nothing/here/",
        ] {
            assert_eq!(status_and_type(&answer(&s, "GET", url)).0, 404, "{url}");
        }
    }

    /// The body of a reply with bytes, as text.
    fn text_of(reply: Reply) -> String {
        match reply {
            Reply::Found {
                body: Body::Bytes(b),
                ..
            } => String::from_utf8_lossy(&b).into_owned(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn pages_get_the_script_and_the_overlay_when_broken() {
        let mut s = snapshot();
        let html = text_of(answer(&s, "GET", "/"));
        assert!(html.contains(LIVE_SCRIPT_URL) && !html.contains("thidua-overlay"));
        assert!(html.ends_with("</body></html>"));
        s.error = Some("content/news/a.md:3:8: error: <bad> & wrong".into());
        let html = text_of(answer(&s, "GET", "/"));
        assert!(html.contains("thidua-overlay"));
        assert!(html.contains("content/news/a.md:3:8: error: &lt;bad&gt; &amp; wrong"));
        assert_eq!(
            text_of(answer(&s, "GET", "/css/thidua.css")),
            "body{}",
            "only pages are changed"
        );
    }

    #[test]
    fn the_overlay_speaks_the_chosen_language() {
        let mut s = snapshot();
        s.error = Some("content/news/a.md:3:8: lỗi[T0203]: thiếu khóa".into());
        s.lang = Lang::Vi;
        let html = text_of(answer(&s, "GET", "/"));
        assert!(html.contains("lang=\"vi\""));
        assert!(html.contains(
            ">Lỗi khi dựng lại trang — trang đang hiển thị là bản dựng tốt gần nhất</h2>"
        ));
        assert!(html.contains("<p>Sửa các lỗi dưới đây rồi lưu tệp; trang sẽ tự tải lại.</p>"));
        s.lang = Lang::En;
        s.generation = 0;
        let html = text_of(answer(&s, "GET", "/"));
        assert!(html.contains(">The site could not be built</h2>"), "{html}");
        assert!(html.contains("the page reloads by itself"));
        let event = error_event(&s);
        assert_eq!(event["title"], "The site could not be built");
        assert_eq!(event["lang"], "en");
        assert_eq!(
            event["text"],
            "content/news/a.md:3:8: lỗi[T0203]: thiếu khóa"
        );
        // live.js takes its words from the event, not from itself.
        assert!(LIVE_SCRIPT.contains("data.title") && !LIVE_SCRIPT.contains("Lỗi khi"));
    }

    #[test]
    fn only_this_servers_host_names_are_answered() {
        let addr: SocketAddr = "127.0.0.1:8123".parse().unwrap();
        for ok in [
            None,
            Some("localhost"),
            Some("localhost:8123"),
            Some("LOCALHOST:8123"),
            Some("127.0.0.1:8123"),
            Some("127.0.0.1"),
            Some("[::1]:8123"),
            Some("[::1]"),
        ] {
            assert!(host_allowed(ok, addr), "{ok:?}");
        }
        for bad in [
            "evil.example:8123",
            "evil.example",
            "localhost.evil.example:8123",
            "127.0.0.1.nip.io:8123",
            "localhost:8124",
            "192.168.1.20:8123",
            "[::2]:8123",
            "",
            ":8123",
        ] {
            assert!(!host_allowed(Some(bad), addr), "{bad}");
        }
        let lan: SocketAddr = "192.168.1.20:8123".parse().unwrap();
        assert!(host_allowed(Some("192.168.1.20:8123"), lan));
        assert!(!host_allowed(Some("evil.example:8123"), lan));
        let any: SocketAddr = "0.0.0.0:8123".parse().unwrap();
        assert!(host_allowed(Some("10.0.0.5:8123"), any));
        assert!(!host_allowed(Some("rebound.example:8123"), any));
    }
}
