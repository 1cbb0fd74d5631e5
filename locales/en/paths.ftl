# Site paths, symbolic links and the base_url address.

T0330-parent-in-path = the path `{ $path }` in `{ $key }` contains `..` (going up to a parent folder), which is not allowed
T0330-parent-in-path-help = write the path going down from the folder of the entry's file (or from static/ when it starts with /), without `..`; copy a file kept elsewhere there
explain-T0330 =
    A path to an image or an attached file may not contain `..` ("go up to the parent folder"). Such a path could point outside the site's folder, at private files of the machine that builds the site. Put the file beside the entry's file or in static/, and write the path from there.

        Wrong: src: ../../images/portrait.jpg
        Wrong: src: /./../../etc/hostname
        Right: src: portrait.jpg          (the image beside the entry's index.md)
        Right: src: /images/portrait.jpg  (the image in static/images/portrait.jpg)
    .title = A path contains `..`

T0331-file-is-entry = the attached file `{ $file }` is a Markdown file (.md), that is an entry of the site, not a file to download
T0331-file-is-entry-help = in `file:` write the name of a PDF or DOCX file in the document's folder; to point at another entry, put a link in the body
explain-T0331 =
    The `file:` key of a document names the file readers download (PDF, DOCX…). A .md file is an entry of the site, never published as it is, so it cannot be the attached file.

        Wrong: file: plan-33.md
        Right: file: plan-33.pdf
    .title = The attached file is a Markdown file

T0332-file-outside-folder = the attached file `{ $file }` is not inside the document's folder
T0332-file-outside-folder-help = copy the file into the folder of the document's file (documents/DOCUMENT-NAME/) and write only its name, e.g. file: { $name }
explain-T0332 =
    The file named in `file:` must be inside the document's folder (beside index.md, or in a subfolder). A path starting with `/` points elsewhere and is not accepted.

        Wrong: file: /papers/33-kh-ubnd.pdf
        Right: file: 33-kh-ubnd.pdf   (the file at documents/plan-33/33-kh-ubnd.pdf)
    .title = The attached file is outside the document's folder

T0410-base-url-not-web = the address `{ $url }` in `{ $key }` is not a web address: it must start with https:// or http://
T0410-base-url-no-host = the address `{ $url }` in `{ $key }` has no host name after https://
T0410-base-url-bad-char = the address `{ $url }` in `{ $key }` contains a character that is not allowed: { $char }
T0410-base-url-help = write the full web address of the site, without spaces, quotes or < >, e.g. https://thiduakhenthuong.example.gov.vn
explain-T0410 =
    `base_url` in thidua.yaml (or `--base-url` of thidua build) is the web address the site is published at. It is written into every page, feed and the sitemap, so it must be a proper web address: https:// or http://, then the host name, with no spaces, quotes (" ' `), < > or control characters.

        Wrong: base_url: https://
        Wrong: base_url: https://thiduakhenthuong.example.gov.vn/"><script>
        Wrong: thidua build --base-url 'javascript:alert(1)//'
        Right: base_url: https://thiduakhenthuong.example.gov.vn
    .title = base_url is not a valid web address

T0720-link-outside = `{ $link }` is a symbolic link leading outside the site's folder, to { $target }: it is not read
T0720-link-outside-help = copy the file or folder itself into the site's folder instead of the link, or remove the link
explain-T0720 =
    A symbolic link ("symlink", or shortcut) is a file that only points at a file or folder elsewhere. thidua reads only what is inside the site's folder (and the theme's folder): a link leading outside could publish private files of the machine (such as /etc/passwd) on the public site, so it is left out and reported as an error. Links to another place inside the site's folder still work.

        Wrong: static/h.txt  →  /etc/hostname
        Wrong: content/papers  →  /home/clerk/Papers
        Right: copy the Papers folder into content/papers
        Right: static/logo.png  →  static/images/logo.png   (inside the site)
    .title = A symbolic link leads outside the site's folder

T0721-link-loop = `{ $link }` is a symbolic link in a loop: it leads back to itself or to a folder it is in
T0721-link-loop-help = remove this link, or make it point at a real file
explain-T0721 =
    This symbolic link leads back to itself or to a folder containing it, so following it would never end. thidua leaves it out and reports it.

        Wrong: static/loop  →  static
        Wrong: a.txt  →  b.txt  and  b.txt  →  a.txt
        Right: remove the link, or copy the real file there
    .title = A symbolic link in a loop

T0722-link-broken = `{ $link }` is a symbolic link to something that does not exist: left out
T0722-link-broken-help = remove this link, or copy the real file there
explain-T0722 =
    This symbolic link points at a file or folder that no longer exists (deleted or renamed, perhaps). thidua leaves it out.

        Wrong: static/logo.png  →  ../Old-logos/logo.png   (the Old-logos folder was deleted)
        Right: copy logo.png to static/logo.png
    .title = A symbolic link to nothing
