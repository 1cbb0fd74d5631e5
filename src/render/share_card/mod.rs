//! Share cards: the 1200×630 PNG that Facebook, Zalo and X show when a page
//! is shared (`og:image`, JSON-LD `image`, oEmbed `thumbnail_url`). Every
//! exemplar, campaign, anniversary, event, decision and consultation has
//! one (kind, title, locality or date, the site's name, an exemplar's
//! portrait), and so has the home page, the card of every other page.
//! They sit at `/anh-chia-se/<page's path>.png` ([`reserved::SHARE_CARDS`]).
//!
//! Drawing a card takes milliseconds, so each is drawn once per content
//! change and kept in the site folder, in [`CACHE_DIR`], named by the hash
//! of everything its pixels depend on ([`Card::key`]: the text, the
//! portrait's file and stamp, font, renderer and layout versions). A build
//! copies cached cards ([`OutputContent::Copy`]) and draws the missing ones
//! in parallel, each written to a temporary file and renamed, so a killed
//! or concurrent build never leaves a broken PNG; cards no build uses any
//! more are removed. A site not on disk, or whose cache cannot be written,
//! gets its cards drawn into memory (with one warning, T0806).

pub mod draw;
pub mod layout;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, SystemTime};

use rayon::prelude::*;
use unicode_normalization::UnicodeNormalization;

use crate::diagnostic::Diagnostic;
use crate::model::EntryKind;
use crate::output::{OutputContent, OutputFile};
use crate::permalink::reserved;
use crate::site::{Page, Site};
use crate::source::SourceFs;

use draw::{Painter, Portrait};
use layout::CardText;

pub use layout::{HEIGHT, WIDTH};

/// The cache of drawn cards, relative to the site folder (inside
/// [`crate::output::CACHE_DIR`]).
pub const CACHE_DIR: &str = ".thidua-cache/anh-chia-se";

/// The home page's card (and every page's without one of its own).
const HOME: &str = "trang-chu";

/// What a temporary card file's name starts with.
const TEMP_PREFIX: &str = ".tmp-";

/// Whether `page` has a card of its own.
pub fn has_card(page: &Page) -> bool {
    matches!(
        page.entry.kind,
        EntryKind::Exemplar(_)
            | EntryKind::Campaign(_)
            | EntryKind::Anniversary(_)
            | EntryKind::Event(_)
            | EntryKind::Decision(_)
            | EntryKind::Nomination(_)
    )
}

/// The site-relative URL of a page's card (`None`: it has none).
pub fn url(page: &Page) -> Option<String> {
    if !has_card(page) {
        return None;
    }
    let path: Vec<&str> = page.permalink.segments().collect();
    Some(format!("/{}/{}.png", reserved::SHARE_CARDS, path.join("/")))
}

/// The site-relative URL of the home page's card.
pub fn home_url() -> String {
    format!("/{}/{HOME}.png", reserved::SHARE_CARDS)
}

/// One card to produce.
/// One card: cheap to clone (shared), as `serve` keeps each page's card
/// from one rebuild to the next.
#[derive(Debug, Clone)]
pub struct Card(Arc<CardData>);

/// What a [`Card`] is made of.
#[derive(Debug)]
pub struct CardData {
    /// Output path (`anh-chia-se/guong-dien-hinh/nguyen-van-an.png`).
    pub path: String,
    pub text: CardText,
    /// The portrait's file (relative to the site) and its stamp.
    pub portrait: Option<(PathBuf, u128)>,
    /// Its file name in the cache ([`cache_name`]).
    name: String,
}

impl std::ops::Deref for Card {
    type Target = CardData;

    fn deref(&self) -> &CardData {
        &self.0
    }
}

impl Card {
    fn new(path: String, text: CardText, portrait: Option<(PathBuf, u128)>) -> Card {
        let name = cache_name(&text, portrait.as_ref());
        Card(Arc::new(CardData {
            path,
            text,
            portrait,
            name,
        }))
    }

    /// The card's file name in the cache.
    pub fn file_name(&self) -> &str {
        &self.name
    }
}

/// The cache's name for a card: XXH3 of everything its pixels depend on
/// (the versions of layout, font and renderer, the texts, the portrait's
/// path and stamp). Stable across runs and versions of Rust, unlike
/// [`crate::fingerprint`], whose hashes never outlive the process.
fn cache_name(text: &CardText, portrait: Option<&(PathBuf, u128)>) -> String {
    let mut key: Vec<u8> = Vec::with_capacity(256);
    let mut add = |bytes: &[u8]| {
        key.extend_from_slice(&(bytes.len() as u64).to_le_bytes());
        key.extend_from_slice(bytes);
    };
    add(&draw::LAYOUT_VERSION.to_le_bytes());
    add(draw::FONT_VERSION.as_bytes());
    add(draw::RENDERER_VERSION.as_bytes());
    for part in [&text.kind, &text.title, &text.line, &text.site] {
        add(part.as_bytes());
    }
    if let Some((path, stamp)) = portrait {
        add(path.to_string_lossy().as_bytes());
        add(&stamp.to_le_bytes());
    }
    let hash = crate::output::manifest::bytes_hash(&key);
    format!("{:016x}.png", (hash >> 64) as u64)
}

