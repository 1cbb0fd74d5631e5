# Đường dẫn trong trang, liên kết tắt (symlink) và địa chỉ base_url.

T0330-parent-in-path = đường dẫn `{ $path }` ở khóa `{ $key }` có `..` (lùi lên thư mục cha), điều này không được phép
T0330-parent-in-path-help = ghi đường dẫn đi xuống từ thư mục chứa tệp của mục (hoặc từ static/ khi đường dẫn bắt đầu bằng /), không dùng `..`; tệp ở chỗ khác thì chép vào đó
explain-T0330 =
    Đường dẫn tới ảnh hoặc tệp đính kèm không được chứa `..` (nghĩa là "lùi lên thư mục cha"). Nếu được phép, một đường dẫn như vậy có thể trỏ ra ngoài thư mục trang, tới các tệp riêng của máy đang dựng trang. Hãy đặt tệp cạnh tệp của mục, hoặc trong thư mục static/, rồi ghi đường dẫn từ đó.

        Sai:   src: ../../anh/chan-dung.jpg
        Sai:   src: /./../../etc/hostname
        Đúng:  src: chan-dung.jpg          (ảnh đặt cạnh index.md của mục)
        Đúng:  src: /anh/chan-dung.jpg     (ảnh đặt ở static/anh/chan-dung.jpg)
    .title = Đường dẫn có `..`

T0331-file-is-entry = tệp đính kèm `{ $file }` là một tệp Markdown (.md), tức là một mục của trang, không phải tệp để tải về
T0331-file-is-entry-help = ghi ở `file:` tên tệp PDF hoặc DOCX đặt cùng thư mục với văn bản; muốn dẫn tới mục khác thì đặt liên kết trong phần nội dung
explain-T0331 =
    Khóa `file:` của văn bản ghi tệp để người xem tải về (PDF, DOCX…). Tệp .md là một mục của trang, không được xuất bản nguyên dạng, nên không thể là tệp đính kèm.

        Sai:   file: ke-hoach-33.md
        Đúng:  file: ke-hoach-33.pdf
    .title = Tệp đính kèm là tệp Markdown

T0332-file-outside-folder = tệp đính kèm `{ $file }` không nằm trong thư mục của văn bản
T0332-file-outside-folder-help = chép tệp vào cùng thư mục với tệp của văn bản (documents/TEN-VAN-BAN/), rồi chỉ ghi tên tệp, ví dụ file: { $name }
explain-T0332 =
    Tệp ghi ở `file:` phải nằm trong thư mục của văn bản (cùng chỗ với index.md, hoặc trong một thư mục con). Đường dẫn bắt đầu bằng `/` trỏ ra chỗ khác nên không được nhận.

        Sai:   file: /tai-lieu/33-kh-ubnd.pdf
        Đúng:  file: 33-kh-ubnd.pdf   (tệp đặt ở documents/ke-hoach-33/33-kh-ubnd.pdf)
    .title = Tệp đính kèm nằm ngoài thư mục của văn bản

T0410-base-url-not-web = địa chỉ `{ $url }` ở `{ $key }` không phải địa chỉ web: phải bắt đầu bằng https:// hoặc http://
T0410-base-url-no-host = địa chỉ `{ $url }` ở `{ $key }` thiếu tên miền sau https://
T0410-base-url-bad-char = địa chỉ `{ $url }` ở `{ $key }` có ký tự không được phép: { $char }
T0410-base-url-help = ghi đầy đủ địa chỉ web của trang, không có dấu cách, dấu nháy hay dấu < >, ví dụ https://thiduakhenthuong.example.gov.vn
explain-T0410 =
    `base_url` trong thidua.yaml (hoặc `--base-url` khi chạy thidua build) là địa chỉ web nơi trang được đăng. Địa chỉ này được ghi vào mọi trang, bản tin (feed) và sơ đồ trang, nên phải là một địa chỉ web đúng: bắt đầu bằng https:// hoặc http://, tiếp theo là tên miền, không có dấu cách, dấu nháy (" ' `), dấu < > hay ký tự điều khiển.

        Sai:   base_url: https://
        Sai:   base_url: https://thiduakhenthuong.example.gov.vn/"><script>
        Sai:   thidua build --base-url 'javascript:alert(1)//'
        Đúng:  base_url: https://thiduakhenthuong.example.gov.vn
    .title = base_url không phải một địa chỉ web hợp lệ

T0720-link-outside = `{ $link }` là một liên kết tắt (symlink) trỏ ra ngoài thư mục trang, tới { $target }: thidua không đọc nó
T0720-link-outside-help = chép hẳn tệp hoặc thư mục vào trong thư mục trang thay cho liên kết tắt, hoặc xóa liên kết tắt đó
explain-T0720 =
    Liên kết tắt (symbolic link, "symlink", hay shortcut) là một tệp chỉ trỏ tới tệp hoặc thư mục ở chỗ khác. thidua chỉ đọc những gì nằm trong thư mục của trang (và thư mục giao diện): một liên kết trỏ ra ngoài có thể làm lộ tệp riêng của máy (ví dụ /etc/passwd) lên trang công khai, nên nó bị bỏ qua và báo lỗi. Liên kết trỏ tới chỗ khác trong cùng thư mục trang thì vẫn dùng được.

        Sai:   static/h.txt  →  /etc/hostname
        Sai:   content/tai-lieu  →  /home/canbo/Tai-lieu
        Đúng:  chép thư mục Tai-lieu vào content/tai-lieu
        Đúng:  static/logo.png  →  static/anh/logo.png   (trong cùng trang)
    .title = Liên kết tắt trỏ ra ngoài thư mục trang

T0721-link-loop = `{ $link }` là một liên kết tắt (symlink) vòng quanh: nó trỏ về chính nó hoặc về thư mục chứa nó
T0721-link-loop-help = xóa liên kết tắt này, hoặc cho nó trỏ tới một tệp thật
explain-T0721 =
    Liên kết tắt (symlink) này dẫn về chính nó hoặc về một thư mục chứa nó, nên nếu đi theo sẽ lặp mãi. thidua bỏ qua nó và nhắc bạn sửa.

        Sai:   static/vong  →  static
        Sai:   a.txt  →  b.txt  và  b.txt  →  a.txt
        Đúng:  xóa liên kết, hoặc chép tệp thật vào chỗ đó
    .title = Liên kết tắt vòng quanh

T0722-link-broken = `{ $link }` là một liên kết tắt (symlink) trỏ tới chỗ không có: thidua bỏ qua nó
T0722-link-broken-help = xóa liên kết tắt này, hoặc chép tệp thật vào chỗ đó
explain-T0722 =
    Liên kết tắt (symlink) này trỏ tới một tệp hoặc thư mục không còn tồn tại (có thể đã bị xóa hay đổi tên). thidua bỏ qua nó.

        Sai:   static/logo.png  →  ../Logo-cu/logo.png   (thư mục Logo-cu đã bị xóa)
        Đúng:  chép logo.png vào static/logo.png
    .title = Liên kết tắt trỏ tới chỗ không có
