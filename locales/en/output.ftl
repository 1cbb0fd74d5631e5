# output messages (en): the site folder (--root) and the output folder (--output). See src/i18n/mod.rs for the rules.
# Codes: T0801–T0819.

output-refused-nothing-written = Nothing was built or written.

T0801-output-is-a-file = { $folder } is a file, not a folder: thidua will not use it as the output folder, so that the file is not deleted
T0801-output-is-a-link = { $folder } is a symbolic link, not a folder made by thidua: thidua will not replace it
T0801-output-help = give --output a folder that does not exist yet, or one thidua made before (for example --output public)
explain-T0801 =
    The output folder (given after --output; by default `public` inside the site folder) is replaced as a whole by every build. If that path is a file (or a link to somewhere else), the build would delete it, so thidua refuses and writes nothing.

    To fix it: choose a folder that does not exist yet, or an earlier output folder made by thidua.

        Wrong:  thidua build --output report.docx
        Right:  thidua build --output public
    .title = The output folder is a file or a link

T0802-output-not-ours = { $folder } is not empty and was not made by thidua (it has no { $marker } file): thidua will not replace it, so that nothing in it is lost
T0802-output-unreadable = cannot look inside { $folder } to see whether thidua made it, so thidua will not replace it
T0802-output-help = give --output a folder that does not exist yet or is empty, or move the files of this folder elsewhere
explain-T0802 =
    Every build replaces the output folder as a whole. A folder made by thidua always holds the hidden file `.thidua-output`; a non-empty folder without it may hold your documents, so thidua leaves it alone.

    To fix it: choose a new or empty folder.

        Wrong:  thidua build --output Documents
        Right:  thidua build --output public
    .title = The output folder was not made by thidua

T0803-output-is-site = { $folder } is the site folder itself: it cannot be the output folder, because the build would replace the site's sources
T0803-output-contains-site = cannot use { $folder } as the output folder: it contains the site itself, which the build would delete
T0803-output-help = choose an output folder inside the site folder or beside it (for example --output public)
explain-T0803 =
    The output folder is replaced as a whole by every build. If it is the site folder, or a folder that contains it, replacing it would delete the entries, so thidua refuses.

    To fix it: keep the default (the `public` folder inside the site folder) or choose a separate folder.

        Wrong:  thidua build --root portal --output portal
        Right:  thidua build --root portal --output portal/public
    .title = The output folder is the site folder or contains it

T0804-output-inside-input = { $folder } is inside the site's `{ $input }/` folder: the next build would read the output back as input and the site would keep growing
T0804-output-inside-input-help = choose an output folder outside content/, static/, data/, templates/, themes/ and .thidua-cache/ (for example --output public)
explain-T0804 =
    A build reads the folders `content/` (entries), `static/` (static files), `data/` (data files), `templates/` and `themes/` (the look of the site), and keeps the share pictures it drew in `.thidua-cache/` to reuse them. An output folder inside one of them would be read back by the next build, so the site would grow with every build. That is why thidua refuses before writing anything.

    To fix it: put the output elsewhere, for example in the default `public` folder.

        Wrong:  thidua build --output static/build
        Right:  thidua build --output public
    .title = The output folder is inside a folder the build reads

T0805-root-missing = the site folder { $folder } does not exist
T0805-root-not-a-folder = { $folder } is a file, not a site folder
T0805-root-help = check the path after --root (the folder that holds thidua.yaml), or create a new site with `thidua init FOLDER`
explain-T0805 =
    After --root comes the site's folder, the one holding `thidua.yaml` and `content/`. It must exist: thidua does not create it, and writes nothing when it is missing.

    To fix it: correct the path, or create a new site with `thidua init`.

        Wrong:  thidua build --root portla
        Right:  thidua build --root portal
    .title = The site folder does not exist

## T0806 the share pictures' cache cannot be written

T0806-card-cache-unwritable = the share pictures could not be written to the cache ({ $reason }): this time they were drawn in memory and the site was built, but the next build will have to draw them all again, which is slower
T0806-card-cache-unwritable-help = allow writing to the .thidua-cache/ folder of the site (or delete it and thidua makes it again)
explain-T0806 =
    Every exemplar, campaign, anniversary, event, award decision and consultation page has a 1200×630 share picture (what Facebook and Zalo show when its link is pasted). Drawing one takes milliseconds, so thidua keeps the pictures it drew in the site's `.thidua-cache/anh-chia-se/` folder and draws one again only when what it shows changes.

    When that folder cannot be written (a read-only site folder, a full disk), thidua draws the pictures in memory: the site has all of them, but every build draws them again.

    To fix it: allow writing to the site folder, or delete `.thidua-cache/` and thidua makes it again. Keep the folder out of version control (add it to `.gitignore`).

        Wrong:  chmod -R a-w .thidua-cache
        Right:  chmod -R u+w .thidua-cache
    .title = The share pictures' cache cannot be written