/// Every card of the site: the home page's, then each page's that has one.
pub fn cards(site: &Site, fs: &dyn SourceFs) -> Vec<Card> {
    let mut all = vec![home_card(site)];
    all.par_extend(
        site.pages
            .par_iter()
            .filter_map(|page| page_card(site, page, fs)),
    );
    all
}

/// [`cards`], taking each page's card from `known` when it has it (`serve`:
/// the card of a page whose data and portrait are unchanged); each page's
/// card (none: the page has none) by page id.
pub fn cards_with(
    site: &Site,
    fs: &dyn SourceFs,
    known: &(dyn Fn(crate::site::PageId) -> Option<Option<Card>> + Sync),
) -> (Vec<Card>, Vec<Option<Card>>) {
    let by_page: Vec<Option<Card>> = site
        .pages
        .par_iter()
        .enumerate()
        .map(|(id, page)| known(id).unwrap_or_else(|| page_card(site, page, fs)))
        .collect();
    let mut all = vec![home_card(site)];
    all.extend(by_page.iter().flatten().cloned());
    (all, by_page)
}

/// The home page's card: the portal's name and description.
fn home_card(site: &Site) -> Card {
    let config = &site.config;
    Card::new(
        home_url().trim_start_matches('/').to_owned(),
        CardText {
            kind: "Cổng thông tin thi đua, khen thưởng".to_owned(),
            title: nfc(&config.title),
            line: nfc(config.description.as_deref().unwrap_or_default()),
            site: nfc(config.organisation.as_deref().unwrap_or(&config.title)),
        },
        None,
    )
}

/// The card of one page, if it has one.
fn page_card(site: &Site, page: &Page, fs: &dyn SourceFs) -> Option<Card> {
    let path = url(page)?.trim_start_matches('/').to_owned();
    let portrait = match page.entry.kind {
        EntryKind::Exemplar(_) => {
            portrait_file(site, page, fs).and_then(|p| fs.stamp(&p).map(|stamp| (p, stamp)))
        }
        _ => None,
    };
    Some(Card::new(
        path,
        CardText {
            kind: page.section().title().to_owned(),
            title: nfc(page.title()),
            line: nfc(&line(page)),
            site: nfc(&site.config.title),
        },
        portrait,
    ))
}

fn nfc(s: &str) -> String {
    s.nfc().collect()
}

/// The line under the title: where an exemplar is, when the rest is.
fn line(page: &Page) -> String {
    match &page.entry.kind {
        EntryKind::Exemplar(x) => x.locality.value.clone(),
        EntryKind::Event(e) => {
            let date = page
                .entry
                .common
                .date
                .as_ref()
                .map(|d| d.value.day.numeric());
            [date, e.venue.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" · ")
        }
        EntryKind::Anniversary(_) => match &page.next {
            Some(o) => {
                let day = crate::date::PartialDate::from_naive(o.date).numeric();
                if o.ordinal && o.n > 0 {
                    format!("Kỷ niệm {} năm · {day}", o.n)
                } else {
                    day
                }
            }
            None => crate::site::summary::meta_line(page),
        },
        EntryKind::Nomination(n) => format!(
            "Lấy ý kiến từ {} đến {}",
            n.opens.value.numeric(),
            n.closes.value.numeric()
        ),
        _ => crate::site::summary::meta_line(page),
    }
}

/// The file of a page's image when it is in the site (an entry's asset or
/// a static file); external images are not fetched.
fn portrait_file(site: &Site, page: &Page, fs: &dyn SourceFs) -> Option<PathBuf> {
    let url = page.image_url.as_deref()?;
    if url.starts_with("http://") || url.starts_with("https://") {
        return None;
    }
    let rel = url.trim_start_matches('/');
    if let Some(asset) = page.assets.iter().find(|a| a.output == rel) {
        return Some(asset.source.clone());
    }
    let theme = Path::new("themes")
        .join(&site.config.theme)
        .join("static")
        .join(rel);
    [Path::new("static").join(rel), theme]
        .into_iter()
        .find(|p| fs.is_file(p))
}

/// The card files of one build.
pub struct CardFiles {
    pub files: Vec<OutputFile>,
    /// How many cards were drawn (the others came from the cache).
    pub drawn: usize,
    /// The cache could not be written (T0806): the cards were drawn into
    /// memory.
    pub problem: Option<Diagnostic>,
}

