# cli messages (vi). See src/i18n/mod.rs for the rules.

## --help: the commands

cli-about = Tạo cổng thông tin thi đua – khen thưởng (một trang web tĩnh) từ các tệp Markdown.
cli-after-help = Xem hướng dẫn của từng lệnh: thidua <lệnh> --help
cli-build-about = Dựng trang web vào thư mục xuất (mặc định là public/).
cli-build-long-about =
    Dựng trang web vào thư mục xuất (mặc định là public/).

    Trang mới chỉ thay trang cũ khi việc dựng trang thành công trọn vẹn; nếu có chỗ sai, mọi lỗi được liệt kê và thư mục public/ được giữ nguyên như cũ.
cli-check-about = Kiểm tra mọi thứ như khi dựng trang, nhưng không ghi tệp nào.
cli-serve-about = Xem trước trang trên máy: dựng trong bộ nhớ, mở bằng trình duyệt và tự dựng lại mỗi khi lưu tệp.
cli-serve-long-about =
    Xem trước trang trên máy: dựng trong bộ nhớ, mở bằng trình duyệt và tự dựng lại mỗi khi lưu tệp.

    Mở địa chỉ được in ra bằng trình duyệt: trang tự tải lại sau mỗi lần lưu. Nếu một lần lưu làm trang bị lỗi, bản dựng tốt gần nhất vẫn được hiển thị và các lỗi hiện đè lên trang cho đến khi được sửa.
cli-init-about = Tạo khung một trang mới trong một thư mục; trang dựng được ngay.
cli-new-about = Tạo một mục nội dung mới, có sẵn mọi khóa của loại mục đó để điền vào.
cli-new-long-about =
    Tạo một mục nội dung mới, có sẵn mọi khóa của loại mục đó để điền vào.

    Tệp được đặt vào đúng thư mục của loại mục, tên tệp lấy từ tiêu đề bỏ dấu (văn bản có thư mục riêng: content/documents/<slug>/index.md). Mục mới là bài nháp (draft: true) cho đến khi bạn điền đủ và xóa dòng đó. Mục đã có thì không bao giờ bị ghi đè.
cli-import-about = Chuyển danh sách khen thưởng (.csv hoặc .xlsx) thành các gương điển hình kèm hình thức khen thưởng.
cli-import-long-about =
    Chuyển danh sách khen thưởng (.csv hoặc .xlsx) thành các gương điển hình kèm hình thức khen thưởng.

    Mỗi cá nhân hoặc tập thể thành một mục; gương điển hình đã có trên trang (cùng tên và cùng đơn vị) thì được thêm khen thưởng. Nếu có dòng nào không nhập được, mọi dòng như vậy được liệt kê và không tệp nào được ghi.
cli-explain-about = Giải thích một mã lỗi (ví dụ T0203): lỗi đó nghĩa là gì và sửa thế nào.
cli-explain-long-about =
    Giải thích một mã lỗi (ví dụ T0203): lỗi đó nghĩa là gì và sửa thế nào.

    Mã lỗi là phần trong ngoặc vuông của thông báo, như lỗi[T0203]. Không ghi mã thì lệnh in danh sách mọi mã lỗi kèm tên ngắn.

## --help: headings and words of the usage line

cli-heading-usage = Cách dùng
cli-heading-commands = Các lệnh
cli-heading-arguments = Giá trị cần ghi
cli-heading-options = Tùy chọn
cli-usage-options = tùy-chọn
cli-usage-command = lệnh
cli-help-default = [mặc định: { $value }]

## --help: options and values

