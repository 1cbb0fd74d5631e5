# import messages (en). See src/i18n/mod.rs for the rules.

## Where a problem is: the cell as the spreadsheet names it (F10).

import-at-cell = cell { $cell } (column “{ $header }”)
import-at-cell-no-header = cell { $cell }
import-what-name = name
import-what-locality = locality
import-what-award = award
import-column-locality = locality (Địa phương)
import-column-award = award (Hình thức khen thưởng)
import-award-dated = “{ $title }” of { $date }
import-award-undated = “{ $title }”
import-decision = decision { $number }
import-no-decision = no decision number
import-unit = unit “{ $unit }”
import-no-unit = no unit

## Problems of rows (diagnostics).

T0601-missing-column = the table has no { $what } column
import-help-missing-column = add the column, name it with --map "Header={ $key }", or give one value for every row with --{ $key } "…"
explain-T0601 =
    Every imported person or collective needs a locality and an award. The
    list has no column with a header such as “Địa phương” or “Hình thức khen
    thưởng”, and the command was given no value for every row.

    To fix it: add the column; or, if the column has another header, name
    it with --map "Header=locality"; or, if every row has the same value,
    give it once with --locality "Xã Mỹ Khánh" (or --award "Giấy khen").

    Wrong (no locality column):
        Họ và tên,Hình thức khen thưởng
        Nguyễn Văn An,Giấy khen
    Right:
        Họ và tên,Địa phương,Hình thức khen thưởng
        Nguyễn Văn An,Xã Mỹ Khánh,Giấy khen
    .title = The list has no locality or award column

T0602-empty-cell = { $at }: no { $what } (the cell is empty)
import-help-empty-name = write the name of the person or collective in this cell, or delete the row if it is not needed
import-help-empty-cell = fill it in, or give a value for empty cells with --{ $flag } "…"
explain-T0602 =
    A row of the list leaves empty a cell every entry needs: the name, the
    locality or the award. The message names the cell as Excel does: B7 is
    column B, row 7.

    To fix it: fill in the cell. If many rows share a value, give it once
    for the empty cells with --locality "…" or --award "…". A cell inside a
    merged range is read as the value of the whole range; check the range.

    Wrong (empty locality):
        Họ và tên,Địa phương,Hình thức khen thưởng
        Đỗ Văn Sáu,,Giấy khen
    Right:
        Họ và tên,Địa phương,Hình thức khen thưởng
        Đỗ Văn Sáu,Xã Mỹ Khánh,Giấy khen
    .title = A required cell is empty

T0603-bad-subject = { $at }: “{ $value }” is not a subject
import-help-subject = write cá nhân, tập thể, hộ gia đình or mô hình (person, collective, household, model)
explain-T0603 =
    The subject column says whether a row honours a person, a collective, a
    household or a model. The cell holds none of these.

    To fix it: write “cá nhân”, “tập thể”, “hộ gia đình” or “mô hình” (with
    or without diacritics), or leave it empty to use the group heading
    above (“I. CÁ NHÂN”, “II. TẬP THỂ”) or --subject.

    Wrong:
        Họ và tên,Đối tượng
        Huỳnh Văn Bảy,đơn vị
    Right:
        Họ và tên,Đối tượng
        Huỳnh Văn Bảy,cá nhân
    .title = The subject is not one of the four kinds

T0604-bad-date = { $at }: “{ $value }” is not a date
import-help-date = write it as 09/06/2023 or 2023-06-09
explain-T0604 =
    The decision date cannot be read as a real date: the day does not exist
    (31/02) or there are other words in the cell.

    To fix it: write day/month/year as 09/06/2023, or 2023-06-09, or “ngày
    09 tháng 6 năm 2023”; a month alone as 06/2023.

    Wrong:
        Ngày quyết định
        31/02/2024
    Right:
        Ngày quyết định
        29/02/2024
    .title = The date is not a date

