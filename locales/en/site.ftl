# site messages (en). See src/i18n/mod.rs for the rules.
# Codes: T03xx references, links, URLs, assets, images, publishing;
# T04xx thidua.yaml; T05xx themes and templates; T07xx files in content/ and data/.

## One entry of a section, in words (nested in other messages)

site-one-exemplar = exemplar
site-one-campaign = campaign
site-one-anniversary = anniversary
site-one-event = event
site-one-document = document
site-one-news = news article
site-one-decision = award decision
site-one-nomination = public consultation
site-one-page = page

## T03xx: references, links, URLs, assets, images, publishing

T0301-no-slug = this entry's file name gives no usable slug
T0301-no-slug-help = rename the file with letters or digits, or add slug: ten-trang
explain-T0301 =
    An entry's web address (its slug) comes from its file name, or from `slug:`. This file's name has no letter or digit left once accents and signs are removed, so the entry would have no address.

    Fix: rename the file with plain letters, digits and hyphens, or add a `slug:` line.

        Wrong:  content/news/!!!.md
        Right:  content/news/khai-truong.md
        Right:  slug: khai-truong
    .title = The entry has no usable address (slug)

T0302-same-url = this entry gets the same URL { $url } as { $other }
T0302-same-url-help = give one of them a different file name or `slug:`
explain-T0302 =
    Two entries would be published at the same web address, so one would overwrite the other. Addresses come from the section and the slug (the file name, or `slug:`).

    Fix: rename one of the files, or give one of them another `slug:`.

        Wrong:  content/news/trung-1.md and content/news/trung-2.md both with slug: trung
        Right:  slug: trung-thu-2024 in one of them
    .title = Two entries have the same web address

T0303-url-of-a-list = the URL { $url } is used by the portal's own list pages
T0303-url-of-a-list-help = choose another file name or `slug:`
explain-T0303 =
    Some addresses inside a section are used by the portal's own lists: `page` (the numbered list pages) and, for documents, `cu-nhat`, `loai` and `co-quan` (the sorted and filtered lists). An entry cannot take them.

        Wrong:  content/documents/loai/index.md
        Right:  content/documents/loai-van-ban-moi/index.md
    .title = The address belongs to one of the portal's lists

T0304-url-reserved = the URL { $url } is used by the portal itself
T0304-url-reserved-help = choose another `slug:`
explain-T0304 =
    Free pages (content/pages/) are published at the top of the site, where the portal already has pages of its own: fields (`linh-vuc`), localities (`dia-phuong`), search (`tim-kiem`), statistics (`thong-ke`), the calendar (`lich-ky-niem`) and a few others. A page cannot take those addresses.

        Wrong:  content/pages/tim-kiem.md
        Right:  content/pages/huong-dan-tim-kiem.md
    .title = The address is reserved by the portal

T0305-unknown-field = `{ $field }` is not one of the site's fields
T0305-unknown-field-did-you-mean = did you mean `{ $best }`? The fields are listed under `fields:` in thidua.yaml
T0305-unknown-field-help = add it to `fields:` in thidua.yaml, or use one of the fields listed there
explain-T0305 =
    Every value of `fields:` in an entry must be one of the fields (lĩnh vực) listed under `fields:` in thidua.yaml, so that the portal's field pages stay tidy. Accents and capitals may differ; the spelling may not.

        Wrong:  fields: [Giao duc dao tao]   (when thidua.yaml lists "Giáo dục và đào tạo")
        Right:  fields: [Giáo dục và đào tạo]
    .title = The field is not in the site's list

T0306-refers-to-unpublished = `{ $key }` refers to `{ $slug }`, which is not published (a draft, scheduled or withheld entry)
T0306-refers-to-unpublished-help = the link is left out until that entry is published
explain-T0306 =
    The entry named here exists but is not published in this build: it is a draft (`draft: true`), its date is still to come, or it is a person without `consent: true`. The reference is left out of the page until that entry is published. This is a warning: the site is still built.

        Example:  campaigns: [dot-thi-dua-2025]   while dot-thi-dua-2025.md has draft: true
    .title = A reference to an entry that is not published

