# model messages (vi). See src/i18n/mod.rs for the rules.
# Đọc tệp, YAML và phần khai báo (T01xx); các khóa và giá trị của bài (T02xx).

## Cụm từ dùng bên trong thông báo khác

what-front-matter = phần khai báo ở đầu tệp
what-data-file = tệp dữ liệu
what-config = tệp thidua.yaml
what-award = khen thưởng (trong `awards`)
what-milestone = mốc thời gian (trong `milestones`)
what-target = chỉ tiêu (trong `targets`)
what-origin = một sự kiện gốc trong `origins`
what-recipient = người được khen thưởng (trong `recipients`)
what-nominee = người được đề nghị (trong `nominees`)
what-group = nhóm `{ $key }`
what-entry = { $section ->
    [news] tin bài
    [events] sự kiện
    [documents] văn bản
    [campaigns] phong trào thi đua
    [anniversaries] ngày kỷ niệm
    [exemplars] gương điển hình
    [decisions] quyết định khen thưởng
    [nominations] đợt lấy ý kiến
   *[other] bài
}

kind-empty = giá trị để trống
kind-scalar = một giá trị đơn
kind-list = một danh sách
kind-map = một nhóm khóa

## T0101 không đọc được tệp

T0101-cannot-read = không đọc được tệp này: { $reason }
explain-T0101 = thidua không mở được tệp, nên chưa kiểm tra được gì trong tệp.
    Lý do ghi ở cuối thông báo: tệp đã bị xóa hoặc chuyển đi trong lúc tạo trang,
    máy không cho phép đọc tệp, hoặc đó là một thư mục chứ không phải tệp.

    Hãy kiểm tra tệp vẫn còn và mở được bằng trình soạn thảo, rồi chạy lại lệnh.
    .title = Không đọc được tệp

## T0102 tệp không phải văn bản UTF-8

T0102-not-utf8 = tệp này không phải văn bản Unicode UTF-8 (có thể tệp được lưu bằng bảng mã cũ như TCVN3, VNI, hoặc không phải tệp văn bản)
T0102-bad-utf16 = tệp UTF-16 này có ký tự hỏng
T0102-help-save-utf8 = hãy lưu lại tệp dưới dạng "UTF-8" (trong Word: Tệp › Lưu thành › Văn bản thuần › Unicode (UTF-8); trong Notepad: mục Encoding › UTF-8)
explain-T0102 = Mọi tệp nội dung phải được lưu dưới dạng chữ Unicode (UTF-8). Tệp gõ
    bằng bảng mã cũ (TCVN3, VNI) hoặc lưu theo định dạng riêng của Word thì không
    đọc được: chữ sẽ bị sai. Vị trí trong thông báo là chỗ đầu tiên không đọc được.

    Hãy mở tệp và lưu lại dưới dạng UTF-8:
      Word: Tệp › Lưu thành › Văn bản thuần, rồi chọn Unicode (UTF-8)
      Notepad: Tệp › Lưu thành, mục Encoding: UTF-8
    Nếu văn bản gõ bằng TCVN3 hoặc VNI, hãy chuyển sang Unicode trước
    (ví dụ bằng công cụ chuyển mã của Unikey).
    .title = Tệp không phải văn bản UTF-8

## T0103 thiếu phần khai báo

T0103-no-front-matter = bài này thiếu phần khai báo ở đầu tệp (các dòng khóa: giá trị, nằm giữa hai dòng `---`)
T0103-help-start = hãy bắt đầu tệp bằng một dòng `---`, tiếp theo là các khóa (title: …), rồi thêm một dòng `---` nữa
explain-T0103 = Mỗi tệp bài viết bắt đầu bằng phần khai báo: các dòng `khóa: giá trị`
    nằm giữa hai dòng gồm ba dấu gạch ngang `---`. Dòng đầu tiên của tệp phải
    đúng là `---`.

    Sai (tệp bắt đầu ngay bằng nội dung):
      Ông Nguyễn Văn An là …
    Đúng:
      ---
      title: Nguyễn Văn An
      subject: person
      ---
      Ông Nguyễn Văn An là …
    .title = Bài thiếu phần khai báo ở đầu tệp

## T0104 phần khai báo chưa được đóng

