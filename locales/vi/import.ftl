# import messages (vi). See src/i18n/mod.rs for the rules.

## Where a problem is: the cell as the spreadsheet names it (F10).

import-at-cell = ô { $cell } (cột “{ $header }”)
import-at-cell-no-header = ô { $cell }
import-what-name = họ tên hoặc tên tập thể
import-what-locality = địa phương
import-what-award = hình thức khen thưởng
import-column-locality = địa phương (“Địa phương”)
import-column-award = hình thức khen thưởng (“Hình thức khen thưởng”)
import-award-dated = “{ $title }” ngày { $date }
import-award-undated = “{ $title }”
import-decision = quyết định số { $number }
import-no-decision = không ghi số quyết định
import-unit = đơn vị “{ $unit }”
import-no-unit = không ghi đơn vị

## Problems of rows (diagnostics).

T0601-missing-column = bảng không có cột { $what }
import-help-missing-column = thêm cột này vào bảng, hoặc cho biết cột nào chứa thông tin này bằng --map "Tên cột={ $key }", hoặc ghi một giá trị chung cho mọi dòng bằng --{ $key } "…"
explain-T0601 =
    Mỗi người hoặc tập thể được nhập cần có địa phương và hình thức khen
    thưởng. Bảng danh sách không có cột nào mang tiêu đề như “Địa phương”
    hay “Hình thức khen thưởng”, và lệnh cũng không được cho một giá trị
    chung cho mọi dòng.

    Cách sửa: thêm cột vào bảng; hoặc nếu cột có tiêu đề khác, cho biết
    bằng --map "Tên cột=locality"; hoặc nếu mọi dòng giống nhau, ghi một
    giá trị chung bằng --locality "Xã Mỹ Khánh" (hoặc --award "Giấy khen").

    Sai (không có cột địa phương):
        Họ và tên,Hình thức khen thưởng
        Nguyễn Văn An,Giấy khen
    Đúng:
        Họ và tên,Địa phương,Hình thức khen thưởng
        Nguyễn Văn An,Xã Mỹ Khánh,Giấy khen
    .title = Bảng thiếu cột địa phương hoặc cột hình thức khen thưởng

T0602-empty-cell = { $at }: thiếu { $what }, ô này đang để trống
import-help-empty-name = ghi họ tên người hoặc tên tập thể được khen vào ô này, hoặc xóa dòng này nếu nó thừa
import-help-empty-cell = điền vào ô này, hoặc ghi một giá trị chung cho các ô để trống bằng --{ $flag } "…"
explain-T0602 =
    Một dòng của danh sách để trống ô mà mục nào cũng cần: họ tên (hoặc
    tên tập thể), địa phương, hoặc hình thức khen thưởng. Lỗi ghi rõ ô nào,
    ví dụ ô B7 là cột B, dòng 7 trong Excel.

    Cách sửa: điền vào ô đó. Nếu nhiều dòng cùng một giá trị, có thể ghi
    giá trị chung cho các ô trống bằng --locality "…" hoặc --award "…".
    Nếu ô đó nằm trong một vùng ô gộp (merge), lệnh đã đọc giá trị của cả
    vùng; hãy xem lại vùng gộp có đúng không.

    Sai (ô địa phương trống):
        Họ và tên,Địa phương,Hình thức khen thưởng
        Đỗ Văn Sáu,,Giấy khen
    Đúng:
        Họ và tên,Địa phương,Hình thức khen thưởng
        Đỗ Văn Sáu,Xã Mỹ Khánh,Giấy khen
    .title = Ô bắt buộc để trống

T0603-bad-subject = { $at }: “{ $value }” không phải là đối tượng khen thưởng
import-help-subject = ghi một trong các từ: cá nhân, tập thể, hộ gia đình, mô hình
explain-T0603 =
    Cột đối tượng cho biết dòng đó khen một người, một tập thể, một hộ gia
    đình hay một mô hình. Chữ trong ô không phải là một trong bốn loại đó.

    Cách sửa: ghi “cá nhân”, “tập thể”, “hộ gia đình” hoặc “mô hình” (có
    dấu hay không dấu đều được), hoặc để trống để dùng loại của nhóm
    (dòng “I. CÁ NHÂN”, “II. TẬP THỂ” ở trên) hay của --subject.

    Sai:
        Họ và tên,Đối tượng
        Huỳnh Văn Bảy,đơn vị
    Đúng:
        Họ và tên,Đối tượng
        Huỳnh Văn Bảy,cá nhân
    .title = Đối tượng khen thưởng không hợp lệ