T0307-refers-to-nothing = `{ $key }` refers to `{ $slug }`, but there is no { $section } with that slug
T0307-refers-to-nothing-did-you-mean = did you mean `{ $best }`?
T0307-refers-to-nothing-help = use the slug of a file in content/{ $folder }/ (its name without .md)
explain-T0307 =
    A key such as `campaigns:`, `documents:`, `exemplars:`, `parent:` or `anniversary:` names other entries by their slug: the file name without `.md` (or the folder name of a folder entry). No entry of that section has this slug.

    Fix: check the spelling against the file names in that section's folder.

        Wrong:  campaigns: [dot-cao-diem]
        Right:  campaigns: [dot-cao-diem-2024]   (the file content/campaigns/dot-cao-diem-2024.md)
    .title = A reference to an entry that does not exist

T0308-link-outside = the link `{ $link }` points outside the site
T0308-link-outside-help = links between entries are relative to the file you are editing, e.g. ../campaigns/ten-phong-trao.md; do not go above content/
explain-T0308 =
    A relative link climbs (with `../`) above the site's folder, where nothing can be published.

        Wrong:  a link to ../../../tai-lieu.md
        Right:  a link to ../campaigns/ten-phong-trao.md
    .title = A link points outside the site

T0309-link-to-unpublished = this link goes to { $target }, which is not published (draft or scheduled)
T0309-link-to-unpublished-help = publish that entry or remove the link
explain-T0309 =
    The body links to an entry that exists but is not published in this build (a draft, a future date, or a person without consent). Readers would reach a missing page.

    Fix: publish that entry first (remove `draft: true`), or remove the link for now.
    .title = A link to an entry that is not published

T0310-link-to-missing-entry = this link goes to { $target }, which does not exist
T0310-link-to-missing-entry-help = check the file name; links between entries are relative, e.g. ../campaigns/ten-phong-trao.md
T0310-link-broken = this link leads nowhere
explain-T0310 =
    A link in the body points to a `.md` file that does not exist. Links between entries are written relative to the file you are editing: `..` means "one folder up".

        Wrong (from content/news/a.md):  a link to campaigns/dot-1.md
        Right (from content/news/a.md):  a link to ../campaigns/dot-1.md
    .title = A link to an entry that does not exist

T0311-link-to-missing-file = this link goes to { $target }, which does not exist
T0311-link-to-missing-file-help = check the file name and where the file is; a file that belongs to an entry goes beside its index.md (folder entry)
T0311-link-to-loose-file = this link goes to { $target }, which is not published because it is not inside a folder entry
T0311-link-to-loose-file-help = make the entry a folder entry (NAME/index.md) and put the file beside index.md, or put shared files under static/
explain-T0311 =
    A link in the body points to a file (PDF, image, spreadsheet…) that is not in the site, or that is loose in a section folder, where files are not published.

    Fix: turn the entry into a folder entry and put the file beside its index.md.

        Wrong:  content/news/tin.md linking to ke-hoach.pdf lying in content/news/
        Right:  content/news/tin/index.md with content/news/tin/ke-hoach.pdf beside it
    .title = A link to a file that is not published

T0312-image-missing = the image `{ $src }` does not exist
T0312-image-outside = the image `{ $src }` is outside content/
T0312-image-missing-help = put the image beside the entry (in a folder entry NAME/index.md) or under static/ and write its path
T0312-image-not-in-static = the image `{ $src }` is not in static/
T0312-image-not-in-static-help = a path starting with / is looked up in the static/ folder: put the file at { $file }, or write the path of the image beside the entry without /
explain-T0312 =
    The image named in `image: src:` cannot be found. A relative path (no `/` at the start) is looked up beside the entry's file; a path starting with `/` is looked up under static/.

        Wrong:  src: /anh/chan-dung.jpg   (no file static/anh/chan-dung.jpg)
        Right:  src: chan-dung.jpg   (content/exemplars/nguyen-van-an/chan-dung.jpg beside index.md)
    .title = The entry's image cannot be found

T0313-attachment-missing = the attached file `{ $file }` does not exist
T0313-attachment-missing-help = put the file beside the entry (documents/NAME/index.md with the file in the same folder)
explain-T0313 =
    A document's `file:` names its attached file (PDF or DOCX), which must be in the same folder as the document's index.md.

        Wrong:  file: 33-kh-ubnd.pdf   with the PDF somewhere else
        Right:  content/documents/ke-hoach-33/index.md and content/documents/ke-hoach-33/33-kh-ubnd.pdf
    .title = The document's attached file cannot be found