T0104-never-closed = phần khai báo ở đầu tệp chưa được đóng lại bằng dòng `---`
T0104-help-close = hãy thêm một dòng `---` sau khóa cuối cùng, trước phần nội dung của bài
explain-T0104 = Phần khai báo bắt đầu bằng dòng `---` nhưng không có dòng `---` thứ hai
    để kết thúc, nên thidua không biết các khóa dừng ở đâu và nội dung bắt đầu
    từ đâu.

    Sai:
      ---
      title: Giới thiệu
      Nội dung trang …
    Đúng:
      ---
      title: Giới thiệu
      ---
      Nội dung trang …
    .title = Phần khai báo chưa được đóng lại

## T0105 gạch dài của Word thay cho ---

T0105-word-dash-fence = dòng `{ $line }` này phải là `---`, nhưng lại là dấu gạch dài (— hoặc –): Word tự đổi ba dấu gạch ngang thành gạch dài khi gõ
T0105-help-three-hyphens = hãy thay cả dòng bằng đúng ba dấu gạch ngang `---` (trong Word, bấm Ctrl+Z ngay sau khi gõ để hủy việc tự đổi, hoặc tắt mục Tự sửa › "Thay gạch nối bằng gạch dài")
explain-T0105 = Phần khai báo nằm giữa hai dòng gồm ba dấu gạch ngang `---`. Word và
    một số trình soạn thảo khác tự đổi ba dấu gạch ngang thành một dấu gạch dài
    (— hoặc –) trong lúc gõ. Nhìn thì gần giống, nhưng đó là ký tự khác, nên
    thidua không nhận ra chỗ bắt đầu hoặc kết thúc phần khai báo.

    Sai:
      ---
      title: Giới thiệu
      —
    Đúng:
      ---
      title: Giới thiệu
      ---
    Hãy gõ lại ba dấu gạch ngang trong một trình soạn thảo văn bản thuần
    (Notepad), hoặc bấm Ctrl+Z ngay sau khi Word tự đổi.
    .title = Dấu gạch dài (—) thay cho `---`

## T0106 sai cách viết YAML

