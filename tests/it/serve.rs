//! `thidua serve` driven over HTTP on loopback: pages, content types, paths
//! that try to leave the site, live-reload events, the error overlay, and
//! surviving renames, deletes, editors' temp files and a save storm.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// A running `thidua serve`, stopped when dropped.
struct Server {
    child: Child,
    port: u16,
    /// Lines the server printed on stdout after the start.
    lines: mpsc::Receiver<String>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A port unlikely to be taken (the server moves on if it is).
fn some_port() -> u16 {
    20000 + (std::process::id() % 20000) as u16
}

fn start(root: &Path, port: u16) -> Server {
    start_in("en", root, port)
}

/// `thidua serve` speaking `lang`.
fn start_in(lang: &str, root: &Path, port: u16) -> Server {
    let child = Command::new(env!("CARGO_BIN_EXE_thidua"))
        .env("THIDUA_LANG", lang)
        .args([
            "serve",
            "--root",
            root.to_str().unwrap(),
            "--today",
            "2026-11-23",
        ])
        .args(["--port", &port.to_string()])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let (tx, rx) = mpsc::channel();
    // Killed and waited for on drop, also if the start fails below.
    let mut server = Server {
        child,
        port: 0,
        lines: rx,
    };
    let stdout = server.child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                return;
            }
        }
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let line = server
            .lines
            .recv_timeout(left)
            .expect("serve prints its address");
        if let Some(rest) = line.split("http://127.0.0.1:").nth(1) {
            server.port = rest.split('/').next().unwrap().parse().unwrap();
            return server;
        }
    }
}

struct Response {
    status: u16,
    headers: String,
    body: String,
}

/// A raw HTTP/1.1 GET, so that the path reaches the server exactly as written.
fn get(port: u16, path: &str) -> Response {
    get_with_host(port, path, "localhost")
}

/// The live-reload event stream.
struct Events {
    stream: TcpStream,
    buffer: String,
}

impl Events {
    fn open(port: u16) -> Events {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        write!(
            stream,
            "GET /__thidua/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n"
        )
        .unwrap();
        stream
            .set_read_timeout(Some(Duration::from_millis(200)))
            .unwrap();
        Events {
            stream,
            buffer: String::new(),
        }
    }

    /// The next event (name, data) within `wait`, skipping keep-alives.
    fn next(&mut self, wait: Duration) -> Option<(String, String)> {
        let deadline = Instant::now() + wait;
        loop {
            if let Some(at) = self.buffer.find("\n\n") {
                let block: String = self.buffer.drain(..at + 2).collect();
                let mut name = String::new();
                let mut data = String::new();
                for line in block.lines() {
                    if let Some(v) = line.strip_prefix("event: ") {
                        name = v.to_owned();
                    } else if let Some(v) = line.strip_prefix("data: ") {
                        data.push_str(v);
                    }
                }
                if !name.is_empty() {
                    return Some((name, data));
                }
                continue;
            }
            if Instant::now() > deadline {
                return None;
            }
            let mut chunk = [0u8; 8192];
            match self.stream.read(&mut chunk) {
                Ok(0) => return None,
                Ok(n) => self.buffer.push_str(&String::from_utf8_lossy(&chunk[..n])),
                Err(_) => {} // timeout: check the deadline
            }
        }
    }

    /// Wait for an event named `name`, returning its data.
    fn wait_for(&mut self, name: &str, wait: Duration) -> String {
        let deadline = Instant::now() + wait;
        while let Some((n, data)) = self.next(deadline.saturating_duration_since(Instant::now())) {
            if n == name {
                return data;
            }
        }
        panic!("no `{name}` event within {wait:?}");
    }
}

const WAIT: Duration = Duration::from_secs(20);
const PAGE: &str = "/guong-dien-hinh/nguyen-van-an/";

fn exemplar(root: &Path) -> std::path::PathBuf {
    root.join("content/exemplars/nguyen-van-an.md")
}