cli-opt-root = Thư mục của trang (thư mục có tệp thidua.yaml).
cli-opt-output = Nơi ghi trang web (mặc định: thư mục public/ trong thư mục của trang).
cli-opt-base-url = Địa chỉ mà trang sẽ được đăng, dùng thay cho base_url trong thidua.yaml.
cli-opt-drafts = Đăng cả các bài nháp (bài có draft: true).
cli-opt-future = Đăng cả các bài có ngày sau ngày dựng trang (bài hẹn giờ).
cli-opt-today = Dựng trang như thể hôm nay là ngày này (YYYY-MM-DD): dùng cho bài hẹn giờ, trạng thái phong trào và ngày kỷ niệm.
cli-opt-port = Cổng mạng để mở trang; nếu cổng đang bận thì dùng cổng trống kế tiếp.
cli-opt-bind = Địa chỉ mạng để mở trang (ghi 0.0.0.0 để các máy khác trong mạng nội bộ cũng xem được).
cli-opt-init-dir = Thư mục cho trang mới (chưa có, hoặc đang trống).
cli-opt-new-kind = Loại mục: exemplar (gương điển hình), campaign (phong trào thi đua), anniversary (ngày kỷ niệm), event (sự kiện), document (văn bản), news (tin bài) hoặc page (trang tự do).
cli-opt-new-title = Tiêu đề, đặt trong ngoặc kép, ví dụ "Nguyễn Văn An".
cli-opt-new-slug = Tên tệp (slug: chữ không dấu, số và dấu gạch nối) dùng thay cho tên lấy từ tiêu đề.
cli-opt-explain-code = Mã lỗi cần giải thích, ví dụ T0203; bỏ trống để xem danh sách mọi mã.
cli-opt-lang = Ngôn ngữ của các thông báo: vi (tiếng Việt, mặc định) hoặc en (tiếng Anh). Cũng đặt được bằng biến môi trường THIDUA_LANG.
cli-opt-help = Xem hướng dẫn sử dụng.
cli-opt-version = Xem số phiên bản.
cli-opt-import-file = Tệp danh sách: .csv (mã UTF-8) hoặc .xlsx (đọc được cả .xls, .ods).
cli-opt-import-as = Các dòng sẽ thành loại mục nào: exemplars (gương điển hình; hiện chỉ có loại này).
cli-opt-import-campaign = Slug của phong trào thi đua mà mọi mục được nhập thuộc về.
cli-opt-import-award = Hình thức khen thưởng cho các dòng không ghi.
cli-opt-import-decision = Số quyết định cho các dòng không ghi.
cli-opt-import-date = Ngày quyết định cho các dòng không ghi (YYYY-MM-DD hoặc DD/MM/YYYY).
cli-opt-import-authority = Cấp khen cho các dòng không ghi.
cli-opt-import-locality = Địa phương cho các dòng không ghi.
cli-opt-import-subject = Đối tượng cho các dòng không ghi: person (cá nhân), collective (tập thể), household (hộ gia đình) hoặc model (mô hình); viết bằng tiếng Việt cũng được.
cli-opt-import-map = Cột có tiêu đề khác thường: "Tiêu đề cột=khóa,…" (khóa: title, subject, category, position, unit, locality, award, decision, date, authority, fields, body, ignore).
cli-opt-import-sheet = Trang tính cần đọc trong tệp Excel (mặc định: trang đầu tiên).
cli-opt-import-encoding = Bảng mã của tệp CSV không lưu bằng UTF-8, ví dụ windows-1258.
cli-opt-import-dry-run = Chỉ cho xem sẽ làm những gì; không ghi tệp nào.
cli-opt-import-merge-similar = Người đã có trên trang, cùng tên nhưng đơn vị viết khác (GD&ĐT / Giáo dục và Đào tạo), là cùng một người: thêm khen thưởng vào mục đó.
cli-opt-import-create-similar = Người đã có trên trang, cùng tên nhưng đơn vị viết khác, là một người khác: tạo mục mới.

cli-value-dir = thư-mục
cli-value-url = địa-chỉ
cli-value-port = cổng
cli-value-addr = địa-chỉ-ip
cli-value-type = loại
cli-value-title = tiêu-đề
cli-value-slug = slug
cli-value-code = mã
cli-value-lang = ngôn-ngữ
cli-value-file = tệp
cli-value-section = loại
cli-value-award = hình-thức
cli-value-number = số
cli-value-date = ngày
cli-value-authority = cấp-khen
cli-value-locality = địa-phương
cli-value-subject = đối-tượng
cli-value-map = tiêu-đề-cột=khóa,…
cli-value-sheet = trang-tính
cli-value-encoding = bảng-mã

## Usage errors

cli-usage-unknown-option = không có tùy chọn `{ $arg }`
cli-usage-unexpected = thừa `{ $arg }`: lệnh này không cần giá trị đó
cli-usage-unexpected-help = nếu đó là một phần của tiêu đề hay tên, hãy đặt cả cụm trong ngoặc kép, ví dụ "Nguyễn Văn An"
cli-usage-did-you-mean = có phải ý bạn là `{ $suggestion }`?
cli-usage-invalid-value = `{ $value }` không phải là giá trị dùng được cho `{ $arg }`
cli-usage-missing-value = `{ $arg }` cần có một giá trị đi kèm
cli-usage-possible-values = các giá trị dùng được: { $values }
cli-usage-bad-value = `{ $arg }`: { $reason }
cli-usage-missing = còn thiếu { $args }
cli-usage-unknown-command = không có lệnh `{ $command }`
cli-usage-commands = các lệnh có: { $commands }
cli-usage-conflict = không dùng được `{ $arg }` cùng với { $other }
cli-usage-no-command = cần ghi tên một lệnh, ví dụ thidua build
cli-usage-line = Cách dùng: { $usage }
cli-usage-more = Xem hướng dẫn đầy đủ: { $command } --help
cli-usage-hint = gợi ý
cli-value-not-a-date = `{ $value }` không phải là ngày dạng 2026-06-11
cli-value-not-a-port = `{ $value }` không phải là số cổng (từ 1 đến 65535)
cli-value-not-an-ip = `{ $value }` không phải là địa chỉ IP, ví dụ 127.0.0.1 hoặc 0.0.0.0
cli-value-not-a-lang = không có ngôn ngữ `{ $value }`: chọn vi (tiếng Việt) hoặc en (tiếng Anh)

