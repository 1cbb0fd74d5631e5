# cli messages (en). See src/i18n/mod.rs for the rules.

## --help: the commands

cli-about = Build a static portal for emulation and commendation (thi đua – khen thưởng) from Markdown files.
cli-after-help = Help on a command: thidua <COMMAND> --help
cli-build-about = Build the site into the output folder (public/ by default).
cli-build-long-about =
    Build the site into the output folder (public/ by default).

    The new site replaces the old one only if the whole build succeeds; if anything is wrong, every problem is listed and public/ is left as it was.
cli-check-about = Check everything `build` checks, without writing anything.
cli-serve-about = Build the site in memory, serve it, and rebuild on every save.
cli-serve-long-about =
    Build the site in memory, serve it, and rebuild on every save.

    Open the printed address in a browser: pages reload by themselves after each save. If a save breaks the site, the last good build stays up and the problems are shown over the page until they are fixed.
cli-init-about = Create a new site in a folder; it builds at once.
cli-new-about = Create a new entry with every key of its type, ready to fill in.
cli-new-long-about =
    Create a new entry with every key of its type, ready to fill in.

    The file goes into its section, named from the title without diacritics (a document gets its own folder: content/documents/<slug>/index.md). The new entry is a draft (draft: true) until you fill it in and delete that line. An existing entry is never overwritten.
cli-import-about = Turn an honour list (danh sách khen thưởng, .csv or .xlsx) into exemplars with their awards.
cli-import-long-about =
    Turn an honour list (danh sách khen thưởng, .csv or .xlsx) into exemplars with their awards.

    One entry per person or collective; an exemplar already on the site with the same name and unit gets the award added instead. If any row cannot be imported, every such row is listed and nothing is written.
cli-explain-about = Explain an error code (such as T0203): what it means and how to fix it.
cli-explain-long-about =
    Explain an error code (such as T0203): what it means and how to fix it.

    The code is the part in square brackets of a message, as in error[T0203]. Without a code, every code is listed with its short title.

## --help: headings and words of the usage line

cli-heading-usage = Usage
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-usage-options = OPTIONS
cli-usage-command = COMMAND
cli-help-default = [default: { $value }]

## --help: options and values

cli-opt-root = The site's folder (the one with thidua.yaml).
cli-opt-output = Where to write the site (default: public/ inside the site's folder).
cli-opt-base-url = Address the site will be published at, replacing base_url from thidua.yaml.
cli-opt-drafts = Also publish entries marked draft: true.
cli-opt-future = Also publish entries dated after the build date.
cli-opt-today = Build as if today were this date (YYYY-MM-DD): scheduling, campaign status, anniversaries.
cli-opt-port = Port to listen on; if it is busy, the next free one is used.
cli-opt-bind = Address to listen on (0.0.0.0 to let other machines on the network see it).
cli-opt-init-dir = Folder for the new site (must not exist, or be empty).
cli-opt-new-kind = The type of entry: exemplar, campaign, anniversary, event, document, news or page.
cli-opt-new-title = The title, in quotes: "Nguyễn Văn An".
cli-opt-new-slug = File name (slug) to use instead of the one made from the title.
cli-opt-explain-code = The code to explain, such as T0203; leave it out to list every code.
cli-opt-lang = Language of the messages: vi (Vietnamese, the default) or en (English). Also set by the THIDUA_LANG environment variable.
cli-opt-help = Print help.
cli-opt-version = Print version.
cli-opt-import-file = The list: .csv (UTF-8) or .xlsx (also .xls, .ods).
cli-opt-import-as = What the rows become: exemplars (the only choice for now).
cli-opt-import-campaign = Slug of the campaign every imported entry belongs to.
cli-opt-import-award = Award for rows without one (Hình thức khen thưởng).
cli-opt-import-decision = Decision number for rows without one (Số quyết định).
cli-opt-import-date = Decision date for rows without one (YYYY-MM-DD or DD/MM/YYYY).
cli-opt-import-authority = Awarding authority for rows without one (cấp khen).
cli-opt-import-locality = Locality for rows without one (Địa phương).
cli-opt-import-subject = Subject for rows without one: person, collective, household, model (or cá nhân, tập thể …).
cli-opt-import-map = Columns with other headers: "Header=key,…" (keys: title, subject, category, position, unit, locality, award, decision, date, authority, fields, body, ignore).
cli-opt-import-sheet = Sheet of a workbook (default: the first).
cli-opt-import-encoding = Encoding of a CSV file that is not UTF-8, e.g. windows-1258.
cli-opt-import-dry-run = Show what would be done; write nothing.
cli-opt-import-merge-similar = A person already on the site with the same name and a unit spelled differently (GD&ĐT / Giáo dục và Đào tạo) is the same person: add the awards to that entry.
cli-opt-import-create-similar = A person already on the site with the same name and a unit spelled differently is another person: create a new entry.

cli-value-dir = DIR
cli-value-url = URL
cli-value-port = PORT
cli-value-addr = ADDR
cli-value-type = TYPE
cli-value-title = TITLE
cli-value-slug = SLUG
cli-value-code = CODE
cli-value-lang = LANG
cli-value-file = FILE
cli-value-section = SECTION
cli-value-award = AWARD
cli-value-number = NUMBER
cli-value-date = DATE
cli-value-authority = AUTHORITY
cli-value-locality = LOCALITY
cli-value-subject = SUBJECT
cli-value-map = HEADER=KEY,…
cli-value-sheet = SHEET
cli-value-encoding = ENCODING

## Usage errors

cli-usage-unknown-option = there is no option `{ $arg }`
cli-usage-unexpected = unexpected `{ $arg }`: this command takes no such value
cli-usage-unexpected-help = if it is part of a title or a name, put the whole of it in quotes, e.g. "Nguyễn Văn An"
cli-usage-did-you-mean = did you mean `{ $suggestion }`?
cli-usage-invalid-value = `{ $value }` is not a valid value for `{ $arg }`
cli-usage-missing-value = `{ $arg }` needs a value
cli-usage-possible-values = possible values: { $values }
cli-usage-bad-value = `{ $arg }`: { $reason }
cli-usage-missing = missing { $args }
cli-usage-unknown-command = there is no command `{ $command }`
cli-usage-commands = the commands are: { $commands }
cli-usage-conflict = `{ $arg }` cannot be used with { $other }
cli-usage-no-command = a command is needed, e.g. thidua build
cli-usage-line = Usage: { $usage }
cli-usage-more = For more information, run: { $command } --help
cli-usage-hint = tip
cli-value-not-a-date = `{ $value }` is not a date like 2026-06-11
cli-value-not-a-port = `{ $value }` is not a port number (1 to 65535)
cli-value-not-an-ip = `{ $value }` is not an IP address such as 127.0.0.1 or 0.0.0.0
cli-value-not-a-lang = there is no language `{ $value }`: choose vi (Vietnamese) or en (English)

## What the commands print

cli-error-line = error: { $text }
cli-progress-reading = Reading and checking the content
cli-progress-rendering = Rendering
cli-progress-files = files
cli-built = Built { $pages ->
        [one] 1 page
       *[other] { $pages } pages
    } from { $entries ->
        [one] 1 entry
       *[other] { $entries } entries
    } ({ $files ->
        [one] 1 file
       *[other] { $files } files
    }) into { $output } in { $ms } ms{ $warnings ->
        [0] {""}
        [one] ; 1 warning (see above)
       *[other] ; { $warnings } warnings (see above)
    }{ $has_left_out ->
        [yes] ; { $left_out }
       *[no] {""}
    }
cli-built-unchanged = No source file changed since the previous build: { $output } is kept as it is.
cli-build-failed = Build failed: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }. Nothing was written; { $output } is unchanged.
cli-init-created = Created a new site in { $dir }. Build it with: thidua build --root { $dir }
cli-init-guide = The editor's guide is in { $guide }.
cli-init-not-empty = { $dir } is not empty; choose a new folder
cli-new-draft =
    The new entry is a draft (draft: true), so it is not published yet. Fill in the keys marked “bắt buộc” (required), then run thidua check; when the entry is complete, delete the line draft: true to publish it.
