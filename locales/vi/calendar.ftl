## Ngày nghỉ lễ, Tết: data/holidays.yaml

T0740-holidays-not-a-map = holidays.yaml phải ghi lịch nghỉ theo từng năm
T0740-holidays-year = `{ $key }` không phải một năm (bốn chữ số, ví dụ 2026)
T0740-holidays-year-not-a-map = lịch nghỉ năm { $year } phải gồm các mục `off`, `work`, `add`
T0740-holidays-help = mỗi năm một khối, ví dụ: 2026: rồi dòng dưới thụt vào "  off: [2026-02-16, 2026-02-17]"
explain-T0740 =
    Tệp data/holidays.yaml ghi lịch nghỉ lễ, Tết mà Chính phủ công bố cho từng năm, phần khác với quy định chung của Bộ luật Lao động (điều 112). Mỗi năm là một khối, trong đó:
      off: các ngày được nghỉ thêm (ví dụ ngày nghỉ bù, ngày hoán đổi);
      work: các ngày phải đi làm dù theo quy định là ngày nghỉ (ví dụ thứ Bảy làm bù);
      add: ngày lễ mới do luật bổ sung, mỗi ngày có date và label.
    Ngày dùng để tính số ngày làm việc, ví dụ thời hạn lấy ý kiến nhân dân về người được đề nghị khen thưởng.

        Sai:   nam-2025: [2025-01-27]
        Đúng:  2025:
                 off: [2025-01-27]
                 work: [2025-02-03]
    .title = holidays.yaml không đúng cấu trúc

T0741-holidays-unknown-key = `{ $key }` không dùng được trong lịch nghỉ của một năm
T0741-holidays-unknown-key-help = chỉ dùng `off` (ngày nghỉ thêm), `work` (ngày đi làm bù) và `add` (ngày lễ mới theo luật)
explain-T0741 =
    Trong mỗi năm của data/holidays.yaml chỉ có ba mục: off (ngày nghỉ thêm), work (ngày đi làm, ví dụ thứ Bảy làm bù) và add (ngày lễ mới do luật bổ sung). Một mục viết sai tên sẽ bị bỏ qua, nên công cụ báo lỗi thay vì âm thầm tính sai ngày làm việc.

        Sai:   wrok: [2025-04-26]
        Đúng:  work: [2025-04-26]
    .title = Mục không có trong lịch nghỉ

T0742-holidays-date = `{ $text }` không phải một ngày của năm { $year }
T0742-holidays-date-help = ghi đủ năm-tháng-ngày, thuộc năm { $year }, ví dụ { $year }-02-16
T0742-holidays-added = mỗi ngày lễ bổ sung cần có `date` (ngày) và `label` (tên ngày lễ)
T0742-holidays-added-help = ví dụ: add: [{"{"}date: 2026-11-24, label: "Ngày Văn hóa Việt Nam"{"}"}]
explain-T0742 =
    Mỗi ngày trong data/holidays.yaml phải là một ngày có thật, viết năm-tháng-ngày (YYYY-MM-DD) và thuộc đúng năm của khối chứa nó. Ngày lễ bổ sung (add) cần cả ngày (date) và tên (label).

        Sai:   2026:
                 off: [16/02/2026, 2025-05-02]
        Đúng:  2026:
                 off: [2026-02-16]
    .title = Ngày trong lịch nghỉ không hợp lệ