T0314-no-consent = this person is not published: the site requires `consent: true` for persons
T0314-no-consent-help = add consent: true once the person has agreed, or remove the entry
explain-T0314 =
    thidua.yaml asks for consent (`privacy: require_consent: true`): an exemplar who is a person is published only with `consent: true`, written once the person has agreed. Until then the entry is left out. This is a warning.

        Right:  consent: true
    .title = A person is left out until they consent

T0315-body-image-no-alt = the image `{ $src }` has no description (alt text)
T0315-body-image-no-alt-help = write what the image shows between the square brackets, e.g. ![Bà Trần Thị Út chia cơm cho người nhà bệnh nhân](anh.jpg)
explain-T0315 =
    Every image in the body needs a short description between the square brackets. People who cannot see read it with a screen reader, and everyone sees it when the image does not load. Describe what the image shows: who, doing what, where. Do not write only "ảnh" or "hình 1".

        Wrong:  ![](trao-bang-khen.jpg)
        Right:  ![Chủ tịch UBND trao Bằng khen cho ông Nguyễn Văn An](trao-bang-khen.jpg)
    .title = An image in the body has no description

T0316-body-image-missing = the image `{ $src }` does not exist
T0316-body-image-missing-help = put the image beside the entry (folder entry NAME/index.md) and check the spelling of its name
T0316-body-image-not-in-static = the image `{ $src }` is not in static/
T0316-body-image-not-in-static-help = a path starting with / is looked up in the static/ folder: put the file at { $file }
explain-T0316 =
    An image in the body points to a file that is not in the site. A relative path is looked up beside the entry's file; a path starting with `/` under static/.

        Wrong:  ![Lễ phát động](le-phat-dong.jpg)   with no such file beside the entry
        Right:  content/news/le-phat-dong/index.md with le-phat-dong.jpg in the same folder
    .title = An image in the body cannot be found