/// Where cards are kept between builds: a folder on disk, or nowhere (a
/// site not on disk, or a cache that cannot be made).
enum Cache {
    Disk { dir: PathBuf },
    Unwritable(std::io::Error),
    None,
}

impl Cache {
    /// The site's cache folder, made if missing. A link there is refused
    /// (nothing is written outside the site).
    fn open(fs: &dyn SourceFs) -> Cache {
        let Some(root) = fs.disk_path(Path::new(".")) else {
            return Cache::None;
        };
        let dir = root.join(CACHE_DIR);
        if !dir.is_dir() {
            let link = [crate::output::CACHE_DIR, CACHE_DIR].iter().any(|step| {
                std::fs::symlink_metadata(root.join(step)).is_ok_and(|m| m.is_symlink())
            });
            if link {
                return Cache::Unwritable(std::io::ErrorKind::PermissionDenied.into());
            }
            if let Err(e) = std::fs::create_dir_all(&dir) {
                return Cache::Unwritable(e);
            }
        }
        match fs.disk_path(Path::new(CACHE_DIR)) {
            Some(dir) => Cache::Disk { dir },
            None => Cache::Unwritable(std::io::ErrorKind::PermissionDenied.into()),
        }
    }
}

/// The files of `cards`: cached cards copied, missing ones drawn (in
/// parallel) and cached; unused cached cards are then removed.
pub fn files(cards: &[Card], fs: &dyn SourceFs) -> CardFiles {
    let mut cache = Cache::open(fs);
    let painter: OnceLock<Painter> = OnceLock::new();
    let failure: Mutex<Option<std::io::Error>> = Mutex::new(match &mut cache {
        Cache::Unwritable(e) => Some(std::mem::replace(e, std::io::ErrorKind::Other.into())),
        _ => None,
    });
    let drawn = std::sync::atomic::AtomicUsize::new(0);
    let files: Vec<OutputFile> = cards
        .par_iter()
        .filter_map(|card| {
            let name = card.file_name();
            let cached = match &cache {
                Cache::Disk { dir } => Some(dir.join(name)),
                _ => None,
            };
            if let Some(file) = &cached
                && file.is_file()
            {
                return Some(copy(card, name));
            }
            let png = draw_card(card, fs, painter.get_or_init(Painter::new))?;
            drawn.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let already_failed = failure.lock().is_ok_and(|f| f.is_some());
            if let (Some(file), false) = (&cached, already_failed) {
                match store(file, &png) {
                    Ok(()) => return Some(copy(card, name)),
                    Err(e) => {
                        let mut f = failure.lock().unwrap_or_else(|e| e.into_inner());
                        f.get_or_insert(e);
                    }
                }
            }
            Some(OutputFile {
                path: card.path.clone(),
                content: OutputContent::Bytes(png),
            })
        })
        .collect();
    let failure = failure.into_inner().unwrap_or_else(|e| e.into_inner());
    let problem = match (&cache, failure) {
        (Cache::Disk { .. } | Cache::Unwritable(_), Some(e)) => Some(
            Diagnostic::warning(
                CACHE_DIR,
                None,
                crate::msg!("T0806-card-cache-unwritable", reason = e.to_string()),
            )
            .with_help(crate::msg!("T0806-card-cache-unwritable-help")),
        ),
        (Cache::Disk { dir }, None) => {
            let used: HashSet<&str> = cards.iter().map(Card::file_name).collect();
            prune(dir, &used);
            None
        }
        _ => None,
    };
    CardFiles {
        files,
        drawn: drawn.into_inner(),
        problem,
    }
}

/// Cards drawn into memory by earlier rebuilds of `serve`, by file name.
#[derive(Default)]
pub struct Kept {
    drawn: HashMap<String, Arc<[u8]>>,
    /// Names of cards found in the site's cache by an earlier rebuild (not
    /// looked for again: a card's name changes with what it shows, and a
    /// cached card is never rewritten nor removed while serving).
    present: HashSet<String>,
    /// The thread drawing missing cards into the cache, while it runs.
    drawer: Option<std::thread::JoinHandle<()>>,
}