T0605-unknown-field = { $at }: “{ $value }” is not one of the site's fields
import-help-did-you-mean = did you mean “{ $best }”?
import-help-fields = use the fields listed under `fields:` in thidua.yaml, separated by ;
explain-T0605 =
    The fields column takes only the fields listed under `fields:` in
    thidua.yaml (so that the pages by field stay right). The cell names a
    field that is not there, even without diacritics.

    To fix it: correct the name; separate several fields with semicolons.
    If it is a new field, add it to thidua.yaml.

    Wrong:
        Lĩnh vực
        Chuyen doi so hoa
    Right:
        Lĩnh vực
        Chuyển đổi số; Xây dựng nông thôn mới
    .title = A field that thidua.yaml does not list

T0606-several-matches = { $at }: “{ $name }” matches several entries ({ $paths })
import-help-several-matches = merge them into one, or give them different units (`unit`)
explain-T0606 =
    The site has several files with the name and unit of this row's person,
    so the import cannot tell which one gets the award.

    To fix it: if they are the same person, merge the files into one; if
    not, give each file a different `unit`.

    Wrong (two files, same name and unit):
        content/exemplars/nguyen-van-an.md     unit: Công an phường An Hòa
        content/exemplars/nguyen-van-an-2.md   unit: Công an phường An Hòa
    Right:
        content/exemplars/nguyen-van-an.md     unit: Công an phường An Hòa
    .title = A row matches several existing entries

T0607-no-file-name = { $at }: the name “{ $name }” gives no file name (it has no letters or digits)
import-help-no-file-name = write the name in letters
explain-T0607 =
    Each new entry's file name is made from the name without diacritics
    (nguyen-van-an.md). This name has no letter or digit to make it from.

    Wrong:
        Họ và tên
        ---
    Right:
        Họ và tên
        Nguyễn Văn An
    .title = A name that gives no file name

T0608-invalid-entry = { $at }: the new entry would not be valid: { $detail }
import-help-invalid-entry = correct the cells of this row and import again
explain-T0608 =
    Before anything is written, every new file is read back as the build
    reads it. The file made from this row would have the problem shown
    after the colon, so no file was written.

    To fix it: correct the cell in the list and run the import again.
    .title = The entry made from a row would not be valid

T0609-cannot-update = { $at }: cannot add the award to { $path }: { $reason }
import-help-cannot-update = open { $path } and fix it (or add the award by hand), then import again
import-reason-not-utf8 = the file is not UTF-8; save it as UTF-8 first
import-reason-unreadable = the file cannot be read
import-reason-readback = the change would not read back as expected
import-reason-front-matter = its front matter cannot be read; run thidua check to see why
import-reason-not-closed = the front matter is never closed (no closing ---)
import-reason-key-outside = `{ $key }` is not where the front matter is
import-reason-not-a-list = `{ $key }` is a group of keys, not a list
import-reason-invalid = the content is not valid
explain-T0609 =
    This row's person already has a file, so the import adds the award to
    its `awards:` list and leaves every other line as it is. That was not
    possible, for the reason after the colon (for example, the front matter
    between the two --- lines has an error).

    To fix it: open the file, fix it (thidua check shows what is wrong) and
    import again; or add the award by hand:
        awards:
          - title: "Giấy khen của Chủ tịch Ủy ban nhân dân quận"
            decision: "56/QĐ-UBND"
            date: 2024-05-15
    .title = The award cannot be added to an existing file