#[test]
fn serves_pages_with_types_and_nothing_outside_the_site() {
    let dir = crate::support::site_on_disk();
    let server = start(dir.path(), some_port());
    let home = get(server.port, "/");
    assert_eq!(home.status, 200);
    assert!(
        home.headers
            .contains("content-type: text/html; charset=utf-8")
    );
    assert!(
        home.body.contains("/__thidua/live.js"),
        "pages load the live-reload script"
    );
    assert_eq!(get(server.port, "/__thidua/live.js").status, 200);
    let page = get(server.port, PAGE);
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Nguyễn Văn An"));
    let redirect = get(server.port, "/guong-dien-hinh/nguyen-van-an");
    assert_eq!(redirect.status, 301);
    assert!(
        redirect
            .headers
            .contains("location: /guong-dien-hinh/nguyen-van-an/")
    );
    let pdf = get(server.port, "/van-ban/ke-hoach-1/ke-hoach-33.pdf");
    assert_eq!(pdf.status, 200, "a document's attached file");
    assert!(pdf.headers.contains("content-type: application/pdf"));
    let feed = get(server.port, "/feed.json");
    assert!(
        feed.headers.contains("application/feed+json"),
        "{}",
        feed.headers
    );
    for escape in [
        "/../thidua.yaml",
        "/%2e%2e/thidua.yaml",
        "/guong-dien-hinh/..%2f..%2fthidua.yaml",
        "/%2E%2E%5Cthidua.yaml",
        "//etc/passwd",
        "/content/exemplars/nguyen-van-an.md",
        "/thidua.yaml",
        "/khong-co-trang-nay/",
    ] {
        let r = get(server.port, escape);
        assert_eq!(r.status, 404, "{escape}");
        assert!(
            !r.body.contains("base_url"),
            "{escape} must not show the config"
        );
    }
    // A second server on the same port moves to the next free one.
    let other = start(dir.path(), server.port);
    assert_ne!(other.port, server.port);
    assert_eq!(get(other.port, "/").status, 200);
}

#[test]
fn edits_reload_the_page_and_errors_show_an_overlay_until_fixed() {
    let dir = crate::support::site_on_disk();
    let server = start(dir.path(), some_port() + 100);
    let mut events = Events::open(server.port);
    let hello = events.wait_for("hello", WAIT);
    assert!(hello.contains("\"ok\":true"), "{hello}");

    // A saved edit: a reload event, then the new text is served.
    let file = exemplar(dir.path());
    let original = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        format!("{original}\nĐoạn mới viết trong lúc xem thử.\n"),
    )
    .unwrap();
    let reload = events.wait_for("reload", WAIT);
    assert!(
        reload.contains("guong-dien-hinh/nguyen-van-an/index.html"),
        "{reload}"
    );
    assert!(
        get(server.port, PAGE)
            .body
            .contains("Đoạn mới viết trong lúc xem thử.")
    );

    // A broken edit: the diagnostics as the CLI prints them, the last good
    // page still served with the overlay over it.
    std::fs::write(&file, original.replacen("title:", "title: [", 1)).unwrap();
    let error = events.wait_for("error", WAIT);
    assert!(
        error.contains("content/exemplars/nguyen-van-an.md:"),
        "{error}"
    );
    assert!(error.contains(": error[T0106]: "), "{error}");
    assert!(
        error.contains("\"title\":\"The rebuild failed — the page shown is the last good build\""),
        "{error}"
    );
    let page = get(server.port, PAGE);
    assert_eq!(page.status, 200, "the last good build is still served");
    assert!(
        page.body
            .contains("The rebuild failed — the page shown is the last good build")
    );
    assert!(page.body.contains("Đoạn mới viết trong lúc xem thử."));
    assert!(page.body.contains("id=\"thidua-overlay\""));
    assert!(page.body.contains("content/exemplars/nguyen-van-an.md:"));
    // A page opened now gets the error at once on its event stream.
    let mut late = Events::open(server.port);
    late.wait_for("hello", WAIT);
    assert!(late.wait_for("error", WAIT).contains("nguyen-van-an.md"));

    // Fixing it reloads and removes the overlay.
    std::fs::write(&file, &original).unwrap();
    events.wait_for("reload", WAIT);
    let page = get(server.port, PAGE);
    assert!(!page.body.contains("thidua-overlay"));
    assert!(!page.body.contains("Đoạn mới viết trong lúc xem thử."));
}

