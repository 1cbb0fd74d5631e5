# claims messages (vi): mỗi địa chỉ của trang web thuộc về một thứ duy nhất,
# phong trào cha, lỗi thidua.yaml khi vẫn kiểm tra tiếp, và các lời từ chối của `serve`.
# Mã: T0220–T0229 phong trào cha; T0340–T0349 trùng địa chỉ; T0420–T0429 thidua.yaml.

## Thứ tạo ra một tệp của trang web (lồng trong T0340 và T0341)

claims-entry-page = trang của `{ $file }`
claims-site-page = trang của cổng thông tin vẽ bằng mẫu `{ $template }`
claims-site-file = { $kind ->
    [feed] bản tin RSS của trang
    [sitemap] sơ đồ trang dành cho máy tìm kiếm
    [search] chỉ mục tìm kiếm
    [share-card] ảnh chia sẻ của một trang
    [embed] dữ liệu nhúng của một thẻ
   *[other] một tệp do trang web tự tạo
}
claims-copied-file = tệp `{ $file }`
claims-generated-page = { $path ->
    [linh-vuc] trang danh sách lĩnh vực
    [dia-phuong] trang danh sách địa phương
    [hinh-thuc-khen-thuong] trang danh sách hình thức khen thưởng
    [doi-tuong] trang danh sách đối tượng
    [nam] trang danh sách theo năm
    [lich-ky-niem] trang lịch kỷ niệm
    [tim-kiem] trang tìm kiếm
    [thong-ke] trang thống kê
    [so-vang] trang sổ vàng
    [embed] các thẻ nhúng
    [page] các trang tiếp theo của một danh sách
   *[other] một trang của cổng thông tin
}

## Phong trào cha

T0220-parent-cycle = các phong trào ghi ở `parent:` (phong trào cha) quay vòng tròn: { $cycle }
T0220-parent-cycle-help = một phong trào không thể là cha của chính nó, dù trực tiếp hay qua phong trào khác: bỏ `parent:` ở một phong trào, hoặc ghi phong trào lớn hơn cả
explain-T0220 =
    `parent:` ghi phong trào lớn mà phong trào này thuộc về. Lần ngược lên theo các phong trào cha thì phải dừng ở một phong trào không có `parent:`. Nếu một phong trào ghi chính nó là cha, hoặc hai (hay nhiều) phong trào ghi lẫn nhau, chuỗi đó không bao giờ dừng và cổng thông tin không biết phong trào thuộc về đâu.

        Sai:   thi-dua-a.md ghi  parent: thi-dua-b
               thi-dua-b.md ghi  parent: thi-dua-a
        Đúng:  thi-dua-a.md ghi  parent: thi-dua-b
               thi-dua-b.md không có parent:
    .title = Các phong trào cha quay vòng tròn

## Địa chỉ bị dùng hai lần

T0340-file-replaces-output = tệp này sẽ thay mất { $other } ở địa chỉ `{ $url }`
T0340-file-replaces-output-help = đổi tên hoặc chuyển tệp đi chỗ khác; nếu đúng là muốn thay, hãy thêm `{ $path }` vào `overrides:` trong thidua.yaml
T0340-file-replaces-file-help = đổi tên hoặc chuyển một trong hai tệp, để mỗi tệp có địa chỉ riêng
explain-T0340 =
    Các tệp trong thư mục `static/` và tệp đính kèm của một mục được chép vào trang web đúng theo đường dẫn của chúng. Nếu đường dẫn đó trùng với một trang hay tệp mà trang web tự tạo (bản tin RSS, trang tìm kiếm, trang của một mục), bản chép sẽ lặng lẽ thay mất trang đó. Mỗi địa chỉ của trang web chỉ thuộc về một thứ.

    Nếu thật sự muốn dùng tệp của mình thay cho tệp tự tạo, hãy ghi tệp đó vào `overrides:` trong thidua.yaml.

        Sai:   static/feed.xml   (thay mất bản tin RSS của trang)
        Đúng:  static/tai-lieu/feed-cu.xml
        Hoặc, nếu cố ý, trong thidua.yaml:
               overrides: [feed.xml]
    .title = Một tệp được chép sẽ thay mất một trang của trang web

