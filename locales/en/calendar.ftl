## Public holidays: data/holidays.yaml

T0740-holidays-not-a-map = holidays.yaml must give the schedule of each year
T0740-holidays-year = `{ $key }` is not a year (four digits, e.g. 2026)
T0740-holidays-year-not-a-map = the schedule of { $year } must consist of `off`, `work` and `add`
T0740-holidays-help = one block per year, e.g. 2026: and below it, indented, "  off: [2026-02-16, 2026-02-17]"
explain-T0740 =
    data/holidays.yaml holds each year's schedule of public holidays as the government publishes it: what differs from the general rules of the Labor Code (art. 112). Each year is one block with:
      off: extra days off (compensatory or swapped days);
      work: days worked although the rules make them days off (a Saturday worked in exchange);
      add: new holidays added by law, each with date and label.
    The days are used to count working days, e.g. the public-comment period on nominees for awards.

        Wrong: year-2025: [2025-01-27]
        Right: 2025:
                 off: [2025-01-27]
                 work: [2025-02-03]
    .title = holidays.yaml is not structured as expected

T0741-holidays-unknown-key = `{ $key }` cannot be used in a year's schedule
T0741-holidays-unknown-key-help = use only `off` (extra days off), `work` (days worked) and `add` (holidays added by law)
explain-T0741 =
    A year in data/holidays.yaml has three entries only: off (extra days off), work (days worked, e.g. a Saturday in exchange) and add (holidays added by law). A misspelt entry would be ignored, so the tool reports it instead of counting working days wrongly.

        Wrong: wrok: [2025-04-26]
        Right: work: [2025-04-26]
    .title = Unknown entry in a year's schedule

T0742-holidays-date = `{ $text }` is not a date of { $year }
T0742-holidays-date-help = write year-month-day, within { $year }, e.g. { $year }-02-16
T0742-holidays-added = each added holiday needs a `date` and a `label` (its name)
T0742-holidays-added-help = e.g. add: [{"{"}date: 2026-11-24, label: "Ngày Văn hóa Việt Nam"{"}"}]
explain-T0742 =
    Every day in data/holidays.yaml must be a real date written year-month-day (YYYY-MM-DD), within the year of its block. An added holiday (add) needs both its date and its name (label).

        Wrong: 2026:
                 off: [16/02/2026, 2025-05-02]
        Right: 2026:
                 off: [2026-02-16]
    .title = Invalid date in the holiday schedule
