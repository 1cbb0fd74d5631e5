//! `thidua serve`: build in memory, serve the result on loopback, watch the
//! site's files and rebuild what an edit changes ([`crate::incremental`]),
//! then tell open pages to reload (Server-Sent Events). A failed rebuild
//! keeps the last good build and shows its diagnostics over the page.

pub mod http;
pub mod watch;

use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, PoisonError, RwLock};
use std::time::Duration;

use anyhow::Result;

use crate::build::{BuildError, BuildOptions};
use crate::i18n::{Lang, Localized};
use crate::incremental::{Body, Outputs, Rebuilt, Session};
use crate::msg;
use crate::source::DiskFs;

use http::{Reply, Snapshot};

/// What `thidua serve` was asked for.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub root: PathBuf,
    pub bind: IpAddr,
    /// First port to try; the next free one is taken if it is busy.
    pub port: u16,
    pub build: BuildOptions,
    /// The language of everything printed and of the error overlay.
    pub lang: crate::i18n::Lang,
}

/// How many ports after `port` are tried.
const PORT_TRIES: u16 = 50;

/// The state shared by the rebuild loop and the request threads.
#[derive(Default)]
pub struct Shared {
    snapshot: RwLock<Snapshot>,
    listeners: Mutex<Vec<Sender<String>>>,
    /// Event streams open now (at most [`MAX_EVENT_STREAMS`]).
    streams: std::sync::atomic::AtomicUsize,
}

/// How many pages may hold an event stream at once; beyond, 503.
pub const MAX_EVENT_STREAMS: usize = 256;

/// How often an idle event stream gets a keep-alive comment: writing is
/// what notices a closed connection, so its thread ends within about this.
const KEEP_ALIVE: Duration = Duration::from_secs(1);

/// Counts one open event stream while it lives.
struct StreamSlot<'a>(&'a std::sync::atomic::AtomicUsize);

impl Drop for StreamSlot<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
    }
}

impl Shared {
    /// A place for one more event stream, if fewer than the cap are open.
    fn stream_slot(&self) -> Option<StreamSlot<'_>> {
        use std::sync::atomic::Ordering;
        self.streams
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| {
                (n < MAX_EVENT_STREAMS).then_some(n + 1)
            })
            .ok()
            .map(|_| StreamSlot(&self.streams))
    }
}