T0610-probable-match = { $at }: “{ $name }” ({ $unit }) is probably the one already in { $path } ({ $existing_unit }); not imported until you decide
import-help-probable-match = if it is the same person, run again with --merge-similar to add the award to { $path }; if not, run again with --create-similar to create { $new_path }
explain-T0610 =
    The site already has a person (or collective) with the same name and a
    unit spelled a little differently: abbreviated and written out (“Phòng
    GD&ĐT” and “Phòng Giáo dục và Đào tạo”, “UBND” and “Ủy ban nhân dân”,
    “Q.” and “quận”), other diacritics or capitals, or no unit on one side.
    It is probably the same person, but the import does not guess: nothing
    is written.

    To fix it: look at each case and run again with one of:
        --merge-similar    the same person: add the awards to the existing file
        --create-similar   another person: create a new file (named with -2)

    For example, on the site:
        unit: Phòng Giáo dục và Đào tạo quận Ninh Kiều
    in the list:
        Nguyễn Văn An,Phòng GD&ĐT Q. Ninh Kiều
    .title = Probably a person already on the site (unit spelled differently)

T0611-same-award-in-list = { $at }: the award { $award } ({ $decision }) is already in row { $row } ({ $earlier }); it is added once
T0611-same-award-on-site = { $at }: the award { $award } ({ $decision }) is already in { $path } ({ $existing }, { $earlier }); not added again
import-help-same-award = the same award title and date count as one award whatever the decision number; if it really is a second award, add it by hand
explain-T0611 =
    Nobody receives the same award twice on the same day. This row's award
    has the title and date of an award already there (in another row of the
    list, or in the person's file), with another decision number. It is not
    added again; this is a warning, the other rows are imported.

    To fix it: check which decision number is right and correct the file if
    needed. If it really is a second award, add it by hand.

    Example (the same award: same title, same date, other decision):
        Bằng khen,1234/QĐ-UBND,09/06/2023
        Bằng khen,1243/QĐ-UBND,09/06/2023
    .title = The same award twice (same title and date)

T0612-no-header = column { $column } has no header (cell { $header } is empty), so the text in { $cells } is not imported
import-help-no-header = give the column a header, such as “Thành tích” or “Chức vụ”, or say what it holds with --map; if it is not needed, delete that text
explain-T0612 =
    The import knows what each column holds from its header in the table's
    header row. This column has no header but some rows have text in it,
    and that text is left out. This is a warning: the other columns are
    imported.

    To fix it: give the column a header (such as “Thành tích”), or delete
    the stray text.

    Wrong (the third column has no header):
        Họ và tên,Địa phương,,Hình thức khen thưởng
        Nguyễn Văn An,Xã Mỹ Khánh,Giáo viên,Giấy khen
    Right:
        Họ và tên,Địa phương,Chức vụ,Hình thức khen thưởng
        Nguyễn Văn An,Xã Mỹ Khánh,Giáo viên,Giấy khen
    .title = A column with text but no header

## Lines of the report.

import-rows = { $count ->
        [one] (row { $rows })
       *[other] (rows { $rows })
    }
import-line-create = create { $path } { $rows }
import-line-would-create = would create { $path } { $rows }
import-line-update = update { $path }: { $awards ->
        [one] 1 award
       *[other] { $awards } awards
    } added{ $campaign ->
        [yes] , campaign added
       *[other] {""}
    } { $rows }
import-line-would-update = would update { $path }: { $awards ->
        [one] 1 award
       *[other] { $awards } awards
    } added{ $campaign ->
        [yes] , campaign added
       *[other] {""}
    } { $rows }
import-line-update-similar = update { $path } (same person, unit spelled differently): { $awards ->
        [one] 1 award
       *[other] { $awards } awards
    } added{ $campaign ->
        [yes] , campaign added
       *[other] {""}
    } { $rows }
import-line-would-update-similar = would update { $path } (same person, unit spelled differently): { $awards ->
        [one] 1 award
       *[other] { $awards } awards
    } added{ $campaign ->
        [yes] , campaign added
       *[other] {""}
    } { $rows }
import-line-unchanged = unchanged { $path }: already has these awards { $rows }
import-dry-run-summary = Dry run: { $rows ->
        [one] 1 row
       *[other] { $rows } rows
    } would create { $created ->
        [one] 1 entry
       *[other] { $created } entries
    } and update { $updated } ({ $unchanged } unchanged); nothing was written
import-done-summary = Imported { $rows ->
        [one] 1 row
       *[other] { $rows } rows
    }: { $created ->
        [one] 1 new entry
       *[other] { $created } new entries
    }, { $updated } updated, { $unchanged } unchanged, in { $ms } ms
import-note = note: { $note }
import-note-column-skipped = column “{ $header }” is not imported
import-note-column-twice = column “{ $header }” is not imported: another column already gives `{ $key }` (choose with --map)
import-note-consent = thidua.yaml requires consent: { $count ->
        [one] the new person is
       *[other] the { $count } new persons are
    } published only once `consent: true` is added to their files
import-note-merges-unknown = merged cells cannot be seen in .xlsb files: a merged cell's value is read in its first cell only, the others as empty. Check the result, or save the file as .xlsx and import that
import-failed-rows = Nothing was imported: { $count ->
        [one] 1 problem
       *[other] { $count } problems
    } in { $file }. Fix the rows (or pass defaults such as --locality "…") and run the import again.
import-failed-similar = Nothing was imported: { $count ->
        [one] a person or collective in { $file } is
       *[other] { $count } persons or collectives in { $file } are
    } probably already on the site with the unit spelled differently. Look at each case above, then run again with --merge-similar (the same person) or --create-similar (another person).
import-failed-config = Nothing was imported: the site's configuration has problems; fix them first (thidua check).
import-usage-error = error: { $detail }
import-error = error: { $detail }
import-progress-reading = Reading the list
import-progress-checking = Checking rows
import-progress-rows = rows

## Operational errors.

import-file-not-found = file { $path } not found. Check the file name and the folder you run the command in (dragging the file into the terminal window gives its exact path).
import-file-is-folder = { $path } is a folder, not a list file
import-reading = cannot read { $path }
import-listing = cannot list the folder { $path }
import-writing = cannot write { $path }
import-writing-in = cannot write in the folder { $path }
import-changed-meanwhile = { $path } changed while importing; nothing was written, run the import again
import-unsupported-file = import reads .csv and .xlsx (also .xls, .ods) files, not { $path }
import-unknown-encoding = `{ $label }` is not an encoding name (e.g. windows-1258, windows-1252, utf-8)
import-not-in-encoding = this file is not valid { $encoding }
import-not-utf8 = the file is not UTF-8 text (first bad character on line { $line }). In Excel, save it with File › Save As › “CSV UTF-8 (Comma delimited) (*.csv)”; or, if it was saved as plain “CSV” by Excel on Vietnamese Windows, pass --encoding windows-1258
import-invalid-csv = the file is not valid CSV near line { $line } (often a " that is never closed)
import-open-spreadsheet = cannot open { $path } as a spreadsheet
import-no-such-sheet = { $path } has no sheet “{ $sheet }”; its sheets are: { $sheets }
import-no-sheet = { $path } has no sheet
import-read-sheet = cannot read sheet “{ $sheet }” of { $path }
import-no-name-column = no column for the name: expected a header such as “Họ và tên”, “Họ tên” or “Tên tập thể” (first row: { $first }); name the column with --map "Header=title"
import-map-bad-key = --map: `{ $key }` is not a column key; use one of: { $keys }
import-map-no-header = --map: write the header before `=`, e.g. --map "Tên đơn vị=unit"
import-map-no-key = --map: `{ $spec }` has no `=key`; write e.g. --map "Nơi công tác=unit"
import-map-no-column = --map: no column “{ $header }” in the header row (row { $row }: { $headers })
import-no-campaign = --campaign: no campaign `{ $slug }` in content/campaigns/ (write the campaign's slug: its file name without .md)
import-no-campaign-did-you-mean = --campaign: no campaign `{ $slug }` in content/campaigns/; did you mean `{ $best }`?
import-bad-date-option = `{ $value }` is not a date like 2023-06-09 or 09/06/2023
import-bad-subject-option = `{ $value }` is not a subject: person, collective, household or model