T0317-raw-html = this line contains HTML code, which is shown as plain text
T0317-raw-html-help = write it with Markdown instead (## for a heading, **bold**, a blank line for a new paragraph); the site does not allow HTML
explain-T0317 =
    The body contains HTML tags such as `<div>` or `<br>`. For safety the site shows them as plain text (unless thidua.yaml sets `markdown: allow_html: true`), so readers would see the tags.

        Wrong:  <b>Thành tích</b><br>
        Right:  **Thành tích**
    .title = HTML code in the body is shown as text

T0318-orphan = this entry is published but no other page of the site links to it (an orphan)
T0318-orphan-help = the theme's section list does not show it and no entry links to it
T0318-orphan-page-help = no menu, footer or entry leads to this page: link to it from another entry or from content/_index.md, e.g. [{ $title }](../pages/{ $name }), or ask for it in the theme's footer
explain-T0318 =
    `thidua check` reads every page it builds: no list, menu, footer or entry leads to this one, so readers can only reach it by its address. This is a warning.

    Fix: link to it from another entry or from the home intro content/_index.md.

        Example:  Xem thêm [Giới thiệu](../pages/gioi-thieu.md)
    .title = No page links to this entry

T0319-draft-incomplete = this draft is not finished: { $count ->
        [one] 1 problem to fix
       *[other] { $count } problems to fix
    } before it is published (see the warnings after this line)
T0319-draft-incomplete-help = drafts are not published, so they do not stop the build; fix these before removing `draft: true`, or see them as errors with --drafts
explain-T0319 =
    An entry with `draft: true` is not published, so its problems do not fail `build` or `serve`: `check` lists them as warnings, right after the file's "this draft is not finished" line. Once the draft is published (by removing `draft: true`, or with `--drafts`) they become errors.

    Fix: fill in what is missing, then remove `draft: true`.
    .title = A draft still has problems

## T04xx: thidua.yaml

T0401-no-config = this site has no thidua.yaml
T0401-no-config-help = run `thidua build` in the site's folder (or pass --root DIR), or create a new site with `thidua init DIR`
explain-T0401 =
    Every site has a thidua.yaml file at the top of its folder: the site's name, address and settings. thidua did not find one where it was run.

    Fix: run the command inside the site's folder, or pass it with --root.

        Right:  cd cong-thi-dua
        Right:  thidua build
        Right:  thidua build --root cong-thi-dua
    .title = The site has no thidua.yaml

T0403-base-url-scheme = `base_url` must start with https:// or http://
T0403-base-url-scheme-help = write the full address of the published site, e.g. base_url: https://thiduakhenthuong.example.gov.vn
explain-T0403 =
    `base_url` is the address where the site is published; feeds, the sitemap and shared links use it. It must be a full web address.

        Wrong:  base_url: thiduakhenthuong.example.gov.vn
        Right:  base_url: https://thiduakhenthuong.example.gov.vn
    .title = base_url is not a web address

T0404-theme-name = `{ $theme }` is not a theme name (a folder under themes/)
T0404-theme-name-help = write the name of a folder under themes/, in a-z, 0-9 and hyphens, e.g. theme: default
explain-T0404 =
    `theme:` names a folder under themes/. Its name uses only lowercase letters without accents, digits and hyphens.

        Wrong:  theme: Giao diện mới
        Right:  theme: giao-dien-moi
    .title = The theme name is not valid

T0405-paginate-zero = `paginate` must be at least 1
T0405-paginate-zero-help = write how many entries a list page shows, e.g. paginate: 20
explain-T0405 =
    `paginate` is the number of entries on each page of a list. It must be 1 or more.

        Wrong:  paginate: 0
        Right:  paginate: 20
    .title = paginate must be at least 1

T0406-section-path = `{ $path }` is not a valid URL path (a-z, 0-9 and hyphens)
T0406-section-path-help = write it without accents or spaces, e.g. { $key }: { $suggestion }
explain-T0406 =
    Under `sections:` each section gets the first part of its web addresses. It is written like a slug: lowercase letters without accents, digits and hyphens.

        Wrong:  news: Tin tức
        Right:  news: tin-tuc
    .title = A section's address is not valid

T0407-section-path-twice = two sections use the URL path `{ $path }` ({ $section })
T0407-section-path-twice-help = give each section under `sections:` its own path
explain-T0407 =
    Two sections under `sections:` have the same address, so their pages would mix.

        Wrong:  news: tin-tuc   and   events: tin-tuc
        Right:  news: tin-tuc   and   events: su-kien
    .title = Two sections have the same address

T0408-field-twice = the field `{ $field }` is listed twice (as `{ $first }`)
T0408-field-twice-help = keep one of them under `fields:`
explain-T0408 =
    The list `fields:` names each field once. Two spellings that differ only in accents or capitals count as the same field.

        Wrong:  fields: [Giáo dục, giao duc]
        Right:  fields: [Giáo dục]
    .title = A field is listed twice

# Phrases for thidua.yaml's readers (used once model::read takes Messages).
site-what-config = thidua.yaml
site-what-config-sections = `sections`
site-what-config-privacy = `privacy`
site-what-config-markdown = `markdown`
site-what-config-contact = `contact`
site-config-title-help = write the portal's name, e.g. title: "Thi đua - Khen thưởng thành phố Cần Thơ"
site-config-base-url-help = write the address of the published site, e.g. base_url: https://thiduakhenthuong.example.gov.vn

## T05xx: themes and templates

T0501-theme-without-templates = the theme `{ $theme }` has no templates (looked in { $folder })
T0501-theme-without-templates-help = check `theme:` in thidua.yaml, or copy themes/default from the thidua repository
explain-T0501 =
    The theme named by `theme:` in thidua.yaml has no templates folder, so no page can be drawn. Usually the name is misspelt or the theme folder was not copied.

        Wrong:  theme: defualt
        Right:  theme: default   (with themes/default/templates/ in the site)
    .title = The theme has no templates

T0502-template-error = template error: { $detail }
T0502-template-error-help = this is in the site's design (templates), not in the content: ask whoever maintains the theme
explain-T0502 =
    A template of the theme (an .html file under themes/ or templates/) has a mistake, shown with its file and line. This concerns the site's design, not the entries.

    Fix: correct the template at the line shown, or undo the last change to it.
    .title = A template has an error

## T07xx: files in content/ and data/

T0701-skipped-file = `{ $name }` is not read: only files ending in .md are entries
T0701-skipped-file-help = if it is an entry, rename it to { $name } (lowercase .md); otherwise move it out of content/
explain-T0701 =
    thidua reads as entries only files whose name ends exactly in `.md` (lowercase). A file such as `bai-viet.md.txt` (Windows added .txt), `BAI-VIET.MD` or `bai-viet.markdown` is skipped: it is neither published nor checked.

        Wrong:  content/news/khai-truong.md.txt
        Right:  content/news/khai-truong.md
    .title = A file that looks like an entry is skipped

T0702-loose-office-file = `{ $name }` is not published: office files go beside the index.md of a folder entry
T0702-loose-office-file-help = make a folder for the entry it belongs to ({ $folder }/ten-muc/index.md) and put { $name } beside index.md, then link to it or name it in `file:`
explain-T0702 =
    A Word, Excel or PDF file lies loose in a section folder. Such files are published only as part of a folder entry: a folder holding index.md and the file beside it.

        Wrong:  content/documents/ke-hoach-33.pdf
        Right:  content/documents/ke-hoach-33/index.md with file: ke-hoach-33.pdf
        Right:  content/documents/ke-hoach-33/ke-hoach-33.pdf
    .title = An office file is loose in a section folder

T0703-outside-section = entries must be inside a section folder
T0703-outside-section-help = move it to content/exemplars/, content/news/, … (content/_index.md is the only file allowed at the top)
explain-T0703 =
    Every entry lives in the folder of its section under content/: exemplars, campaigns, anniversaries, events, documents, news or pages. Only content/_index.md (the home intro) sits at the top.

        Wrong:  content/khai-truong.md
        Right:  content/news/khai-truong.md
    .title = An entry is outside the section folders

T0704-not-a-section = `{ $folder }` is not a section folder
T0704-not-a-section-did-you-mean = did you mean content/{ $best }/?
T0704-not-a-section-help = section folders are: { $folders }
explain-T0704 =
    The folders directly under content/ are the sections, with fixed English names: exemplars, campaigns, anniversaries, events, documents, news, pages. Their web addresses are set in thidua.yaml.

        Wrong:  content/tin-tuc/khai-truong.md
        Right:  content/news/khai-truong.md
    .title = The folder is not a section

T0706-localities-not-a-map = localities.yaml must map each old name to today's unit
T0706-localities-not-a-map-help = write one line per old name: "Phường An Hòa, Quận Ninh Kiều": "Phường Ninh Kiều"
explain-T0706 =
    data/localities.yaml says which administrative unit of today each old name now belongs to, one line per old name.

        Right:  "Phường An Hòa, Quận Ninh Kiều": "Phường Ninh Kiều"
    .title = localities.yaml is not a list of names

T0707-locality-not-one-name = each locality must map to one name (today's xã/phường)
explain-T0707 =
    In data/localities.yaml the value after each old name is one name: today's commune or ward. It cannot be empty or a list.

        Wrong:  "Phường An Hòa": [Phường Ninh Kiều, Phường Cái Khế]
        Right:  "Phường An Hòa": "Phường Ninh Kiều"
    .title = A locality maps to more than one name

## Operational messages (anyhow contexts)

site-listing-content = listing content/
site-io-reading = reading { $path }
site-io-writing = writing { $path }
site-io-creating = creating { $path }
site-io-copying = copying { $from } to { $to }
site-io-creating-temporary = creating a temporary folder in { $folder }
site-io-moving-previous = moving the previous { $folder } aside
site-io-putting-in-place = putting the new build in place at { $folder }
site-io-removing-previous = removing the previous output { $folder }
site-output-no-parent = the output folder has no parent folder
site-output-outside = refusing to write outside the output folder: { $path }

## Summaries

site-check-summary = { $entries ->
        [one] 1 entry
       *[other] { $entries } entries
    }, { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }
site-check-summary-left-out = { $entries ->
        [one] 1 entry
       *[other] { $entries } entries
    }, { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }; { $left_out } not published
site-left-out-drafts = { $drafts ->
        [one] 1 draft
       *[other] { $drafts } drafts
    }
site-left-out-scheduled = { $scheduled ->
        [one] 1 scheduled entry
       *[other] { $scheduled } scheduled entries
    }
site-left-out-both = { $drafts ->
        [one] 1 draft
       *[other] { $drafts } drafts
    } and { $scheduled ->
        [one] 1 scheduled entry
       *[other] { $scheduled } scheduled entries
    }
site-build-left-out = { $left_out } not published
site-build-left-out-incomplete = { $left_out } not published ({ $incomplete ->
        [one] 1 draft is
       *[other] { $incomplete } drafts are
    } not finished: see `thidua check`)