/// `serve`'s cards: like [`files`], except that no rebuild waits for
/// cards to be drawn when the site is on disk — cached cards are copied,
/// the missing ones are drawn into the cache by a thread of their own (the
/// page is served at once; its card a moment later) — and that a site not
/// on disk, or whose cache cannot be written, keeps the cards it drew in
/// `kept` for the next rebuild.
pub fn files_for_serve(cards: &[Card], fs: &dyn SourceFs, kept: &mut Kept) -> CardFiles {
    if let Cache::Disk { dir } = Cache::open(fs) {
        let found: Vec<bool> = cards
            .par_iter()
            .map(|c| kept.present.contains(c.file_name()) || dir.join(c.file_name()).is_file())
            .collect();
        for (card, _) in cards.iter().zip(&found).filter(|(_, found)| **found) {
            if !kept.present.contains(card.file_name()) {
                kept.present.insert(card.file_name().to_owned());
            }
        }
        let missing: Vec<(Card, Option<PathBuf>)> = cards
            .iter()
            .zip(&found)
            .filter(|(_, found)| !**found)
            .map(|(c, _)| {
                let portrait = c.portrait.as_ref().and_then(|(p, _)| fs.disk_path(p));
                (c.clone(), portrait)
            })
            .collect();
        let drawing = kept.drawer.as_ref().is_some_and(|d| !d.is_finished());
        if !missing.is_empty() && !drawing {
            // One thread, not rayon's pool: the rebuilds that follow (and
            // this one's site-wide files) must not queue behind ten thousand
            // cards. Only one drawer at a time; a later rebuild starts the
            // next for what is still missing.
            kept.drawer = Some(std::thread::spawn(move || {
                let painter = Painter::new();
                missing.iter().for_each(|(card, portrait)| {
                    let portrait = portrait
                        .as_ref()
                        .and_then(|p| std::fs::read(p).ok())
                        .and_then(|bytes| Portrait::read(bytes, &painter));
                    if let Some(png) = painter.png(&card.text, portrait.as_ref()) {
                        let _ = store(&dir.join(card.file_name()), &png);
                    }
                });
            }));
        }
        return undrawn(cards);
    }
    let used: HashSet<&str> = cards.iter().map(Card::file_name).collect();
    kept.drawn.retain(|name, _| used.contains(name.as_str()));
    let painter: OnceLock<Painter> = OnceLock::new();
    let fresh: Vec<(String, Arc<[u8]>)> = cards
        .par_iter()
        .filter(|c| !kept.drawn.contains_key(c.file_name()))
        .filter_map(|card| {
            let png = draw_card(card, fs, painter.get_or_init(Painter::new))?;
            Some((card.file_name().to_owned(), Arc::from(png)))
        })
        .collect();
    let drawn = fresh.len();
    kept.drawn.extend(fresh);
    let files = cards
        .iter()
        .filter_map(|card| {
            let png = kept.drawn.get(card.file_name())?;
            Some(OutputFile {
                path: card.path.clone(),
                content: OutputContent::Bytes(png.to_vec()),
            })
        })
        .collect();
    CardFiles {
        files,
        drawn,
        problem: None,
    }
}

/// Draw `card`, its portrait read through `fs`.
fn draw_card(card: &Card, fs: &dyn SourceFs, painter: &Painter) -> Option<Vec<u8>> {
    let portrait = card
        .portrait
        .as_ref()
        .and_then(|(p, _)| fs.read(p).ok())
        .and_then(|bytes| Portrait::read(bytes, painter));
    painter.png(&card.text, portrait.as_ref())
}

/// The files of `cards` as paths only, none drawn: for `check`, whose sink
/// reads only pages (the paths are still claimed like a build's).
pub fn undrawn(cards: &[Card]) -> CardFiles {
    CardFiles {
        files: cards.iter().map(|c| copy(c, c.file_name())).collect(),
        drawn: 0,
        problem: None,
    }
}

fn copy(card: &Card, name: &str) -> OutputFile {
    OutputFile {
        path: card.path.clone(),
        content: OutputContent::Copy(Path::new(CACHE_DIR).join(name)),
    }
}

/// Write `png` to `file` through a temporary file beside it, renamed into
/// place: a reader sees the whole card or none.
fn store(file: &Path, png: &[u8]) -> std::io::Result<()> {
    let dir = file.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut temp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(".png")
        .tempfile_in(dir)?;
    std::io::Write::write_all(&mut temp, png)?;
    // A temporary file is private; a card is published (copied with its
    // mode into the output).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        temp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    temp.persist(file).map(|_| ()).map_err(|e| e.error)
}

/// Remove the cached cards not in `used`, and temporary files more than an
/// hour old (left by killed builds; younger ones may be another build's).
fn prune(dir: &Path, used: &HashSet<&str>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let hour_ago = SystemTime::now() - Duration::from_secs(3600);
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let is_card = name.len() == 20
            && name.ends_with(".png")
            && name[..16].bytes().all(|b| b.is_ascii_hexdigit());
        let stale_temp = name.starts_with(TEMP_PREFIX)
            && entry
                .metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|t| t < hour_ago);
        if (is_card && !used.contains(name.as_str())) || stale_temp {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}