T0604-bad-date = { $at }: “{ $value }” không phải là ngày hợp lệ
import-help-date = ghi ngày theo dạng 09/06/2023 (ngày/tháng/năm) hoặc 2023-06-09
explain-T0604 =
    Ô ngày quyết định không đọc được thành một ngày có thật: có thể ngày
    không tồn tại (31/02), hoặc viết lẫn chữ khác.

    Cách sửa: ghi ngày/tháng/năm như 09/06/2023, hoặc 2023-06-09, hoặc
    “ngày 09 tháng 6 năm 2023”; chỉ biết tháng thì ghi 06/2023.

    Sai:
        Ngày quyết định
        31/02/2024
    Đúng:
        Ngày quyết định
        29/02/2024
    .title = Ngày không hợp lệ

T0605-unknown-field = { $at }: “{ $value }” không phải là lĩnh vực của trang
import-help-did-you-mean = có phải ý bạn là “{ $best }”?
import-help-fields = dùng các lĩnh vực ghi dưới `fields:` trong tệp thidua.yaml, cách nhau bằng dấu ;
explain-T0605 =
    Cột lĩnh vực chỉ nhận các lĩnh vực đã khai báo dưới `fields:` trong tệp
    thidua.yaml (để các trang lọc theo lĩnh vực luôn đúng). Chữ trong ô
    không khớp với lĩnh vực nào, kể cả khi bỏ dấu.

    Cách sửa: sửa cho đúng tên lĩnh vực; nhiều lĩnh vực thì cách nhau
    bằng dấu chấm phẩy. Nếu đây là lĩnh vực mới, thêm nó vào thidua.yaml.

    Sai:
        Lĩnh vực
        Chuyen doi so hoa
    Đúng:
        Lĩnh vực
        Chuyển đổi số; Xây dựng nông thôn mới
    .title = Lĩnh vực không có trong thidua.yaml

T0606-several-matches = { $at }: “{ $name }” trùng với nhiều mục đã có ({ $paths })
import-help-several-matches = gộp các mục đó thành một, hoặc ghi đơn vị (`unit`) khác nhau cho từng người
explain-T0606 =
    Trên trang đã có nhiều tệp cùng tên và cùng đơn vị với người ở dòng
    này, nên lệnh không biết thêm khen thưởng vào tệp nào.

    Cách sửa: nếu là cùng một người, gộp các tệp đó thành một; nếu là
    những người khác nhau, ghi đơn vị (`unit`) khác nhau trong từng tệp.

    Sai (hai tệp cùng tên, cùng đơn vị):
        content/exemplars/nguyen-van-an.md     unit: Công an phường An Hòa
        content/exemplars/nguyen-van-an-2.md   unit: Công an phường An Hòa
    Đúng:
        content/exemplars/nguyen-van-an.md     unit: Công an phường An Hòa
    .title = Một dòng khớp với nhiều mục đã có

T0607-no-file-name = { $at }: tên “{ $name }” không tạo được tên tệp (không có chữ cái hay chữ số nào)
import-help-no-file-name = ghi họ tên bằng chữ
explain-T0607 =
    Tên tệp của mỗi mục được tạo từ họ tên, bỏ dấu (ví dụ
    nguyen-van-an.md). Ô họ tên ở dòng này không có chữ cái hay chữ số
    nào nên không tạo được tên tệp.

    Sai:
        Họ và tên
        ---
    Đúng:
        Họ và tên
        Nguyễn Văn An
    .title = Họ tên không tạo được tên tệp

T0608-invalid-entry = { $at }: mục mới tạo từ dòng này sẽ bị lỗi: { $detail }
import-help-invalid-entry = sửa các ô của dòng này rồi nhập lại
explain-T0608 =
    Trước khi ghi, mỗi tệp mới được đọc lại như khi dựng trang. Tệp tạo từ
    dòng này sẽ có lỗi (được ghi sau dấu hai chấm), nên không tệp nào
    được ghi.

    Cách sửa: sửa ô gây lỗi trong danh sách rồi chạy lại lệnh.
    .title = Mục mới tạo từ một dòng sẽ bị lỗi

