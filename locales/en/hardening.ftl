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
