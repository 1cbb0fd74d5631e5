# model messages (en). See src/i18n/mod.rs for the rules.
# Reading files, YAML and front matter (T01xx); entry keys and values (T02xx).

## Phrases used inside other messages

what-front-matter = the front matter
what-data-file = the data file
what-config = thidua.yaml
what-award = an award
what-milestone = a milestone
what-target = a target
what-origin = an event in `origins`
what-recipient = a recipient
what-nominee = a nominee
what-group = `{ $key }`
what-entry = { $section ->
    [news] a news item
    [events] an event
    [documents] a document
    [campaigns] a campaign
    [anniversaries] an anniversary
    [exemplars] an exemplar
    [decisions] an award decision
    [nominations] a public consultation
   *[other] an entry
}

kind-empty = an empty value
kind-scalar = a single value
kind-list = a list
kind-map = a group of keys

## T0101 file cannot be read

T0101-cannot-read = cannot read this file: { $reason }
explain-T0101 = thidua could not open the file at all, so nothing in it was checked.
    The reason follows the message: the file was deleted or moved while the
    site was being built, you have no permission to read it, or it is a folder.

    Check that the file is still there and that you can open it in your editor,
    then run the command again.
    .title = A file cannot be read

## T0102 not UTF-8 text

T0102-not-utf8 = this file is not valid UTF-8 text (it may be saved in an old Vietnamese encoding such as TCVN3 or VNI, or be a binary file)
T0102-bad-utf16 = this UTF-16 file contains invalid characters
T0102-help-save-utf8 = save the file as "UTF-8" (in Word: File › Save As › Plain Text › Unicode (UTF-8); in Notepad: Encoding › UTF-8)
explain-T0102 = Every content file must be saved as Unicode text (UTF-8). Files typed
    with an old Vietnamese keyboard encoding (TCVN3, VNI) or saved by a word
    processor in its own format cannot be read: the letters would come out wrong.
    The position shows the first character that could not be read.

    Open the file and save it again as UTF-8:
      Word: File › Save As › Plain Text, then choose Unicode (UTF-8)
      Notepad: File › Save As, Encoding: UTF-8
    If the text was typed in TCVN3 or VNI, convert it to Unicode first
    (for example with Unikey's converter).
    .title = The file is not UTF-8 text

## T0103 no front matter

T0103-no-front-matter = this entry has no front matter (the keys between two `---` lines at the top of the file)
T0103-help-start = start the file with a line `---`, then the keys (title: …), then another line `---`
explain-T0103 = Every entry file starts with its front matter: a block of lines
    `key: value` between two lines made of three hyphens `---`. The first line
    of the file must be exactly `---`.

    Wrong (the file starts directly with the text):
      Ông Nguyễn Văn An là …
    Right:
      ---
      title: Nguyễn Văn An
      subject: person
      ---
      Ông Nguyễn Văn An là …
    .title = The entry has no front matter

## T0104 front matter never closed

T0104-never-closed = the front matter is never closed
T0104-help-close = add a line `---` after the last key, before the text of the entry
explain-T0104 = The front matter starts with a line `---` but no second line `---`
    ends it, so thidua cannot tell where the keys stop and the text begins.

    Wrong:
      ---
      title: Giới thiệu
      Nội dung trang …
    Right:
      ---
      title: Giới thiệu
      ---
      Nội dung trang …
    .title = The front matter is never closed

## T0105 Word dash instead of ---

T0105-word-dash-fence = this line `{ $line }` should be `---`, but it is written with a long dash (— or –): Word turns three hyphens into a dash as you type
T0105-help-three-hyphens = replace the line with exactly three hyphens `---` (in Word, press Ctrl+Z right after typing them to undo the change, or turn off AutoCorrect › "Replace hyphens with dash")
explain-T0105 = The front matter is put between two lines of three hyphens `---`.
    Word and some other editors replace three hyphens with one long dash (— em
    dash, or – en dash) while you type. The line then looks similar but is a
    different character, so thidua does not see the end (or start) of the front
    matter.

    Wrong:
      ---
      title: Giới thiệu
      —
    Right:
      ---
      title: Giới thiệu
      ---
    Type the hyphens again in a plain text editor (Notepad), or undo Word's
    correction with Ctrl+Z right after it happens.
    .title = A long dash (—) instead of `---`

## T0106 not valid YAML

T0106-invalid-yaml = { $what } is not valid YAML: { $detail }
T0106-help-curly-quotes = Word turned straight quotes into curly ones (“ ”); YAML needs straight quotes: write the value as "…"
T0106-help-colon-in-value = a value that contains ": " must be put in quotes: "…"
T0106-help-special-start = a value starting with a special character must be put in quotes: "…"
explain-T0106 = The keys are written in YAML: one `key: value` per line, lists with
    `- ` at the start of each item, groups indented with spaces. The text at the
    position does not follow these rules; the technical detail is at the end of
    the message.

    The usual causes: curly quotes “ ” typed by Word instead of straight
    quotes " ", a value that contains `: ` or starts with [ {"{"} * & ! without quotes.
    Wrong:
      theme: “Thi đua: yêu nước”
    Right:
      theme: "Thi đua: yêu nước"
    .title = The front matter is not valid YAML

## T0107 tab in indentation

T0107-tab-indent = this line is indented with a Tab character; YAML allows only spaces for indentation
T0107-help-spaces = replace the Tab at the start of the line with spaces (two spaces per level)
explain-T0107 = In YAML, the spaces at the start of a line show which group a key
    belongs to. Only spaces may be used: a Tab is refused, and it looks the same
    as spaces on screen, so it is hard to see.

    Wrong (a Tab before `alt`):
      image:
      →alt: Ảnh chân dung
    Right (two spaces):
      image:
        alt: Ảnh chân dung
    Many editors can show Tabs, or convert them to spaces for you.
    .title = A Tab used for indentation

## T0108 no space after the colon

T0108-no-space-after-colon = a space is needed after `{ $key }:`
T0108-help-add-space = write `{ $key }: { $value }` (a colon, then a space, then the value)
explain-T0108 = In YAML a key and its value are separated by a colon AND a space.
    Without the space, the whole line is read as one piece of text and the key
    is not seen at all.

    Wrong:
      title:Giới thiệu
    Right:
      title: Giới thiệu
    .title = No space after the colon

## T0109 comma in a number inside braces

T0109-comma-in-braces = inside {"{"}…{"}"} a comma separates keys: `{ $number }` was cut in two, so `{ $key }` got { $whole } and { $fraction } became a key of its own
T0109-help-quote-number = put the number in quotes, {"{"}{ $key }: "{ $number }"{"}"}, or write each key on its own line, without braces
explain-T0109 = A group can be written on one line between braces: {"{"}value: 95, unit: "%"{"}"}.
    Inside the braces, a comma separates one key from the next. A Vietnamese
    decimal comma (99,5) is therefore cut in two: the value becomes 99 and
    "5" becomes a key of its own.

    Wrong:
      - {"{"}label: Tỷ lệ hộ nghèo giảm, value: 99,5, unit: "%"{"}"}
    Right (quotes):
      - {"{"}label: Tỷ lệ hộ nghèo giảm, value: "99,5", unit: "%"{"}"}
    Right (one key per line, no braces):
      - label: Tỷ lệ hộ nghèo giảm
        value: 99,5
        unit: "%"
    .title = A decimal comma inside {"{"}…{"}"}

## T0110 duplicate key

T0110-duplicate-key = the key `{ $key }` appears twice (first on line { $first })
T0110-help-keep-one = keep one of them
explain-T0110 = Each key may be written only once in the same group. When a key
    appears twice, thidua cannot know which value you mean.

    Wrong:
      title: Gương sáng
      date: 2024-06-11
      title: Gương sáng xã Tân An
    Right:
      title: Gương sáng xã Tân An
      date: 2024-06-11
    .title = A key written twice

## T0111 unknown alias

T0111-unknown-alias = this alias (*name) refers to an anchor (&name) that is not defined above it
explain-T0111 = YAML lets you name a value with &name and repeat it later with *name.
    Here *name is used but no &name with the same name comes before it.

    Write the value in full instead, or define &name first:
      unit: &dv Phường Tân An
      locality: *dv
    .title = An alias to an unknown anchor

## T0112 key that is not a word

T0112-key-not-a-word = a key must be a plain word, not a list or a group
explain-T0112 = Each key is a single word before the colon (`title`, `date`). A list
    or a group cannot be used as a key. This usually comes from a misplaced `?`,
    `[` or `{"{"}` at the start of a line.

    Wrong:
      {"["}title]: Giới thiệu
    Right:
      title: Giới thiệu
    .title = A key that is not a word

## T0201 not a group of keys

T0201-not-a-group = { $what } should be a group of keys (key: value), but this is { $found }
T0201-help-group = write one `key: value` per line (indented under its parent when it belongs to a group)
explain-T0201 = At this place thidua expects a group of keys, one `key: value` per
    line, but found a single value or a list.

    Wrong (the value of `image` is a single text):
      image: anh.jpg
    Right:
      image:
        src: anh.jpg
        alt: Ảnh chân dung ông Nguyễn Văn An
    .title = A group of keys was expected

## T0202 missing key

T0202-missing-key = { $what } needs `{ $key }`
T0202-help-title = write the entry's title, e.g. title: "Nguyễn Văn An"
T0202-help-date = e.g. date: 2024-06-11
T0202-help-image-src = write the image file, e.g. src: anh-chan-dung.jpg
T0202-help-image-alt = describe the image for people who cannot see it, e.g. alt: "Ông Nguyễn Văn An nhận Bằng khen"
T0202-help-subject = write one of: subject: person (cá nhân), collective (tập thể), household (hộ gia đình), model (mô hình)
T0202-help-locality = write the locality as recorded, e.g. locality: "Phường Tân An, Quận Ninh Kiều"
T0202-help-given-name = write the given name (tên), e.g. given: Lan
T0202-help-recipient-name = write the person's full name or the collective's name, e.g. name: "Nguyễn Thị Hồng Nhung"
T0202-help-decision-number = write the decision's number, e.g. number: "1234/QĐ-UBND"
T0202-help-decision-issued = write the date the decision was signed, as YYYY-MM-DD, e.g. issued: 2023-06-09
T0202-help-recipients = list the people and collectives honoured, one per line: - {"{"}name: "Nguyễn Văn An", subject: person, unit: "Phường Ninh Kiều"{"}"}
T0202-help-revoked-date = write the date the decision was revoked, as YYYY-MM-DD
T0202-help-council = write the council that considers the nominations, e.g. council: "Hội đồng Thi đua - Khen thưởng thành phố Cần Thơ"
T0202-help-opens = write the day comments open, as YYYY-MM-DD
T0202-help-closes = write the day comments close, as YYYY-MM-DD, at least 10 working days after they open
T0202-help-contact = write where comments go, e.g. contact: {"{"}unit: "Ban Thi đua - Khen thưởng", phone: "0292 3820 000"{"}"}
T0202-help-nominees = list the people and collectives nominated, one per line with name and achievements
T0202-help-award-title = write the award's name, e.g. title: "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố"
T0202-help-theme = write the campaign's theme (chủ đề), the quoted slogan
T0202-help-campaign-issuer = write who launched it, e.g. issuer: "Ủy ban nhân dân thành phố Cần Thơ"
T0202-help-period = e.g. period: {"{"}start: 2024-02, end: 2024-12{"}"}
T0202-help-period-start = write when the campaign starts, e.g. start: 2024-02
T0202-help-milestone-kind = one of: launch (phát động), midterm_review (sơ kết), final_review (tổng kết), deadline (hạn chót), other (khác)
T0202-help-milestone-date = write the milestone's date, e.g. date: 2024-06 (a month is enough)
T0202-help-target-label = write what the target measures, e.g. label: "Tốc độ tăng trưởng kinh tế"
T0202-help-origin-date = write the day it commemorates, e.g. origin_date: 1948-06-11
T0202-help-backdrop-title = write the main line of the backdrop, e.g. title: "HỘI NGHỊ ĐIỂN HÌNH TIÊN TIẾN"
T0202-help-doc-type = e.g. doc_type: Kế hoạch
T0202-help-doc-issuer = write the issuing body, e.g. issuer: "Ủy ban nhân dân thành phố Cần Thơ"
T0202-help-abstract = write the abstract (trích yếu) as printed under the document type
T0202-help-signer-name = write the signer's full name
explain-T0202 = A key that this kind of entry must have is absent, or written with
    nothing after the colon. The message names the key, and the help line shows
    an example. When the key is there but empty, the position is its line.

    Wrong:
      title: Nguyễn Văn An
      subject:
    Right:
      title: Nguyễn Văn An
      subject: person
    .title = A required key is missing

## T0203 empty value

T0203-empty = `{ $key }` is empty
explain-T0203 = The key is there, but its value is an empty text ("" or only spaces).
    Write the value, or remove the key if it is optional.

    Wrong:
      title: ""
    Right:
      title: Nguyễn Văn An
    .title = An empty value

## T0204 wrong kind of value

T0204-not-text = `{ $key }` should be a single text, but this is { $found }
T0204-help-quote-text = if the text contains `: ` or starts with [ or {"{"}, put it in quotes: "…"
T0204-not-bool = `{ $key }` must be `true` or `false`
T0204-help-bool = write { $key }: true (or có) or { $key }: false (or không)
T0204-not-count = `{ $key }` must be a whole number
T0204-not-number = `{ $key }` must be a number, such as 7,5 or 100 (this is { $found })
T0204-not-list = `{ $key }` must be a list, such as [a, b]
T0204-help-list = write { $key }: [first, second], or each item on its own line starting with `- `
T0204-not-item-list = `{ $key }` must be a list (each item on a line starting with `- `)
T0204-help-item-list = write each item under `{ $key }:` on its own line, starting with `- `
explain-T0204 = The value has the wrong shape for this key: a list where one text is
    expected, text where a number is expected, and so on. The message says what
    the key needs.

    Wrong:
      attendees: khoảng 300
      tags: {"{"}a: b{"}"}
    Right:
      attendees: 300
      tags: [thi đua, khen thưởng]
    .title = The value has the wrong kind

## T0205 unknown key

T0205-unknown-key = unknown key `{ $key }` in { $what }
T0205-help-did-you-mean = did you mean `{ $suggestion }`?
T0205-help-allowed = keys allowed here: { $keys }
explain-T0205 = This key is not one that thidua knows at this place, so its value
    would be silently ignored. It is usually a typing mistake: the help line
    suggests the nearest known key, or lists the keys allowed here. Keys are
    written in English, without accents, exactly as in the guide.

    Wrong:
      titel: Nguyễn Văn An
    Right:
      title: Nguyễn Văn An
    .title = An unknown key

## T0206 bad date

T0206-bad-date = `{ $key }` is not a valid date: { $problem }
T0206-empty = the date is empty
T0206-not-a-date = "{ $text }" is not a date
T0206-not-padded = "{ $text }" is not in ISO form; did you mean "{ $iso }"?
T0206-year-range = year "{ $year }" in "{ $text }" is outside 1000–9999
T0206-no-such-month = month "{ $month }" in "{ $text }" does not exist
T0206-no-such-day = day "{ $day }" in "{ $text }" does not exist: { $month } has { $last } days
T0206-day-first = "{ $text }" is not an ISO date; did you mean "{ $iso }"?
T0206-day-first-invalid = "{ $text }" is not an ISO date, nor a valid day-first date
T0206-help-format = write dates as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-06-11
T0206-help-digits = years take four digits, months and days two
T0206-help-months = months run from 01 to 12
T0206-help-days = days in { $month } run from 01 to { $last }
T0206-help-year-first = dates are written year first: "{ $iso }"
explain-T0206 = Dates are written year first, with hyphens: YYYY-MM-DD (2024-06-11),
    or only the month (2024-06) or the year (2024) when the day is not known.
    The date must exist in the calendar.

    Wrong:
      date: 11/6/2024
      date: 2023-02-30
    Right:
      date: 2024-06-11
      date: 2023-02
    .title = A date that cannot be read

## T0207 value not in the allowed list

T0207-not-allowed = `{ $key }` cannot be `{ $value }`
T0207-help-did-you-mean = did you mean `{ $suggestion }`? allowed: { $allowed }
T0207-help-allowed = allowed: { $allowed }
explain-T0207 = This key takes one of a few fixed values. Each can be written as
    its English word or in Vietnamese, with or without accents, in any case:
    `person` or `cá nhân`, `lunar` or `âm lịch`, `online` or `trực tuyến`.
    The help line lists them.

    Wrong:
      subject: nhân viên
    Right:
      subject: cá nhân
      subject: person
    .title = A value that is not in the list

## T0208 invalid slug

T0208-bad-slug = `{ $slug }` is not a valid slug
T0208-help-slug = a slug uses only a-z, 0-9 and hyphens
T0208-help-slug-example = a slug uses only a-z, 0-9 and hyphens, e.g. slug: { $suggestion }
explain-T0208 = The slug is the last part of the page's address (URL). It may use
    only lowercase letters without accents, digits and hyphens. Without `slug:`,
    it is made from the file name.

    Wrong:
      slug: Nguyễn Văn An
    Right:
      slug: nguyen-van-an
    .title = An invalid slug

## T0209 target values that do not fit together

T0209-op-without-value = a target with `{ $has }` needs `{ $lacks }` too
T0209-help-op-value = write both, e.g. op: ">=" and value: 95
T0209-min-above-max = the target's `min` ({ $min }) is above its `max` ({ $max })
T0209-help-min-max = `min` is the lower bound and `max` the upper one: swap them
explain-T0209 = A target (chỉ tiêu) is checked either against a range (`min` and/or
    `max`) or against a comparison (`op` with `value`). `op` and `value` go
    together, and `min` cannot be above `max`.

    Wrong:
      - label: Tỷ lệ trẻ em đến trường
        op: ">="
    Right:
      - label: Tỷ lệ trẻ em đến trường
        op: ">="
        value: 98
    .title = Target values that do not fit together

## T0210 campaign dates out of order

T0210-period-ends-before-start = the period ends ({ $end }) before it starts ({ $start })
T0210-help-period = check the years: `start` comes first, `end` after it
T0210-milestone-after-period = a milestone ({ $date }) falls after the campaign's period ends ({ $end })
T0210-help-milestone = check the milestone's date, or the `end` of `period`
explain-T0210 = The dates of a campaign must follow each other: the period's `end`
    comes after its `start`, and milestones (except the final review) fall
    inside the period.

    Wrong:
      period: {"{"}start: 2024-02, end: 2023-12{"}"}
    Right:
      period: {"{"}start: 2024-02, end: 2024-12{"}"}
    .title = Campaign dates out of order

## T0211 anniversary date not complete

T0211-origin-not-full = `origin_date` must be a full date (year, month and day), but this is { $text }
T0211-help-full-date = e.g. origin_date: 1948-06-11
explain-T0211 = An anniversary is repeated every year on the same day, so its
    `origin_date` needs the day and the month, not only the year or the month.

    Wrong:
      origin_date: 1948-06
    Right:
      origin_date: 1948-06-11
    .title = An anniversary date without its day

## T0213 anniversaries: recurring day, count of years, two origins

T0213-day-required = an anniversary not counted in years (`ordinal: false`) needs `day`: the day it recurs on, as month-day
T0213-help-day = e.g. Giỗ Tổ Hùng Vương (10/3 lunar): day: 03-10 with calendar: lunar
T0213-bad-day = `{ $text }` is not a day of the year written month-day (MM-DD)
T0213-day-with-ordinal = `day` is only for anniversaries not counted in years (`ordinal: false`); a counted one takes its day from `origin_date`
T0213-help-ordinal-false = remove `day`, or add ordinal: false if this is a day like Tết or Giỗ Tổ Hùng Vương
T0213-n-without-ordinal = the slogan uses `{"{"}n{"}"}` (the count of years) but this day is not counted in years (`ordinal: false`)
T0213-help-year-instead = use `{"{"}year{"}"}` for the year, e.g. "Giỗ Tổ Hùng Vương năm {"{"}year{"}"}"
T0213-origins-differ = the events an anniversary commemorates must share its day and month; { $text } does not
T0213-help-origins = give each event a date and a label, e.g. origins: [{"{"}date: 1944-12-22, label: "Ngày thành lập Quân đội nhân dân Việt Nam"{"}"}, {"{"}date: 1989-12-22, label: "Ngày hội Quốc phòng toàn dân"{"}"}]
explain-T0213 =
    An anniversary recurs every year on the same day.
    One counted in years ("Kỷ niệm 79 năm …") takes its day from origin_date; if the day commemorates two events, list both under origins, on the same day and month, each with its name (label).
    A day not counted in years, such as Tết Nguyên đán or Giỗ Tổ Hùng Vương, has ordinal: false and day (month-day); its slogans use {"{"}year{"}"}, not {"{"}n{"}"}.

        Wrong: title: Giỗ Tổ Hùng Vương
               origin_date: 1917-03-10
        Right: title: Giỗ Tổ Hùng Vương
               calendar: lunar
               ordinal: false
               day: 03-10
    .title = An anniversary with a wrong recurring day or count

## T0214 award form not recognised

T0214-unknown-award-form = the form of “{ $title }” is not recognised; the award is listed under “Hình thức khác” (other forms)
T0214-help-award-forms = if it is a form of the Law on Emulation and Commendation, start the title with it: { $forms }
explain-T0214 =
    The Law on Emulation and Commendation 2022 divides recognition into emulation titles (danh hiệu thi đua: Chiến sĩ thi đua, Lao động tiên tiến, Cờ thi đua, Tập thể lao động xuất sắc, Gia đình văn hóa, Thôn, tổ dân phố văn hóa …) and forms of commendation (hình thức khen thưởng: Huân chương, Huy chương, state honour titles, Giải thưởng, Kỷ niệm chương, Bằng khen, Giấy khen). The tool recognises the form from the first words of the title (with or without quotation marks). A local honour of none of these forms is still published, under “Hình thức khác”; this reminder lets the editor check the title is not misspelt.

        Warned: title: Khen thưởng Bằng khen của Ủy ban nhân dân thành phố
        Right:  title: Bằng khen của Chủ tịch Ủy ban nhân dân thành phố
    .title = Award form not recognised

## T0215 public-comment period

T0215-date-not-full = the comment period's dates need year, month and day, but this is { $text }
T0215-help-full-date = e.g. opens: 2026-03-02
T0215-closes-before-opens = comments close ({ $closes }) before they open ({ $opens })
T0215-help-period = opens is the first day of comments, closes the last
T0215-too-short = comments from { $opens } to { $closes } run for only { $days } working days; Decree 98/2023/NĐ-CP art. 46(2) requires at least 10
T0215-help-earliest = the earliest valid closing day is { $earliest } (weekends and public holidays left out; each year's schedule is in data/holidays.yaml)
explain-T0215 =
    Before the council considers nominations for high honours (Huân chương, state honour titles, Chiến sĩ thi đua toàn quốc …), the nominees are published for public comment for at least 10 working days (Decree 98/2023/NĐ-CP, art. 46). Working days leave out Saturdays, Sundays and the public holidays of the Labor Code (Tết by the lunar calendar), with each year's published schedule (in data/holidays.yaml). Both the first and the last day count.

        Wrong: opens: 2026-02-09
               closes: 2026-02-20
        Right: opens: 2026-02-09
               closes: 2026-02-27
    .title = A public-comment period shorter than 10 working days

## T0212 document details to check

T0212-no-issued-date = this document has no `issued` date
T0212-help-issued = add issued: YYYY-MM-DD if the document shows one
T0212-unusual-doc-type = `{ $value }` is not a usual document type
T0212-help-doc-types = usual types: { $types }
explain-T0212 = A warning only: the document is published, but something looks
    unusual. Documents normally show the date they were issued, and their type
    is one of the usual kinds (Kế hoạch, Quyết định, …). Check the key against
    the printed document.

    Example:
      doc_type: Kế hoạch
      issued: 2024-02-20
    .title = Document details to check