impl Shared {
    pub fn snapshot(&self) -> Snapshot {
        self.snapshot
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    fn update(&self, f: impl FnOnce(&mut Snapshot)) -> Snapshot {
        let mut s = self
            .snapshot
            .write()
            .unwrap_or_else(PoisonError::into_inner);
        f(&mut s);
        s.clone()
    }

    /// Send one event to every open page; forget pages that went away.
    fn broadcast(&self, event: &str, data: &serde_json::Value) {
        let message = format!("event: {event}\ndata: {data}\n\n");
        self.listeners
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .retain(|l| l.send(message.clone()).is_ok());
    }

    fn subscribe(&self) -> Receiver<String> {
        let (tx, rx) = mpsc::channel();
        let mut listeners = self
            .listeners
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        // Forget the pages that went away since the last event (an empty
        // message is not written), so many short visits do not pile up.
        listeners.retain(|l| l.send(String::new()).is_ok());
        listeners.push(tx);
        rx
    }
}

/// Build, serve and watch until the process is stopped.
pub fn run(opts: &ServeOptions) -> Result<()> {
    let root = opts.root.clone();
    if !root.join("thidua.yaml").is_file() {
        return Err(Localized(msg!("cli-serve-no-config", root = &root)).into());
    }
    let (server, addr) = bind(opts.bind, opts.port)?;
    let shared = Arc::new(Shared::default());
    shared.update(|s| s.lang = opts.lang);
    let fs = DiskFs::new(&root);
    let mut session = Session::new(opts.build.clone());
    let changes = watch::start(&root)?;
    rebuild(&mut session, &fs, &[], &shared, &|| false, opts.lang);
    let url = format!("http://{addr}/");
    println!(
        "{}",
        opts.lang
            .format(&msg!("cli-serve-ready", url = url.as_str(), root = &root))
    );
    std::io::stdout().flush().ok();
    let server = Arc::new(server);
    {
        let (server, shared, root) = (server.clone(), shared.clone(), root.clone());
        std::thread::spawn(move || accept(&server, &shared, &root, addr));
    }
    // Batches that arrived while the pages were being rebuilt: the next
    // rebuild starts at once and the site-wide files wait for it.
    let waiting: std::cell::RefCell<Vec<PathBuf>> = std::cell::RefCell::default();
    loop {
        let mut touched = std::mem::take(&mut *waiting.borrow_mut());
        if touched.is_empty() {
            match changes.recv() {
                Ok(batch) => touched = batch,
                Err(_) => return Ok(()),
            }
        }
        let more_waiting = || {
            let mut waiting = waiting.borrow_mut();
            while let Ok(batch) = changes.try_recv() {
                waiting.extend(batch);
            }
            !waiting.is_empty()
        };
        rebuild(
            &mut session,
            &fs,
            &touched,
            &shared,
            &more_waiting,
            opts.lang,
        );
    }
}

/// Listen on `port` or the next free port after it.
fn bind(ip: IpAddr, port: u16) -> Result<(tiny_http::Server, SocketAddr)> {
    let mut last = None;
    for p in port..port.saturating_add(PORT_TRIES) {
        let addr = SocketAddr::new(ip, p);
        match tiny_http::Server::http(addr) {
            Ok(server) => {
                let addr = server.server_addr().to_ip().unwrap_or(addr);
                return Ok((server, addr));
            }
            Err(e) => last = Some(e),
        }
    }
    let context = Localized(msg!(
        "cli-serve-no-port",
        from = port,
        to = port.saturating_add(PORT_TRIES - 1)
    ));
    Err(match last {
        Some(e) => anyhow::anyhow!(e.to_string()).context(context),
        None => context.into(),
    })
}

/// Rebuild, publish the result and tell the pages.
fn rebuild(
    session: &mut Session,
    fs: &DiskFs,
    touched: &[PathBuf],
    shared: &Shared,
    more_waiting: &dyn Fn() -> bool,
    lang: Lang,
) {
    let first = session.outputs().is_none();
    let was_broken = shared.snapshot().error.is_some();
    let mut announced = false;
    let mut announce = |outputs: &Arc<Outputs>, report: &Rebuilt| {
        if !first && report.changed.is_empty() && report.removed.is_empty() && !was_broken {
            return;
        }
        announced = true;
        let snapshot = shared.update(|s| {
            s.outputs = outputs.clone();
            s.generation += 1;
            s.error = None;
        });
        reload_event(shared, snapshot.generation, report, report.pages_elapsed);
    };
    let attempt = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        session.rebuild(fs, touched, &mut announce, more_waiting)
    }));
    let result = attempt.unwrap_or_else(|_| {
        // A bug, not the content: start afresh so the next save rebuilds
        // everything, and keep serving the last good build meanwhile.
        *session = Session::new(session.options().clone());
        Err(BuildError::Io(Localized(msg!("cli-serve-internal")).into()))
    });
    match result {
        Ok(report) => {
            if let Some(outputs) = session.outputs() {
                let snapshot = shared.update(|s| {
                    s.outputs = outputs.clone();
                    if !announced && !report.changed.is_empty() {
                        s.generation += 1;
                    }
                });
                // Only copied files changed (a stylesheet, an image): the
                // pages reload now that they are served.
                if !announced && !report.changed.is_empty() {
                    reload_event(shared, snapshot.generation, &report, report.elapsed);
                }
            }
            if !report.warnings.is_empty() {
                eprint!("{}", report.warnings.render(lang));
            }
            let snapshot = shared.snapshot();
            if !report.site_files_deferred {
                // Everything served now equals a fresh full build.
                shared.broadcast(
                    "ready",
                    &serde_json::json!({ "generation": snapshot.generation }),
                );
            }
            let yes_no = |b: bool| if b { "yes" } else { "no" };
            println!(
                "{}",
                lang.format(&msg!(
                    "cli-serve-rebuilt",
                    first = yes_no(first),
                    ms = millis(report.elapsed),
                    pages_ms = millis(report.pages_elapsed),
                    rendered = report.rendered,
                    pages = report.pages,
                    changed = report.changed.len(),
                    removed = report.removed.len(),
                    deferred = yes_no(report.site_files_deferred),
                ))
            );
        }
        Err(e) => {
            let text = match &e {
                BuildError::Content(d) => d.render(lang),
                BuildError::Io(e) => format!(
                    "{}\n",
                    lang.format(&msg!(
                        "cli-error-line",
                        text = crate::i18n::format_error(lang, e)
                    ))
                ),
            };
            eprint!("{text}");
            let next = if shared.snapshot().generation > 0 {
                "cli-serve-still-serving"
            } else {
                "cli-serve-not-built"
            };
            eprintln!("{}", lang.tr(next));
            let snapshot = shared.update(|s| s.error = Some(text.clone()));
            shared.broadcast("error", &http::error_event(&snapshot));
        }
    }
    std::io::stdout().flush().ok();
}

/// Milliseconds, for the printed lines.
fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

/// Tell the pages what a rebuild changed (the first 200 paths of each kind).
fn reload_event(shared: &Shared, generation: u64, report: &Rebuilt, took: Duration) {
    const SHOWN: usize = 200;
    let changed: Vec<&String> = report.changed.iter().take(SHOWN).collect();
    let removed: Vec<&String> = report.removed.iter().take(SHOWN).collect();
    shared.broadcast(
        "reload",
        &serde_json::json!({
            "generation": generation,
            "ms": took.as_secs_f64() * 1000.0,
            "pages": report.rendered,
            "changed": changed,
            "removed": removed,
            "more": report.changed.len() > SHOWN || report.removed.len() > SHOWN,
        }),
    );
}