T0341-url-generated-twice = hai trang sẽ cùng được ghi vào địa chỉ `{ $url }`: { $first } và { $second }
T0341-url-generated-twice-help = đặt cho một trong hai trang địa chỉ khác (khóa `slug:` của nó, hoặc đường dẫn chuyên mục trong thidua.yaml)
explain-T0341 =
    Mỗi địa chỉ của trang web chỉ do một thứ tạo ra. Ở đây hai trang do trang web tạo ra lại rơi vào cùng một địa chỉ, và trang này sẽ lặng lẽ che mất trang kia.

        Sai:   sections: {"{"}news: tin-tuc{"}"}  trùng địa chỉ với một danh sách khác
        Đúng:  mỗi chuyên mục, trang và danh sách có địa chỉ riêng
    .title = Hai trang cùng một địa chỉ

T0342-page-at-section-list = trang `{ $url }` trùng địa chỉ với trang danh sách của chuyên mục `{ $section }`
T0342-page-at-section-list-help = đặt cho trang `slug:` khác (hoặc đổi tên tệp), hoặc đổi đường dẫn của chuyên mục ở `sections:` trong thidua.yaml
explain-T0342 =
    Các trang tự do (thư mục content/pages/) nằm ngay ở gốc trang web, nơi mỗi chuyên mục cũng có trang danh sách của mình (`/guong-dien-hinh/`, `/tin-tuc/`…). Một trang có tên trùng với đường dẫn của chuyên mục sẽ bị trang danh sách che mất.

        Sai:   content/pages/guong-dien-hinh.md
        Đúng:  content/pages/gioi-thieu-guong-dien-hinh.md
    .title = Một trang trùng địa chỉ với danh sách của chuyên mục

## thidua.yaml

T0420-section-path-generated = chuyên mục `{ $key }` không dùng được địa chỉ `{ $path }`: đó là địa chỉ của { $page }
T0420-section-path-generated-help = chọn đường dẫn khác cho `{ $key }` ở `sections:`
explain-T0420 =
    Cổng thông tin tự tạo một số trang ở những địa chỉ cố định: danh sách lĩnh vực (`linh-vuc`), địa phương (`dia-phuong`), hình thức khen thưởng, đối tượng và năm, lịch kỷ niệm (`lich-ky-niem`), tìm kiếm (`tim-kiem`), thống kê (`thong-ke`) và các thẻ nhúng (`embed`). Đặt một chuyên mục ở các địa chỉ này sẽ thay mất trang đó.

        Sai:   sections:
                 exemplars: linh-vuc
        Đúng:  sections:
                 exemplars: guong-dien-hinh
    .title = Đường dẫn chuyên mục trùng địa chỉ cổng thông tin đang dùng

T0421-override-path = `{ $path }` ở `overrides:` không phải là một tệp của trang web
T0421-override-path-help = ghi tệp đúng như trong trang web đã dựng, ví dụ `feed.xml` hoặc `tim-kiem/index.html`
explain-T0421 =
    `overrides:` liệt kê các tệp của trang web đã dựng mà một tệp trong `static/` được phép cố ý thay thế. Mỗi mục là một đường dẫn bên trong trang web, không có `..`.

        Sai:   overrides: [../feed.xml]
        Đúng:  overrides: [feed.xml, tim-kiem/index.html]
    .title = Một mục của `overrides:` không phải tệp của trang web

## serve

claims-serve-wrong-host = Máy chủ xem thử này chỉ trả lời ở localhost hoặc ở địa chỉ nó đang lắng nghe.
claims-serve-too-many-streams = Có quá nhiều trang đang mở trên máy chủ xem thử này; hãy đóng bớt vài thẻ rồi tải lại.