cli-new-no-config = { $root } has no thidua.yaml: run this in the site's folder or pass --root DIR
cli-new-empty-title = the title is empty: write it in quotes, e.g. thidua new news "Tiêu đề bài"
cli-new-bad-slug = `{ $slug }` is not a valid slug (a-z, 0-9 and hyphens)
cli-new-no-slug = the title `{ $title }` gives no usable file name; pass --slug ten-muc
cli-new-reserved = the URL of `{ $slug }` is used by the portal's own pages; pass --slug with another name
cli-new-exists = { $path } already exists; nothing was written (choose another title or pass --slug)
cli-explain-unknown = there is no error code `{ $code }`
cli-explain-unknown-help = list every code with: thidua explain
cli-explain-list = thidua's error codes (explain one with: thidua explain <CODE>):
cli-explain-none = There are no error codes yet.

## serve

cli-serve-ready = Serving { $url } — watching { $root } for changes (Ctrl+C to stop)
cli-serve-rebuilt = { $first ->
        [yes] Built
       *[no] Rebuilt
    } in { $ms } ms (pages ready in { $pages_ms } ms): { $rendered } of { $pages ->
        [one] 1 page
       *[other] { $pages } pages
    } rendered, { $changed ->
        [one] 1 file
       *[other] { $changed } files
    } changed, { $removed } removed{ $deferred ->
        [yes] ; feeds, sitemap and search index wait for the next changes
       *[no] {""}
    }
cli-serve-still-serving = The last good build is still being served; fix the problems above and save.
cli-serve-not-built = The site is not built yet; fix the problems above and save, and it is rebuilt.
cli-serve-internal = thidua stopped on an internal error while rebuilding; save again to retry (please report this)
cli-serve-no-config = { $root } has no thidua.yaml: run thidua serve in the site's folder or pass --root DIR
cli-serve-no-port = no free port from { $from } to { $to }
cli-serve-watch-start = cannot start the file watcher
cli-serve-watch = cannot watch { $path }
cli-overlay-title-built = The rebuild failed — the page shown is the last good build
cli-overlay-title-unbuilt = The site could not be built
cli-overlay-hint = Fix the problems below and save the file; the page reloads by itself.

## Files

cli-io-open = cannot open { $path }
cli-io-read-dir = cannot read the folder { $path }
cli-io-create-dir = cannot create the folder { $path }
cli-io-create-file = cannot create the file { $path }
cli-io-write = cannot write the file { $path }