/// Answer requests, one thread each (event streams stay open).
fn accept(server: &tiny_http::Server, shared: &Arc<Shared>, root: &Path, addr: SocketAddr) {
    for request in server.incoming_requests() {
        let (shared, root) = (shared.clone(), root.to_path_buf());
        std::thread::spawn(move || respond(request, &shared, &root, addr));
    }
}

fn header(name: &str, value: &str) -> tiny_http::Header {
    tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes())
        .unwrap_or_else(|_| unreachable!("ASCII header"))
}

fn respond(request: tiny_http::Request, shared: &Shared, root: &Path, addr: SocketAddr) {
    let snapshot = shared.snapshot();
    let host = request
        .headers()
        .iter()
        .find(|h| h.field.equiv("Host"))
        .map(|h| h.value.as_str().to_owned());
    if !http::host_allowed(host.as_deref(), addr) {
        let text = snapshot.lang.tr("claims-serve-wrong-host");
        let _ = request.respond(
            tiny_http::Response::from_string(text)
                .with_status_code(421)
                .with_header(header("Content-Type", "text/plain; charset=utf-8")),
        );
        return;
    }
    let method = request.method().as_str().to_owned();
    let reply = http::answer(&snapshot, &method, request.url());
    let no_store = header("Cache-Control", "no-store");
    let result = match reply {
        Reply::Events => {
            match shared.stream_slot() {
                Some(slot) => stream_events(request, shared, slot),
                None => {
                    let text = snapshot.lang.tr("claims-serve-too-many-streams");
                    let _ = request.respond(
                        tiny_http::Response::from_string(text)
                            .with_status_code(503)
                            .with_header(header("Content-Type", "text/plain; charset=utf-8"))
                            .with_header(header("Retry-After", "5")),
                    );
                }
            }
            return;
        }
        Reply::Redirect(location) => request.respond(
            tiny_http::Response::empty(301)
                .with_header(header("Location", &location))
                .with_header(no_store),
        ),
        Reply::MethodNotAllowed => request.respond(
            tiny_http::Response::from_string("method not allowed")
                .with_status_code(405)
                .with_header(header("Allow", "GET, HEAD")),
        ),
        Reply::Found {
            status,
            content_type,
            body,
        } => {
            let headers = [header("Content-Type", &content_type), no_store];
            match body {
                Body::Bytes(bytes) => {
                    let mut response =
                        tiny_http::Response::from_data(bytes.to_vec()).with_status_code(status);
                    for h in headers {
                        response.add_header(h);
                    }
                    request.respond(response)
                }
                Body::Copy(src) => match std::fs::File::open(root.join(&src)) {
                    Ok(file) => {
                        let mut response =
                            tiny_http::Response::from_file(file).with_status_code(status);
                        for h in headers {
                            response.add_header(h);
                        }
                        request.respond(response)
                    }
                    // Deleted since the last build: the next one drops it.
                    Err(_) => request.respond(tiny_http::Response::empty(404)),
                },
            }
        }
    };
    // The browser may have gone away: nothing to do.
    let _ = result;
}

/// Keep an event stream open: `hello` at once (and the overlay's text if
/// the site is broken), then every rebuild's event, with a keep-alive
/// comment every [`KEEP_ALIVE`] so a closed connection is noticed (and its
/// thread ends) within a second or two; `_slot` counts the stream open.
fn stream_events(request: tiny_http::Request, shared: &Shared, _slot: StreamSlot<'_>) {
    let rx = shared.subscribe();
    let snapshot = shared.snapshot();
    let mut out = request.into_writer();
    let mut first = String::from(
        "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n",
    );
    first.push_str(&format!(
        "event: hello\ndata: {}\n\n",
        serde_json::json!({ "generation": snapshot.generation, "ok": snapshot.error.is_none() })
    ));
    if snapshot.error.is_some() {
        first.push_str(&format!(
            "event: error\ndata: {}\n\n",
            http::error_event(&snapshot)
        ));
    }
    if out
        .write_all(first.as_bytes())
        .and_then(|()| out.flush())
        .is_err()
    {
        return;
    }
    let mut written = std::time::Instant::now();
    loop {
        let wait = KEEP_ALIVE.saturating_sub(written.elapsed());
        let message = match rx.recv_timeout(wait) {
            // Only a check that this page is still listening.
            Ok(m) if m.is_empty() => continue,
            Ok(m) => m,
            Err(mpsc::RecvTimeoutError::Timeout) => ": keep-alive\n\n".to_owned(),
            Err(mpsc::RecvTimeoutError::Disconnected) => return,
        };
        if out
            .write_all(message.as_bytes())
            .and_then(|()| out.flush())
            .is_err()
        {
            return;
        }
        written = std::time::Instant::now();
    }
}