T0609-cannot-update = { $at }: không thêm được khen thưởng vào { $path }: { $reason }
import-help-cannot-update = mở { $path }, sửa theo lỗi trên (hoặc thêm khen thưởng bằng tay), rồi nhập lại
import-reason-not-utf8 = tệp không lưu ở dạng UTF-8; hãy lưu lại tệp với bảng mã UTF-8
import-reason-unreadable = không đọc được tệp
import-reason-readback = sau khi thêm, tệp không đọc lại được như mong đợi
import-reason-front-matter = không đọc được phần khai báo ở đầu tệp (giữa hai dòng ---); chạy thidua check để xem lỗi
import-reason-not-closed = phần khai báo ở đầu tệp thiếu dòng --- kết thúc
import-reason-key-outside = khóa `{ $key }` không nằm trong phần khai báo ở đầu tệp
import-reason-not-a-list = khóa `{ $key }` là một nhóm khóa, không phải danh sách
import-reason-invalid = nội dung không hợp lệ
explain-T0609 =
    Người ở dòng này đã có tệp trên trang, nên lệnh thêm khen thưởng vào
    danh sách `awards:` của tệp đó mà giữ nguyên mọi dòng khác. Lần này
    không làm được, vì lý do ghi sau dấu hai chấm (ví dụ phần khai báo ở
    đầu tệp, giữa hai dòng ---, đang có lỗi).

    Cách sửa: mở tệp đó, sửa lỗi (chạy thidua check để xem), rồi nhập lại;
    hoặc thêm khen thưởng bằng tay:
        awards:
          - title: "Giấy khen của Chủ tịch Ủy ban nhân dân quận"
            decision: "56/QĐ-UBND"
            date: 2024-05-15
    .title = Không thêm được khen thưởng vào tệp đã có

T0610-probable-match = { $at }: “{ $name }” ({ $unit }) có lẽ là người (hoặc tập thể) đã có trong { $path } ({ $existing_unit }); chưa rõ là cùng một người hay hai người khác nhau nên chưa nhập
import-help-probable-match = nếu là cùng một người, chạy lại lệnh với --merge-similar để thêm khen thưởng vào { $path }; nếu là hai người khác nhau, chạy lại với --create-similar để tạo tệp mới { $new_path }
explain-T0610 =
    Trên trang đã có một người (hoặc tập thể) cùng họ tên, nhưng đơn vị ghi
    khác đi một chút: viết tắt và viết đầy đủ (“Phòng GD&ĐT” và “Phòng Giáo
    dục và Đào tạo”, “UBND” và “Ủy ban nhân dân”, “Q.” và “quận”), khác
    dấu, khác chữ hoa, hoặc một bên không ghi đơn vị. Có lẽ đó là cùng
    một người, nhưng lệnh không tự đoán: không ghi tệp nào cả.

    Cách sửa: xem từng trường hợp rồi chạy lại lệnh với một trong hai lựa chọn:
        --merge-similar    cùng một người: thêm khen thưởng vào tệp đã có
        --create-similar   người khác: tạo tệp mới (tên tệp thêm -2)

    Ví dụ, trên trang:
        unit: Phòng Giáo dục và Đào tạo quận Ninh Kiều
    trong danh sách:
        Nguyễn Văn An,Phòng GD&ĐT Q. Ninh Kiều
    .title = Có lẽ trùng với người đã có (đơn vị ghi khác)