#[test]
fn survives_renames_deletes_temp_files_and_a_save_storm() {
    let dir = crate::support::site_on_disk();
    let server = start(dir.path(), some_port() + 200);
    let mut events = Events::open(server.port);
    events.wait_for("hello", WAIT);
    let news_dir = dir.path().join("content/news");
    let news = news_dir.join("khai-truong.md");
    let stem = "khai-truong";
    assert_eq!(get(server.port, &format!("/tin-tuc/{stem}/")).status, 200);

    // Rename: the old URL goes, the new one comes.
    let renamed = news_dir.join("tin-da-doi-ten.md");
    std::fs::rename(&news, &renamed).unwrap();
    events.wait_for("reload", WAIT);
    assert_eq!(get(server.port, &format!("/tin-tuc/{stem}/")).status, 404);
    assert_eq!(get(server.port, "/tin-tuc/tin-da-doi-ten/").status, 200);

    // Delete.
    std::fs::remove_file(&renamed).unwrap();
    events.wait_for("reload", WAIT);
    events.wait_for("ready", WAIT);
    assert_eq!(get(server.port, "/tin-tuc/tin-da-doi-ten/").status, 404);

    // Editors' temporary files never trigger a rebuild.
    for temp in [
        "~$nguyen-van-an.md",
        ".nguyen-van-an.md.swp",
        "4913",
        "nguyen-van-an.md~",
    ] {
        std::fs::write(dir.path().join("content/exemplars").join(temp), "rác").unwrap();
    }
    if let Some((name, data)) = events.next(Duration::from_millis(1500)) {
        panic!("temp files caused `{name}`: {data}");
    }

    // A stylesheet alone: served at once, and pages reload for it.
    std::fs::create_dir_all(dir.path().join("static/css")).unwrap();
    events.wait_for("ready", WAIT);
    std::fs::write(dir.path().join("static/css/rieng.css"), "body{color:#111}").unwrap();
    let reload = events.wait_for("reload", WAIT);
    assert!(reload.contains("css/rieng.css"), "{reload}");
    let css = get(server.port, "/css/rieng.css");
    assert_eq!(css.status, 200);
    assert!(css.headers.contains("content-type: text/css"));
    assert_eq!(css.body, "body{color:#111}");

    // A storm of 1,000 saves: the server keeps up and ends on the last one.
    let file = exemplar(dir.path());
    let original = std::fs::read_to_string(&file).unwrap();
    for i in 0..1000 {
        std::fs::write(&file, format!("{original}\nLần lưu số {i}.\n")).unwrap();
    }
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        assert!(Instant::now() < deadline, "the last save never showed");
        if get(server.port, PAGE).body.contains("Lần lưu số 999.") {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let rebuilds = server
        .lines
        .try_iter()
        .filter(|l| l.starts_with("Rebuilt"))
        .count();
    assert!(rebuilds < 200, "saves are debounced ({rebuilds} rebuilds)");
    assert_eq!(get(server.port, "/").status, 200);
}

#[test]
fn live_reload_and_overlay_in_headless_chromium() {
    if !crate::support::can_run(
        "live_reload_and_overlay_in_headless_chromium",
        crate::search::browser_missing(),
    ) {
        return;
    }
    let dir = crate::support::site_on_disk();
    let server = start(dir.path(), some_port() + 300);
    let base = format!("http://127.0.0.1:{}/", server.port);
    let (ok, report) = crate::search::run_node_with(
        "tests/browser/live.mjs",
        &[base.as_ref(), dir.path().as_os_str()],
    );
    assert!(ok, "live reload checks failed:\n{report}");
    let _ = writeln!(
        std::io::stderr(),
        "{}",
        report.lines().last().unwrap_or_default()
    );
}

#[test]
fn serve_speaks_vietnamese_by_default() {
    let dir = crate::support::site_on_disk();
    let file = exemplar(dir.path());
    let original = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, original.replacen("title:", "title: [", 1)).unwrap();
    let server = start_in("vi", dir.path(), some_port() + 400);
    let page = get(server.port, "/");
    assert!(
        page.body.contains(">Chưa dựng được trang</h2>"),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains("Sửa các lỗi dưới đây rồi lưu tệp; trang sẽ tự tải lại.")
    );
    assert!(page.body.contains("content/exemplars/nguyen-van-an.md:"));
    assert!(page.body.contains(": lỗi"), "{}", page.body);
    let mut events = Events::open(server.port);
    events.wait_for("hello", WAIT);
    let error = events.wait_for("error", WAIT);
    assert!(
        error.contains("\"title\":\"Chưa dựng được trang\""),
        "{error}"
    );
    // Fixed: the build line is in Vietnamese too.
    std::fs::write(&file, &original).unwrap();
    events.wait_for("reload", WAIT);
    let deadline = Instant::now() + WAIT;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let line = server.lines.recv_timeout(left).expect("a rebuilt line");
        if line.starts_with("Đã dựng") {
            assert!(line.contains(" ms (các trang xong sau "), "{line}");
            break;
        }
    }
}

