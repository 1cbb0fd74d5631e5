# output messages (vi): thư mục trang (--root) và thư mục kết quả (--output). See src/i18n/mod.rs for the rules.
# Mã: T0801–T0819.

output-refused-nothing-written = Chưa dựng trang và chưa ghi gì cả.

T0801-output-is-a-file = { $folder } là một tệp, không phải thư mục: thidua không dùng nó làm thư mục kết quả để khỏi xóa mất tệp này
T0801-output-is-a-link = { $folder } là một lối tắt (liên kết tượng trưng), không phải thư mục do thidua tạo ra: thidua không thay thế nó
T0801-output-help = chọn sau --output một thư mục chưa có, hoặc một thư mục do thidua tạo ra trước đó (ví dụ: --output public)
explain-T0801 =
    Thư mục kết quả (chỉ ra sau --output, mặc định là `public` trong thư mục trang) được thay thế trọn vẹn sau mỗi lần dựng trang. Nếu đường dẫn đó đang là một tệp (hoặc một lối tắt trỏ sang chỗ khác), dựng trang sẽ xóa mất nó, nên thidua từ chối và không ghi gì cả.

    Cách sửa: chọn một thư mục chưa có, hoặc thư mục kết quả cũ do thidua tạo ra.

        Sai:   thidua build --output bao-cao.docx
        Đúng:  thidua build --output public
    .title = Thư mục kết quả đang là một tệp hoặc một lối tắt

T0802-output-not-ours = { $folder } không trống và không do thidua tạo ra (không có tệp { $marker }): thidua không thay thế nó để khỏi xóa mất dữ liệu trong đó
T0802-output-unreadable = không xem được bên trong { $folder } để biết có phải do thidua tạo ra hay không, nên thidua không thay thế nó
T0802-output-help = chọn sau --output một thư mục chưa có hoặc đang trống, hoặc chuyển các tệp trong thư mục này đi chỗ khác
explain-T0802 =
    Mỗi lần dựng trang, thư mục kết quả được thay thế trọn vẹn. Thư mục do thidua tạo ra luôn có tệp ẩn `.thidua-output`; một thư mục không trống mà không có tệp đó có thể chứa tài liệu của bạn, nên thidua không đụng đến.

    Cách sửa: chọn một thư mục mới hoặc đang trống.

        Sai:   thidua build --output "Tài liệu"
        Đúng:  thidua build --output public
    .title = Thư mục kết quả không do thidua tạo ra

T0803-output-is-site = { $folder } chính là thư mục trang: không thể dùng nó làm thư mục kết quả vì dựng trang sẽ thay thế cả trang nguồn
T0803-output-contains-site = không thể dùng { $folder } làm thư mục kết quả: thư mục này chứa chính trang nguồn, dựng trang sẽ xóa mất trang
T0803-output-help = chọn thư mục kết quả nằm trong thư mục trang hoặc bên cạnh nó (ví dụ: --output public)
explain-T0803 =
    Thư mục kết quả được thay thế trọn vẹn sau mỗi lần dựng trang. Nếu nó là chính thư mục trang, hoặc một thư mục chứa thư mục trang, việc thay thế sẽ xóa mất các bài viết, nên thidua từ chối.

    Cách sửa: để mặc định (thư mục `public` trong thư mục trang) hoặc chọn một thư mục riêng.

        Sai:   thidua build --root cong-thi-dua --output cong-thi-dua
        Đúng:  thidua build --root cong-thi-dua --output cong-thi-dua/public
    .title = Thư mục kết quả là thư mục trang hoặc chứa thư mục trang

T0804-output-inside-input = { $folder } nằm trong thư mục `{ $input }/` của trang: lần dựng sau sẽ đọc lại kết quả như nội dung và trang cứ thế phình ra
T0804-output-inside-input-help = chọn thư mục kết quả nằm ngoài các thư mục content/, static/, data/, templates/, themes/ và .thidua-cache/ (ví dụ: --output public)
explain-T0804 =
    Khi dựng trang, thidua đọc các thư mục `content/` (bài viết), `static/` (tệp tĩnh), `data/` (dữ liệu), `templates/` và `themes/` (giao diện), và giữ ảnh chia sẻ đã vẽ trong `.thidua-cache/` để dùng lại. Nếu thư mục kết quả nằm trong một thư mục đó, lần dựng sau sẽ đọc lại chính kết quả của lần trước, và số tệp cứ thế tăng lên sau mỗi lần dựng. Vì vậy thidua từ chối trước khi ghi bất cứ thứ gì.

    Cách sửa: đặt thư mục kết quả ở chỗ khác, ví dụ thư mục `public` mặc định.

        Sai:   thidua build --output static/ban-dung
        Đúng:  thidua build --output public
    .title = Thư mục kết quả nằm trong thư mục mà trang đọc vào

T0805-root-missing = không tìm thấy thư mục trang { $folder }
T0805-root-not-a-folder = { $folder } là một tệp, không phải thư mục trang
T0805-root-help = kiểm tra lại đường dẫn sau --root (thư mục có tệp thidua.yaml), hoặc tạo trang mới bằng `thidua init THƯ-MỤC`
explain-T0805 =
    Sau --root là thư mục của trang, nơi có tệp `thidua.yaml` và thư mục `content/`. Thư mục này phải có sẵn; thidua không tự tạo nó và không ghi gì cả khi không tìm thấy.

    Cách sửa: gõ lại đường dẫn cho đúng, hoặc tạo trang mới bằng `thidua init`.

        Sai:   thidua build --root cong-thi-dau
        Đúng:  thidua build --root cong-thi-dua
    .title = Không tìm thấy thư mục trang

## T0806 không ghi được bộ đệm ảnh chia sẻ

T0806-card-cache-unwritable = không ghi được ảnh chia sẻ vào bộ đệm ({ $reason }): lần này ảnh được vẽ trong bộ nhớ và trang vẫn dựng xong, nhưng lần dựng sau sẽ phải vẽ lại tất cả nên chậm hơn
T0806-card-cache-unwritable-help = cho phép ghi vào thư mục .thidua-cache/ trong thư mục trang (hoặc xóa nó đi để thidua tạo lại)
explain-T0806 =
    Mỗi trang gương điển hình, phong trào, ngày kỷ niệm, sự kiện, quyết định khen thưởng và lấy ý kiến có một ảnh chia sẻ 1200×630 (ảnh hiện ra khi dán đường dẫn vào Facebook, Zalo). Vẽ một ảnh mất vài phần nghìn giây, nên thidua giữ ảnh đã vẽ trong thư mục `.thidua-cache/anh-chia-se/` của trang và chỉ vẽ lại khi nội dung của ảnh thay đổi.

    Khi thư mục này không ghi được (thư mục trang chỉ cho đọc, ổ đĩa đầy), thidua vẽ ảnh trong bộ nhớ: trang vẫn đủ ảnh, chỉ là lần dựng nào cũng phải vẽ lại.

    Cách sửa: cho phép ghi vào thư mục trang, hoặc xóa `.thidua-cache/` để thidua tạo lại. Không đưa thư mục này lên kho mã (thêm vào `.gitignore`).

        Sai:   chmod -R a-w .thidua-cache
        Đúng:  chmod -R u+w .thidua-cache
    .title = Không ghi được bộ đệm ảnh chia sẻ