T0106-invalid-yaml = { $what } viết chưa đúng cách viết YAML (cách viết khóa: giá trị). Chi tiết kỹ thuật: { $detail }
T0106-help-curly-quotes = Word đã đổi dấu nháy thẳng thành nháy cong (“ ”); ở đây cần nháy thẳng: hãy viết giá trị là "…"
T0106-help-colon-in-value = giá trị có chứa ": " thì phải đặt trong dấu nháy: "…"
T0106-help-special-start = giá trị bắt đầu bằng ký tự đặc biệt thì phải đặt trong dấu nháy: "…"
explain-T0106 = Các khóa được viết theo cách viết YAML: mỗi dòng một `khóa: giá trị`,
    mỗi mục của danh sách bắt đầu bằng `- `, các nhóm thụt vào bằng dấu cách.
    Chỗ được chỉ ra không theo các quy tắc đó; chi tiết kỹ thuật (tiếng Anh) ở
    cuối thông báo.

    Nguyên nhân thường gặp: Word đổi dấu nháy thẳng " " thành nháy cong “ ”;
    giá trị có chứa `: ` hoặc bắt đầu bằng [ {"{"} * & ! mà không có dấu nháy.
    Sai:
      theme: “Thi đua: yêu nước”
    Đúng:
      theme: "Thi đua: yêu nước"
    .title = Phần khai báo viết sai cách viết YAML

## T0107 thụt đầu dòng bằng phím Tab

T0107-tab-indent = dòng này được thụt vào bằng phím Tab; YAML chỉ cho phép thụt vào bằng dấu cách
T0107-help-spaces = hãy thay ký tự Tab ở đầu dòng bằng dấu cách (mỗi bậc hai dấu cách)
explain-T0107 = Trong YAML, các dấu cách ở đầu dòng cho biết khóa thuộc nhóm nào. Chỉ
    được dùng dấu cách: ký tự Tab không được chấp nhận, mà trên màn hình Tab trông
    giống dấu cách nên rất khó nhận ra.

    Sai (có một Tab trước `alt`):
      image:
      →alt: Ảnh chân dung
    Đúng (hai dấu cách):
      image:
        alt: Ảnh chân dung
    Nhiều trình soạn thảo có thể hiện ký tự Tab hoặc tự đổi Tab thành dấu cách.
    .title = Thụt đầu dòng bằng phím Tab

## T0108 thiếu dấu cách sau dấu hai chấm

T0108-no-space-after-colon = cần một dấu cách sau `{ $key }:`
T0108-help-add-space = hãy viết `{ $key }: { $value }` (dấu hai chấm, một dấu cách, rồi đến giá trị)
explain-T0108 = Trong YAML, khóa và giá trị được ngăn bằng dấu hai chấm VÀ một dấu cách.
    Nếu thiếu dấu cách, cả dòng bị đọc thành một đoạn chữ và không nhận ra khóa.

    Sai:
      title:Giới thiệu
    Đúng:
      title: Giới thiệu
    .title = Thiếu dấu cách sau dấu hai chấm

## T0109 dấu phẩy thập phân trong {…}

T0109-comma-in-braces = trong {"{"}…{"}"} dấu phẩy dùng để ngăn các khóa: số `{ $number }` đã bị cắt làm hai, `{ $key }` chỉ nhận { $whole } còn { $fraction } thành một khóa riêng
T0109-help-quote-number = hãy đặt số trong dấu nháy, {"{"}{ $key }: "{ $number }"{"}"}, hoặc viết mỗi khóa trên một dòng, không dùng dấu ngoặc nhọn
explain-T0109 = Một nhóm có thể viết trên một dòng trong dấu ngoặc nhọn: {"{"}value: 95, unit: "%"{"}"}.
    Trong dấu ngoặc nhọn, dấu phẩy dùng để ngăn khóa này với khóa sau. Vì vậy số
    thập phân viết bằng dấu phẩy (99,5) bị cắt làm hai: giá trị chỉ còn 99, còn
    "5" thành một khóa riêng.

    Sai:
      - {"{"}label: Tỷ lệ hộ nghèo giảm, value: 99,5, unit: "%"{"}"}
    Đúng (đặt trong dấu nháy):
      - {"{"}label: Tỷ lệ hộ nghèo giảm, value: "99,5", unit: "%"{"}"}
    Đúng (mỗi khóa một dòng, không dùng ngoặc nhọn):
      - label: Tỷ lệ hộ nghèo giảm
        value: 99,5
        unit: "%"
    .title = Số thập phân có dấu phẩy trong {"{"}…{"}"}

## T0110 khóa bị lặp

T0110-duplicate-key = khóa `{ $key }` được viết hai lần (lần đầu ở dòng { $first })
T0110-help-keep-one = hãy giữ lại một lần
explain-T0110 = Trong cùng một nhóm, mỗi khóa chỉ được viết một lần. Khi một khóa có
    hai lần, thidua không biết bạn muốn dùng giá trị nào.

    Sai:
      title: Gương sáng
      date: 2024-06-11
      title: Gương sáng xã Tân An
    Đúng:
      title: Gương sáng xã Tân An
      date: 2024-06-11
    .title = Khóa bị viết hai lần

## T0111 tên tham chiếu không có

T0111-unknown-alias = chỗ tham chiếu (*tên) này trỏ tới một tên (&tên) chưa được đặt ở phía trên
explain-T0111 = YAML cho phép đặt tên cho một giá trị bằng &tên rồi dùng lại bằng *tên.
    Ở đây có *tên nhưng phía trên không có &tên nào trùng tên đó.

    Hãy viết đầy đủ giá trị, hoặc đặt &tên trước:
      unit: &dv Phường Tân An
      locality: *dv
    .title = Tham chiếu tới một tên không có

## T0112 khóa không phải một từ

T0112-key-not-a-word = khóa phải là một từ, không được là danh sách hay nhóm
explain-T0112 = Mỗi khóa là một từ đứng trước dấu hai chấm (`title`, `date`). Không
    dùng danh sách hay nhóm làm khóa. Lỗi này thường do có dấu `?`, `[` hoặc
    `{"{"}` đặt nhầm ở đầu dòng.

    Sai:
      {"["}title]: Giới thiệu
    Đúng:
      title: Giới thiệu
    .title = Khóa không phải một từ

## T0201 cần một nhóm khóa