## What the commands print

cli-error-line = lỗi: { $text }
cli-progress-reading = Đang đọc và kiểm tra nội dung
cli-progress-rendering = Đang dựng trang
cli-progress-files = tệp
cli-built = Đã dựng xong { $pages } trang từ { $entries } mục ({ $files } tệp) vào { $output }, mất { $ms } ms{ $warnings ->
        [0] {""}
       *[other] ; có { $warnings } cảnh báo (xem ở trên)
    }{ $has_left_out ->
        [yes] ; { $left_out }
       *[no] {""}
    }.
cli-built-unchanged = Không tệp nguồn nào thay đổi kể từ lần dựng trước: giữ nguyên { $output }.
cli-build-failed = Chưa dựng được trang: { $errors } lỗi, { $warnings } cảnh báo. Chưa ghi gì cả; { $output } vẫn giữ nguyên như cũ.
cli-init-created = Đã tạo trang mới trong { $dir }. Dựng thử bằng lệnh: thidua build --root { $dir }
cli-init-guide = Hướng dẫn biên tập nằm trong tệp { $guide }.
cli-init-not-empty = { $dir } không trống; hãy chọn một thư mục mới
cli-new-draft =
    Mục mới đang là bài nháp (draft: true) nên chưa được đăng. Hãy điền các khóa ghi “bắt buộc” rồi chạy thidua check để kiểm tra; khi đã đủ thông tin, xóa dòng draft: true để đăng bài.
cli-new-no-config = { $root } không có tệp thidua.yaml: hãy chạy lệnh trong thư mục của trang, hoặc ghi thêm --root <thư-mục>
cli-new-empty-title = tiêu đề đang trống: hãy viết tiêu đề trong ngoặc kép, ví dụ thidua new news "Tiêu đề bài"
cli-new-bad-slug = `{ $slug }` không dùng được làm slug (chỉ gồm chữ a-z không dấu, số 0-9 và dấu gạch nối)
cli-new-no-slug = tiêu đề `{ $title }` không cho ra tên tệp dùng được; hãy ghi thêm --slug ten-muc
cli-new-reserved = địa chỉ của `{ $slug }` đã dành cho các trang sẵn có của cổng thông tin; hãy ghi thêm --slug với tên khác
cli-new-exists = { $path } đã có; không ghi gì cả (hãy chọn tiêu đề khác hoặc ghi thêm --slug)
cli-explain-unknown = không có mã lỗi `{ $code }`
cli-explain-unknown-help = xem danh sách mọi mã lỗi bằng lệnh: thidua explain
cli-explain-list = Các mã lỗi của thidua (xem giải thích từng mã: thidua explain <mã>):
cli-explain-none = Chưa có mã lỗi nào.

## serve

cli-serve-ready = Đang mở trang tại { $url } — đang theo dõi các thay đổi trong thư mục { $root } (bấm Ctrl+C để dừng)
cli-serve-rebuilt = { $first ->
        [yes] Đã dựng
       *[no] Đã dựng lại
    } trong { $ms } ms (các trang xong sau { $pages_ms } ms): dựng { $rendered } trong số { $pages } trang, { $changed } tệp thay đổi, { $removed } tệp bị xóa{ $deferred ->
        [yes] ; bản tin (feed), sơ đồ trang (sitemap) và chỉ mục tìm kiếm sẽ được cập nhật ở lần lưu tiếp theo
       *[no] {""}
    }
cli-serve-still-serving = Trang đang hiển thị vẫn là bản dựng tốt gần nhất; hãy sửa các lỗi ở trên rồi lưu tệp.
cli-serve-not-built = Trang chưa dựng được; hãy sửa các lỗi ở trên rồi lưu tệp, trang sẽ tự dựng lại.
cli-serve-internal = thidua gặp lỗi nội bộ khi dựng lại; hãy lưu tệp lần nữa để thử lại (và báo lỗi này cho bộ phận kỹ thuật)
cli-serve-no-config = { $root } không có tệp thidua.yaml: hãy chạy thidua serve trong thư mục của trang, hoặc ghi thêm --root <thư-mục>
cli-serve-no-port = không còn cổng trống nào từ { $from } đến { $to }
cli-serve-watch-start = không bật được việc theo dõi tệp
cli-serve-watch = không theo dõi được { $path }
cli-overlay-title-built = Lỗi khi dựng lại trang — trang đang hiển thị là bản dựng tốt gần nhất
cli-overlay-title-unbuilt = Chưa dựng được trang
cli-overlay-hint = Sửa các lỗi dưới đây rồi lưu tệp; trang sẽ tự tải lại.

## Files

cli-io-open = không mở được { $path }
cli-io-read-dir = không đọc được thư mục { $path }
cli-io-create-dir = không tạo được thư mục { $path }
cli-io-create-file = không tạo được tệp { $path }
cli-io-write = không ghi được tệp { $path }
