# claims messages (en): who owns each URL of the site, campaign parents,
# thidua.yaml errors found while going on, and `serve`'s refusals.
# Codes: T0220–T0229 campaign parents; T0340–T0349 URL claims; T0420–T0429 thidua.yaml.

## What produces an output file (nested in T0340 and T0341)

claims-entry-page = the page of `{ $file }`
claims-site-page = the portal's page drawn with `{ $template }`
claims-site-file = { $kind ->
    [feed] the site's feed
    [sitemap] the site map for search engines
    [search] the search index
    [share-card] the share picture of a page
    [embed] the embed data of a card
   *[other] a file the site writes itself
}
claims-copied-file = the file `{ $file }`
claims-generated-page = { $path ->
    [linh-vuc] the list of fields
    [dia-phuong] the list of localities
    [hinh-thuc-khen-thuong] the list of award types
    [doi-tuong] the list of subjects
    [nam] the list of years
    [lich-ky-niem] the anniversary calendar
    [tim-kiem] the search page
    [thong-ke] the statistics page
    [so-vang] the honour roll
    [embed] the embeddable cards
    [page] the following pages of a list
   *[other] a page of the portal
}

## Campaign parents

T0220-parent-cycle = the `parent:` campaigns go round in a circle: { $cycle }
T0220-parent-cycle-help = a campaign cannot be its own parent, directly or through others: remove `parent:` from one of them, or point it at a campaign above them all
explain-T0220 =
    `parent:` names the larger campaign a campaign belongs to. Following the parents upwards must end at a campaign without `parent:`. When a campaign is its own parent, or two (or more) campaigns name each other, the chain never ends and the portal cannot show where a campaign belongs.

        Wrong:  thi-dua-a.md has  parent: thi-dua-b
                thi-dua-b.md has  parent: thi-dua-a
        Right:  thi-dua-a.md has  parent: thi-dua-b
                thi-dua-b.md has no parent:
    .title = Campaign parents go round in a circle

## URLs claimed twice

T0340-file-replaces-output = this file would replace { $other } at `{ $url }`
T0340-file-replaces-output-help = rename or move the file; if replacing it is what you want, add `{ $path }` to `overrides:` in thidua.yaml
T0340-file-replaces-file-help = rename or move one of the two files, so that each has its own address
explain-T0340 =
    Files in `static/` and the files of an entry are copied into the site at the same path. When that path is already a page or file the site makes itself (a feed, the search page, an entry's page), the copy would silently replace it. Each address of the site belongs to one thing only.

    If you really want your own file in place of the generated one, list it under `overrides:` in thidua.yaml.

        Wrong:  static/feed.xml   (replaces the site's feed)
        Right:  static/tai-lieu/feed-cu.xml
        Or, on purpose, in thidua.yaml:
                overrides: [feed.xml]
    .title = A copied file would replace a page of the site

T0341-url-generated-twice = two pages would be written at `{ $url }`: { $first } and { $second }
T0341-url-generated-twice-help = give one of them another address (its `slug:` or the section's path in thidua.yaml)
explain-T0341 =
    Every address of the site is produced by one thing only. Here two pages the site makes would land on the same address, and one would silently hide the other.

        Wrong:  sections: {"{"}news: tin-tuc{"}"}  and a list at the same address
        Right:  each section, page and list at its own address
    .title = Two pages at the same address

T0342-page-at-section-list = the page `{ $url }` has the address of the `{ $section }` section's list
T0342-page-at-section-list-help = give the page another `slug:` (or rename the file), or change the section's path under `sections:` in thidua.yaml
explain-T0342 =
    Free pages (content/pages/) are published at the top of the site, where each section also has its list (`/guong-dien-hinh/`, `/tin-tuc/`…). A page with the same name as a section's path would be hidden behind the list.

        Wrong:  content/pages/guong-dien-hinh.md
        Right:  content/pages/gioi-thieu-guong-dien-hinh.md
    .title = A page has the address of a section's list

## thidua.yaml

T0420-section-path-generated = the section `{ $key }` cannot use `{ $path }`: that address is { $page }
T0420-section-path-generated-help = choose another path for `{ $key }` under `sections:`
explain-T0420 =
    The portal makes some pages of its own at fixed addresses: the lists of fields (`linh-vuc`), localities (`dia-phuong`), award types, subjects and years, the calendar (`lich-ky-niem`), search (`tim-kiem`), statistics (`thong-ke`) and the embeddable cards (`embed`). A section placed at one of these addresses would replace that page.

        Wrong:  sections:
                  exemplars: linh-vuc
        Right:  sections:
                  exemplars: guong-dien-hinh
    .title = A section's path is an address the portal uses

T0421-override-path = `{ $path }` under `overrides:` is not a file of the site
T0421-override-path-help = write the file as it is in the built site, such as `feed.xml` or `tim-kiem/index.html`
explain-T0421 =
    `overrides:` lists the files of the built site that a file of `static/` may replace on purpose. Each item is a path inside the site, without `..`.

        Wrong:  overrides: [../feed.xml]
        Right:  overrides: [feed.xml, tim-kiem/index.html]
    .title = An item of `overrides:` is not a file of the site

## serve

claims-serve-wrong-host = This preview server answers only at localhost or the address it listens on.
claims-serve-too-many-streams = Too many pages are open on this preview server; close some tabs and reload.