T0201-not-a-group = { $what } phải là một nhóm khóa (khóa: giá trị), nhưng ở đây là { $found }
T0201-help-group = hãy viết mỗi dòng một `khóa: giá trị` (thụt vào dưới khóa cha nếu thuộc một nhóm)
explain-T0201 = Ở chỗ này thidua cần một nhóm khóa, mỗi dòng một `khóa: giá trị`,
    nhưng lại gặp một giá trị đơn hoặc một danh sách.

    Sai (giá trị của `image` chỉ là một đoạn chữ):
      image: anh.jpg
    Đúng:
      image:
        src: anh.jpg
        alt: Ảnh chân dung ông Nguyễn Văn An
    .title = Cần một nhóm khóa

## T0202 thiếu khóa

T0202-missing-key = { $what } thiếu khóa `{ $key }`
T0202-help-title = hãy ghi tiêu đề của bài, ví dụ: title: "Nguyễn Văn An"
T0202-help-date = ví dụ: date: 2024-06-11
T0202-help-image-src = hãy ghi tên tệp ảnh, ví dụ: src: anh-chan-dung.jpg
T0202-help-image-alt = hãy mô tả ảnh cho người không nhìn thấy được, ví dụ: alt: "Ông Nguyễn Văn An nhận Bằng khen"
T0202-help-subject = hãy ghi một trong các giá trị: subject: person (cá nhân), collective (tập thể), household (hộ gia đình), model (mô hình)
T0202-help-locality = hãy ghi địa phương đúng như trong hồ sơ, ví dụ: locality: "Phường Tân An, Quận Ninh Kiều"
T0202-help-given-name = hãy ghi tên (không gồm họ và tên đệm), ví dụ: given: Lan
T0202-help-recipient-name = hãy ghi họ tên người hoặc tên tập thể, ví dụ: name: "Nguyễn Thị Hồng Nhung"
T0202-help-decision-number = hãy ghi số ký hiệu của quyết định, ví dụ: number: "1234/QĐ-UBND"
T0202-help-decision-issued = hãy ghi ngày ký quyết định, dạng YYYY-MM-DD, ví dụ: issued: 2023-06-09
T0202-help-recipients = hãy liệt kê người, tập thể được khen thưởng; mỗi người một dòng: - {"{"}name: "Nguyễn Văn An", subject: person, unit: "Phường Ninh Kiều"{"}"}
T0202-help-revoked-date = hãy ghi ngày quyết định bị thu hồi, dạng YYYY-MM-DD
T0202-help-council = hãy ghi hội đồng xét khen thưởng, ví dụ: council: "Hội đồng Thi đua - Khen thưởng thành phố Cần Thơ"
T0202-help-opens = hãy ghi ngày bắt đầu lấy ý kiến, dạng YYYY-MM-DD
T0202-help-closes = hãy ghi ngày kết thúc lấy ý kiến, dạng YYYY-MM-DD, ít nhất 10 ngày làm việc kể từ ngày bắt đầu
T0202-help-contact = hãy ghi nơi nhận ý kiến, ví dụ: contact: {"{"}unit: "Ban Thi đua - Khen thưởng", phone: "0292 3820 000"{"}"}
T0202-help-nominees = hãy liệt kê người, tập thể được đề nghị; mỗi người một dòng với name và achievements (thành tích)
T0202-help-award-title = hãy ghi tên hình thức khen thưởng, ví dụ: title: "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố"
T0202-help-theme = hãy ghi chủ đề của phong trào (khẩu hiệu, đặt trong dấu nháy)
T0202-help-campaign-issuer = hãy ghi cơ quan phát động, ví dụ: issuer: "Ủy ban nhân dân thành phố Cần Thơ"
T0202-help-period = ví dụ: period: {"{"}start: 2024-02, end: 2024-12{"}"}
T0202-help-period-start = hãy ghi thời điểm bắt đầu phong trào, ví dụ: start: 2024-02
T0202-help-milestone-kind = một trong các giá trị: launch (phát động), midterm_review (sơ kết), final_review (tổng kết), deadline (hạn chót), other (khác)
T0202-help-milestone-date = hãy ghi ngày của mốc, ví dụ: date: 2024-06 (chỉ cần tháng cũng được)
T0202-help-target-label = hãy ghi chỉ tiêu đo cái gì, ví dụ: label: "Tốc độ tăng trưởng kinh tế"
T0202-help-origin-date = hãy ghi ngày được kỷ niệm, ví dụ: origin_date: 1948-06-11
T0202-help-backdrop-title = hãy ghi dòng chữ chính của phông nền, ví dụ: title: "HỘI NGHỊ ĐIỂN HÌNH TIÊN TIẾN"
T0202-help-doc-type = ví dụ: doc_type: Kế hoạch
T0202-help-doc-issuer = hãy ghi cơ quan ban hành, ví dụ: issuer: "Ủy ban nhân dân thành phố Cần Thơ"
T0202-help-abstract = hãy ghi trích yếu đúng như in dưới tên loại văn bản
T0202-help-signer-name = hãy ghi đầy đủ họ tên người ký
explain-T0202 = Loại bài này bắt buộc phải có khóa được nêu, nhưng khóa đó không có,
    hoặc có mà sau dấu hai chấm để trống. Thông báo nêu tên khóa, dòng "cách sửa"
    có ví dụ. Nếu khóa có nhưng để trống, vị trí chỉ đúng dòng của khóa đó.

    Sai:
      title: Nguyễn Văn An
      subject:
    Đúng:
      title: Nguyễn Văn An
      subject: cá nhân
    .title = Thiếu khóa bắt buộc