T0611-same-award-in-list = { $at }: khen thưởng { $award } ({ $decision }) đã có ở dòng { $row } ({ $earlier }); chỉ ghi một lần
T0611-same-award-on-site = { $at }: khen thưởng { $award } ({ $decision }) đã có trong { $path } ({ $existing }, { $earlier }); không thêm lần nữa
import-help-same-award = cùng tên khen thưởng và cùng ngày được coi là một khen thưởng dù số quyết định khác nhau; nếu thật sự là hai lần khen khác nhau, hãy thêm lần thứ hai bằng tay
explain-T0611 =
    Một người không thể nhận cùng một khen thưởng hai lần trong cùng một
    ngày. Dòng này có khen thưởng trùng tên và trùng ngày với một khen
    thưởng đã có (ở dòng khác của danh sách, hoặc trong tệp của người đó),
    chỉ khác số quyết định. Khen thưởng này không được thêm lần nữa; đây
    chỉ là cảnh báo, các dòng khác vẫn được nhập.

    Cách sửa: xem số quyết định nào đúng và sửa tệp nếu cần. Nếu thật sự
    là hai lần khen khác nhau, thêm lần thứ hai bằng tay.

    Ví dụ (trùng: cùng tên, cùng ngày, khác số quyết định):
        Bằng khen,1234/QĐ-UBND,09/06/2023
        Bằng khen,1243/QĐ-UBND,09/06/2023
    .title = Khen thưởng trùng (cùng tên, cùng ngày)

T0612-no-header = cột { $column } không có tiêu đề (ô { $header } trống) nên chữ trong các ô { $cells } không được nhập
import-help-no-header = ghi tiêu đề cho cột, ví dụ “Thành tích” hoặc “Chức vụ”, hoặc cho biết cột chứa gì bằng --map; nếu không cần, xóa chữ trong các ô đó
explain-T0612 =
    Lệnh biết mỗi cột chứa gì nhờ tiêu đề ở dòng tiêu đề của bảng. Cột này
    không có tiêu đề mà vẫn có chữ ở một số dòng, nên những chữ đó bị bỏ
    qua. Đây là cảnh báo: các cột khác vẫn được nhập.

    Cách sửa: ghi tiêu đề cho cột (ví dụ “Thành tích”), hoặc xóa chữ thừa.

    Sai (cột thứ ba không có tiêu đề):
        Họ và tên,Địa phương,,Hình thức khen thưởng
        Nguyễn Văn An,Xã Mỹ Khánh,Giáo viên,Giấy khen
    Đúng:
        Họ và tên,Địa phương,Chức vụ,Hình thức khen thưởng
        Nguyễn Văn An,Xã Mỹ Khánh,Giáo viên,Giấy khen
    .title = Cột có chữ nhưng không có tiêu đề

## Lines of the report.

import-rows = (dòng { $rows })
import-line-create = tạo mới { $path } { $rows }
import-line-would-create = sẽ tạo mới { $path } { $rows }
import-line-update = cập nhật { $path }: thêm { $awards } khen thưởng{ $campaign ->
        [yes] , thêm phong trào
       *[other] {""}
    } { $rows }
import-line-would-update = sẽ cập nhật { $path }: thêm { $awards } khen thưởng{ $campaign ->
        [yes] , thêm phong trào
       *[other] {""}
    } { $rows }
import-line-update-similar = cập nhật { $path } (cùng người, đơn vị ghi khác): thêm { $awards } khen thưởng{ $campaign ->
        [yes] , thêm phong trào
       *[other] {""}
    } { $rows }
import-line-would-update-similar = sẽ cập nhật { $path } (cùng người, đơn vị ghi khác): thêm { $awards } khen thưởng{ $campaign ->
        [yes] , thêm phong trào
       *[other] {""}
    } { $rows }
import-line-unchanged = giữ nguyên { $path }: đã có đủ các khen thưởng này { $rows }
import-dry-run-summary = Chạy thử: { $rows } dòng sẽ tạo mới { $created } mục, cập nhật { $updated } mục ({ $unchanged } mục giữ nguyên); chưa ghi gì cả
import-done-summary = Đã nhập { $rows } dòng: { $created } mục mới, { $updated } mục cập nhật, { $unchanged } mục giữ nguyên, trong { $ms } ms
import-note = ghi chú: { $note }
import-note-column-skipped = cột “{ $header }” không được nhập
import-note-column-twice = cột “{ $header }” không được nhập: đã có cột khác cho `{ $key }` (chọn cột bằng --map)
import-note-consent = thidua.yaml yêu cầu có sự đồng ý: { $count } cá nhân mới chỉ được đăng sau khi thêm `consent: true` vào tệp của họ
import-note-merges-unknown = với tệp .xlsb, lệnh không nhận ra các ô gộp (merge): ô gộp chỉ có giá trị ở ô đầu tiên, các ô còn lại được đọc là trống. Hãy xem kỹ kết quả, hoặc lưu tệp thành .xlsx rồi nhập tệp đó
import-failed-rows = Chưa nhập gì: { $file } có { $count } lỗi. Hãy sửa các dòng trên (hoặc ghi giá trị chung, như --locality "…") rồi chạy lại lệnh.
import-failed-similar = Chưa nhập gì: { $count } người (hoặc tập thể) trong { $file } có lẽ đã có trên trang với đơn vị ghi khác. Xem từng trường hợp ở trên rồi chạy lại lệnh với --merge-similar (cùng người) hoặc --create-similar (người khác).
import-failed-config = Chưa nhập gì: tệp cấu hình thidua.yaml có lỗi; hãy sửa trước (chạy thidua check để xem).
import-usage-error = lỗi: { $detail }
import-error = lỗi: { $detail }
import-progress-reading = Đang đọc danh sách
import-progress-checking = Đang kiểm tra các dòng
import-progress-rows = dòng

