# hardening messages (en): input bounds found by attackers and the fuzzer.
# See src/i18n/mod.rs for the rules.

## T0113 a named value repeated too often

T0113-alias-too-big = { $what } repeats named values (*name) so often that they would make more than { $max } values; reading stops here
T0113-help-write-out = write the values out in full, or repeat them fewer times
explain-T0113 = YAML lets you name a value with &name and repeat it later with *name.
    Each *name copies the whole value. When named values repeat other named
    values, the copies multiply: a few short lines can stand for billions of
    values and exhaust the computer's memory. thidua stops at the *name where
    the copies would pass the limit.

    Wrong:
      a: &a [x, x, x, x, x, x, x, x, x]
      b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
      c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
      (… and so on)
    Right (write what you mean once):
      unit: &dv Phường Tân An
      locality: *dv
    .title = A named value repeated too often

## T0114 lists and groups nested too deep

T0114-too-deep = { $what } has lists or groups nested more than { $max } levels deep
T0114-help-flatten = write it with fewer levels (two or three are usually enough)
explain-T0114 = Lists and groups of keys can be written inside each other, but only so
    deep. Such deep nesting never happens in real files; it usually comes
    from many `[` or `{"{"}` typed by mistake, or from a damaged file.

    Wrong (a `[` typed 70 times):
      tags: {"[[[[[[[[[["} … {"[[[["}thi đua{"]]]]"} … {"]]]]]]]]]]"}
    Right:
      tags: [thi đua, khen thưởng]
    .title = Lists and groups nested too deep

## T0730 a folder cannot be read

T0730-cannot-read-folder = this folder cannot be read: { $reason }; skipping it would leave its files out of the site
T0730-cannot-read-folder-help = allow reading the folder (right click → Properties → Security, or `chmod u+rx` on Linux), or move it out of the site's folder if it is not meant to be published
explain-T0730 = thidua reads the folders data/, static/, templates/, the theme's folder
    and each folder entry (with its images and attached files). A folder that is not
    there is fine: the site simply has none of its files. But a folder that is there
    and cannot be read (permissions, a disconnected network drive, a failing disk…)
    stops the build with this error: skipping it would publish a site missing data or
    images without anyone noticing.

    Wrong: static/images  (owned by someone else, readable only by them)
    Right: give the account that runs thidua permission to read static/images
    Right: move static/images out of the site's folder if it is not to be published
    .title = A folder cannot be read

listing-folder = listing the folder { $folder }