## T0203 giá trị trống

T0203-empty = khóa `{ $key }` đang để trống
explain-T0203 = Khóa có, nhưng giá trị là một đoạn chữ rỗng ("" hoặc chỉ có dấu cách).
    Hãy ghi giá trị, hoặc xóa khóa nếu không bắt buộc.

    Sai:
      title: ""
    Đúng:
      title: Nguyễn Văn An
    .title = Giá trị để trống

## T0204 giá trị sai loại

T0204-not-text = `{ $key }` phải là một đoạn chữ, nhưng ở đây là { $found }
T0204-help-quote-text = nếu đoạn chữ có chứa `: ` hoặc bắt đầu bằng [ hay {"{"}, hãy đặt nó trong dấu nháy: "…"
T0204-not-bool = `{ $key }` chỉ nhận `true` (có) hoặc `false` (không)
T0204-help-bool = hãy viết { $key }: true (hoặc có), hay { $key }: false (hoặc không)
T0204-not-count = `{ $key }` phải là một số nguyên
T0204-not-number = `{ $key }` phải là một số, ví dụ 7,5 hoặc 100 (ở đây là { $found })
T0204-not-list = `{ $key }` phải là một danh sách, ví dụ [a, b]
T0204-help-list = hãy viết { $key }: [mục một, mục hai], hoặc mỗi mục một dòng bắt đầu bằng `- `
T0204-not-item-list = `{ $key }` phải là một danh sách (mỗi mục một dòng, bắt đầu bằng `- `)
T0204-help-item-list = hãy viết từng mục dưới `{ $key }:`, mỗi mục một dòng, bắt đầu bằng `- `
explain-T0204 = Giá trị không đúng loại mà khóa này cần: ví dụ danh sách ở chỗ cần một
    đoạn chữ, chữ ở chỗ cần một số. Thông báo nói rõ khóa cần loại giá trị nào.

    Sai:
      attendees: khoảng 300
      tags: {"{"}a: b{"}"}
    Đúng:
      attendees: 300
      tags: [thi đua, khen thưởng]
    .title = Giá trị sai loại

## T0205 khóa không dùng được

T0205-unknown-key = { $what } có khóa `{ $key }` không dùng được ở đây
T0205-help-did-you-mean = có phải bạn muốn viết `{ $suggestion }`?
T0205-help-allowed = các khóa dùng được ở đây: { $keys }
explain-T0205 = thidua không biết khóa này ở chỗ này, nên giá trị của nó sẽ bị bỏ qua.
    Thường là do gõ nhầm: dòng "cách sửa" gợi ý khóa gần giống nhất, hoặc liệt kê
    các khóa dùng được. Tên khóa viết bằng tiếng Anh, không dấu, đúng như trong
    hướng dẫn.

    Sai:
      titel: Nguyễn Văn An
    Đúng:
      title: Nguyễn Văn An
    .title = Khóa không dùng được

## T0206 ngày tháng sai

T0206-bad-date = `{ $key }` không phải ngày tháng hợp lệ: { $problem }
T0206-empty = ngày tháng đang để trống
T0206-not-a-date = "{ $text }" không phải ngày tháng
T0206-not-padded = "{ $text }" chưa viết đúng dạng năm-tháng-ngày; có phải bạn muốn viết "{ $iso }"?
T0206-year-range = năm "{ $year }" trong "{ $text }" nằm ngoài khoảng 1000–9999
T0206-no-such-month = không có tháng "{ $month }" (trong "{ $text }")
T0206-no-such-day = không có ngày "{ $day }" (trong "{ $text }"): tháng { $month } chỉ có { $last } ngày
T0206-day-first = "{ $text }" đang viết ngày trước; có phải bạn muốn viết "{ $iso }"?
T0206-day-first-invalid = "{ $text }" không phải ngày tháng hợp lệ, kể cả khi đọc theo kiểu ngày/tháng/năm
T0206-help-format = hãy viết ngày tháng theo dạng YYYY, YYYY-MM hoặc YYYY-MM-DD (năm trước, rồi tháng, rồi ngày), ví dụ 2024-06-11
T0206-help-digits = năm viết đủ bốn chữ số, tháng và ngày mỗi thứ hai chữ số
T0206-help-months = tháng chỉ từ 01 đến 12
T0206-help-days = ngày trong tháng { $month } chỉ từ 01 đến { $last }
T0206-help-year-first = ngày tháng viết năm trước: "{ $iso }"
explain-T0206 = Ngày tháng viết năm trước, ngăn bằng dấu gạch ngang: YYYY-MM-DD
    (2024-06-11); nếu không rõ ngày thì chỉ ghi tháng (2024-06) hoặc năm (2024).
    Ngày đó phải có thật trên lịch.

    Sai:
      date: 11/6/2024
      date: 2023-02-30
    Đúng:
      date: 2024-06-11
      date: 2023-02
    .title = Ngày tháng không đọc được

## T0207 giá trị không có trong danh sách

T0207-not-allowed = `{ $key }` không nhận giá trị `{ $value }`
T0207-help-did-you-mean = có phải bạn muốn viết `{ $suggestion }`? Các giá trị dùng được: { $allowed }
T0207-help-allowed = các giá trị dùng được: { $allowed }
explain-T0207 = Khóa này chỉ nhận một trong vài giá trị cố định. Có thể viết bằng
    tiếng Anh hoặc tiếng Việt, có dấu hay không dấu, chữ hoa hay chữ thường đều
    được: `person` hoặc `cá nhân`, `lunar` hoặc `âm lịch`, `online` hoặc
    `trực tuyến`. Dòng "cách sửa" liệt kê các giá trị đó.

    Sai:
      subject: nhân viên
    Đúng:
      subject: cá nhân
      subject: person
    .title = Giá trị không có trong danh sách

## T0208 slug không hợp lệ

T0208-bad-slug = `{ $slug }` không dùng được làm slug (tên đường dẫn không dấu)
T0208-help-slug = slug chỉ gồm chữ a-z không dấu, chữ số 0-9 và dấu gạch ngang
T0208-help-slug-example = slug chỉ gồm chữ a-z không dấu, chữ số 0-9 và dấu gạch ngang, ví dụ: slug: { $suggestion }
explain-T0208 = Slug là phần cuối của địa chỉ trang (đường dẫn). Slug chỉ được có chữ
    thường không dấu, chữ số và dấu gạch ngang. Nếu không ghi `slug:`, slug được
    lấy từ tên tệp.

    Sai:
      slug: Nguyễn Văn An
    Đúng:
      slug: nguyen-van-an
    .title = Slug không hợp lệ

## T0209 các giá trị của chỉ tiêu không khớp nhau

T0209-op-without-value = chỉ tiêu có `{ $has }` thì cũng phải có `{ $lacks }`
T0209-help-op-value = hãy ghi cả hai, ví dụ: op: ">=" và value: 95
T0209-min-above-max = `min` của chỉ tiêu ({ $min }) lại lớn hơn `max` ({ $max })
T0209-help-min-max = `min` là mức thấp, `max` là mức cao: hãy đổi chỗ hai giá trị
explain-T0209 = Một chỉ tiêu được so theo khoảng (`min` và/hoặc `max`) hoặc theo phép
    so sánh (`op` đi cùng `value`). `op` và `value` phải đi cùng nhau, và `min`
    không được lớn hơn `max`.

    Sai:
      - label: Tỷ lệ trẻ em đến trường
        op: ">="
    Đúng:
      - label: Tỷ lệ trẻ em đến trường
        op: ">="
        value: 98
    .title = Các giá trị của chỉ tiêu không khớp nhau

## T0210 ngày tháng của phong trào không đúng thứ tự

T0210-period-ends-before-start = thời gian phong trào kết thúc ({ $end }) trước khi bắt đầu ({ $start })
T0210-help-period = hãy kiểm tra lại năm: `start` phải trước, `end` sau
T0210-milestone-after-period = có một mốc ({ $date }) nằm sau khi phong trào đã kết thúc ({ $end })
T0210-help-milestone = hãy kiểm tra ngày của mốc, hoặc `end` trong `period`
explain-T0210 = Các ngày của phong trào phải theo đúng thứ tự: `end` của thời gian phải
    sau `start`, và các mốc (trừ mốc tổng kết) phải nằm trong thời gian phong trào.

    Sai:
      period: {"{"}start: 2024-02, end: 2023-12{"}"}
    Đúng:
      period: {"{"}start: 2024-02, end: 2024-12{"}"}
    .title = Ngày tháng của phong trào không đúng thứ tự

## T0211 ngày kỷ niệm thiếu ngày

T0211-origin-not-full = `origin_date` phải ghi đủ ngày, tháng và năm, nhưng ở đây chỉ có { $text }
T0211-help-full-date = ví dụ: origin_date: 1948-06-11
explain-T0211 = Ngày kỷ niệm lặp lại hằng năm vào cùng một ngày, nên `origin_date` phải
    có cả ngày và tháng, không chỉ năm hoặc tháng.

    Sai:
      origin_date: 1948-06
    Đúng:
      origin_date: 1948-06-11
    .title = Ngày kỷ niệm thiếu ngày

## T0213 ngày kỷ niệm: ngày lặp lại, số năm, hai sự kiện gốc

T0213-day-required = ngày kỷ niệm không tính số năm (`ordinal: false`) cần khóa `day`: ngày lặp lại hằng năm, dạng tháng-ngày
T0213-help-day = ví dụ Giỗ Tổ Hùng Vương (10/3 âm lịch): day: 03-10 cùng calendar: lunar
T0213-bad-day = `{ $text }` không phải một ngày trong năm dạng tháng-ngày (MM-DD)
T0213-day-with-ordinal = `day` chỉ dùng cho ngày kỷ niệm không tính số năm (`ordinal: false`); ngày kỷ niệm có số năm lấy ngày từ `origin_date`
T0213-help-ordinal-false = bỏ `day`, hoặc thêm ordinal: false nếu đây là ngày như Tết, Giỗ Tổ Hùng Vương
T0213-n-without-ordinal = khẩu hiệu có `{"{"}n{"}"}` (số năm) nhưng ngày này không tính số năm (`ordinal: false`)
T0213-help-year-instead = dùng `{"{"}year{"}"}` để ghi năm, ví dụ "Giỗ Tổ Hùng Vương năm {"{"}year{"}"}"
T0213-origins-differ = các sự kiện gốc của một ngày kỷ niệm phải cùng ngày, cùng tháng; { $text } khác ngày
T0213-help-origins = mỗi sự kiện gốc ghi date và label, ví dụ origins: [{"{"}date: 1944-12-22, label: "Ngày thành lập Quân đội nhân dân Việt Nam"{"}"}, {"{"}date: 1989-12-22, label: "Ngày hội Quốc phòng toàn dân"{"}"}]
explain-T0213 =
    Một ngày kỷ niệm lặp lại mỗi năm vào cùng một ngày.
    Ngày có tính số năm (Kỷ niệm 79 năm …) lấy ngày từ origin_date; nếu ngày đó kỷ niệm hai sự kiện thì ghi cả hai trong origins, cùng ngày cùng tháng, mỗi sự kiện có tên (label).
    Ngày không tính số năm như Tết Nguyên đán, Giỗ Tổ Hùng Vương ghi ordinal: false và day (tháng-ngày); khẩu hiệu của nó dùng {"{"}year{"}"}, không dùng {"{"}n{"}"}.

        Sai:   title: Giỗ Tổ Hùng Vương
               origin_date: 1917-03-10
        Đúng:  title: Giỗ Tổ Hùng Vương
               calendar: lunar
               ordinal: false
               day: 03-10
    .title = Ngày kỷ niệm ghi sai ngày lặp lại hoặc số năm

## T0214 hình thức khen thưởng không nhận ra

T0214-unknown-award-form = không nhận ra hình thức khen thưởng của “{ $title }”; khen thưởng này được xếp vào “Hình thức khác”
T0214-help-award-forms = nếu đây là một hình thức theo Luật Thi đua, khen thưởng, hãy ghi tên bắt đầu bằng hình thức đó: { $forms }
explain-T0214 =
    Luật Thi đua, khen thưởng 2022 chia khen thưởng thành danh hiệu thi đua (Chiến sĩ thi đua, Lao động tiên tiến, Cờ thi đua, Tập thể lao động xuất sắc, Gia đình văn hóa, Thôn, tổ dân phố văn hóa …) và hình thức khen thưởng (Huân chương, Huy chương, danh hiệu vinh dự nhà nước, Giải thưởng, Kỷ niệm chương, Bằng khen, Giấy khen). Công cụ nhận ra hình thức từ những chữ đầu của title (có hay không có dấu ngoặc kép đều được). Một khen thưởng địa phương không thuộc các hình thức đó vẫn được đăng, xếp vào “Hình thức khác”; lời nhắc này để người biên tập kiểm tra có viết nhầm tên không.

        Nhắc:  title: Khen thưởng Bằng khen của Ủy ban nhân dân thành phố
        Đúng:  title: Bằng khen của Chủ tịch Ủy ban nhân dân thành phố
    .title = Hình thức khen thưởng không nhận ra

## T0215 thời hạn lấy ý kiến nhân dân

T0215-date-not-full = ngày lấy ý kiến phải ghi đủ năm, tháng, ngày, nhưng ở đây là { $text }
T0215-help-full-date = ví dụ: opens: 2026-03-02
T0215-closes-before-opens = ngày kết thúc lấy ý kiến ({ $closes }) trước ngày bắt đầu ({ $opens })
T0215-help-period = ghi opens là ngày bắt đầu, closes là ngày kết thúc
T0215-too-short = thời gian lấy ý kiến từ { $opens } đến { $closes } chỉ có { $days } ngày làm việc; theo khoản 2 điều 46 Nghị định 98/2023/NĐ-CP phải ít nhất 10 ngày làm việc
T0215-help-earliest = ngày kết thúc sớm nhất hợp lệ là { $earliest } (đã trừ thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết; lịch nghỉ từng năm ghi trong data/holidays.yaml)
explain-T0215 =
    Trước khi hội đồng họp xét khen thưởng cấp cao (Huân chương, danh hiệu vinh dự nhà nước, Chiến sĩ thi đua toàn quốc …), danh sách người được đề nghị phải được công khai để nhân dân góp ý ít nhất 10 ngày làm việc (Nghị định 98/2023/NĐ-CP, điều 46). Ngày làm việc không tính thứ Bảy, Chủ nhật và các ngày nghỉ lễ, Tết theo Bộ luật Lao động (Tết tính theo âm lịch), cùng lịch nghỉ Chính phủ công bố từng năm (ghi trong data/holidays.yaml). Thời gian tính cả ngày bắt đầu và ngày kết thúc.

        Sai:   opens: 2026-02-09
               closes: 2026-02-20
        Đúng:  opens: 2026-02-09
               closes: 2026-02-27
    .title = Thời gian lấy ý kiến chưa đủ 10 ngày làm việc

## T0212 thông tin văn bản cần xem lại

T0212-no-issued-date = văn bản này chưa có ngày ban hành `issued`
T0212-help-issued = hãy thêm issued: YYYY-MM-DD nếu văn bản có ghi ngày ban hành
T0212-unusual-doc-type = `{ $value }` không phải loại văn bản thường gặp
T0212-help-doc-types = các loại thường gặp: { $types }
explain-T0212 = Đây chỉ là cảnh báo: văn bản vẫn được đăng, nhưng có chỗ bất thường.
    Văn bản thường có ngày ban hành, và tên loại là một trong các loại quen thuộc
    (Kế hoạch, Quyết định, …). Hãy đối chiếu với bản giấy.

    Ví dụ:
      doc_type: Kế hoạch
      issued: 2024-02-20
    .title = Thông tin văn bản cần xem lại