## Operational errors.

import-file-not-found = không tìm thấy tệp { $path }. Hãy kiểm tra lại tên tệp và thư mục đang đứng khi chạy lệnh (có thể kéo thả tệp vào cửa sổ lệnh để có đúng đường dẫn).
import-file-is-folder = { $path } là một thư mục, không phải tệp danh sách
import-reading = không đọc được { $path }
import-listing = không xem được thư mục { $path }
import-writing = không ghi được { $path }
import-writing-in = không ghi được vào thư mục { $path }
import-changed-meanwhile = { $path } vừa bị sửa trong lúc đang nhập; chưa ghi gì cả, hãy chạy lại lệnh
import-unsupported-file = lệnh import chỉ đọc tệp .csv và .xlsx (cả .xls, .ods), không đọc được { $path }
import-unknown-encoding = “{ $label }” không phải là tên bảng mã (ví dụ: windows-1258, windows-1252, utf-8)
import-not-in-encoding = tệp không đúng bảng mã { $encoding }
import-not-utf8 = tệp không phải văn bản UTF-8 (ký tự lỗi đầu tiên ở dòng { $line }). Trong Excel, hãy lưu lại bằng Tệp › Lưu thành › “CSV UTF-8 (Comma delimited) (*.csv)”; hoặc, nếu tệp được lưu dạng “CSV” thường bằng Excel trên Windows tiếng Việt, thêm --encoding windows-1258
import-invalid-csv = tệp CSV bị lỗi gần dòng { $line } (thường do một dấu ngoặc kép " không được đóng)
import-open-spreadsheet = không mở được { $path } như một bảng tính
import-no-such-sheet = { $path } không có trang tính “{ $sheet }”; các trang tính có: { $sheets }
import-no-sheet = { $path } không có trang tính nào
import-read-sheet = không đọc được trang tính “{ $sheet }” của { $path }
import-no-name-column = không tìm thấy cột họ tên: cần một cột có tiêu đề như “Họ và tên”, “Họ tên” hoặc “Tên tập thể” (dòng đầu: { $first }); hoặc cho biết cột đó bằng --map "Tên cột=title"
import-map-bad-key = --map: “{ $key }” không phải là khóa của cột; dùng một trong: { $keys }
import-map-no-header = --map: ghi tên cột trước dấu =, ví dụ --map "Tên đơn vị=unit"
import-map-no-key = --map: “{ $spec }” thiếu phần =khóa; ghi ví dụ --map "Nơi công tác=unit"
import-map-no-column = --map: không có cột “{ $header }” ở dòng tiêu đề (dòng { $row }: { $headers })
import-no-campaign = --campaign: không có phong trào “{ $slug }” trong content/campaigns/ (ghi tên tệp của phong trào, không có đuôi .md)
import-no-campaign-did-you-mean = --campaign: không có phong trào “{ $slug }” trong content/campaigns/; có phải ý bạn là “{ $best }”?
import-bad-date-option = “{ $value }” không phải là ngày; ghi theo dạng 09/06/2023 hoặc 2023-06-09
import-bad-subject-option = “{ $value }” không phải là đối tượng; ghi cá nhân, tập thể, hộ gia đình hoặc mô hình (person, collective, household, model)