/// A raw GET with the given `Host:` header.
fn get_with_host(port: u16, path: &str, host: &str) -> Response {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    Response {
        status,
        headers: head.to_ascii_lowercase(),
        body: body.to_owned(),
    }
}

#[test]
fn serve_answers_only_its_own_host_names_against_dns_rebinding() {
    let dir = crate::support::site_on_disk();
    let server = start(dir.path(), some_port() + 500);
    let port = server.port;
    for host in [
        format!("localhost:{port}"),
        format!("127.0.0.1:{port}"),
        format!("[::1]:{port}"),
        "localhost".to_owned(),
    ] {
        assert_eq!(get_with_host(port, "/", &host).status, 200, "{host}");
    }
    for host in [
        format!("evil.example:{port}"),
        format!("localhost.evil.example:{port}"),
        format!("127.0.0.1.nip.io:{port}"),
        "evil.example".to_owned(),
    ] {
        for path in ["/", PAGE, "/feed.json", "/__thidua/events"] {
            let Response { status, body, .. } = get_with_host(port, path, &host);
            assert_eq!(status, 421, "{host} {path}");
            assert!(body.contains("localhost"), "{body}");
            assert!(!body.contains("Nguyễn Văn An"), "{body}");
        }
    }
}

/// `n` event streams, each opened once the previous one said hello (a
/// burst of connections can starve in tiny_http's pool of connection
/// threads, which counts idle threads before they have taken a queued one).
fn open_streams(port: u16, n: usize) -> Vec<Events> {
    (0..n)
        .map(|_| {
            let mut s = Events::open(port);
            s.wait_for("hello", WAIT);
            s
        })
        .collect()
}

/// Threads of process `pid` (Linux).
#[cfg(target_os = "linux")]
fn threads_of(pid: u32) -> usize {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("Threads:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

#[cfg(target_os = "linux")]
#[test]
fn closed_event_streams_end_their_threads_within_seconds() {
    let dir = crate::support::site_on_disk();
    let server = start(dir.path(), some_port() + 600);
    let pid = server.child.id();
    let before = threads_of(pid);
    let streams = open_streams(server.port, 150);
    let open = threads_of(pid);
    assert!(open >= before + 150, "{before} → {open}");
    drop(streams);
    // The server's own thread of a stream ends within a second or two;
    // the HTTP library's connection thread idles 5 s in its pool first.
    // (Before the fix they stayed about 30 s; 20 s leaves room for a busy
    // CI machine.)
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let now = threads_of(pid);
        if now <= before + 5 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "threads of closed streams still there after 20 s: {before} → {open} → {now}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    // The server still answers.
    assert_eq!(get(server.port, "/").status, 200);
}

#[test]
fn event_streams_beyond_the_cap_get_503() {
    let dir = crate::support::site_on_disk();
    let server = start(dir.path(), some_port() + 700);
    let mut streams = open_streams(server.port, 256);
    let Response { status, body, .. } = get(server.port, "/__thidua/events");
    assert_eq!(status, 503, "{body}");
    assert!(body.contains("tabs"), "{body}");
    // Pages are still served, and a closed stream frees its place.
    assert_eq!(get(server.port, "/").status, 200);
    streams.truncate(200);
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let mut s = Events::open(server.port);
        if s.next(Duration::from_secs(2))
            .is_some_and(|(n, _)| n == "hello")
        {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "no place freed after closing streams"
        );
        std::thread::sleep(Duration::from_millis(300));
    }
}
