# Core words of every report (vi). Rules: src/i18n/mod.rs.
severity-error = lỗi
severity-warning = cảnh báo
help-label = cách sửa

io-not-found = không tìm thấy tệp hoặc thư mục này
io-permission-denied = không có quyền đọc hoặc ghi
io-already-exists = đã có sẵn
io-invalid-data = dữ liệu không đọc được
io-storage-full = ổ đĩa đã đầy
io-read-only = ổ đĩa chỉ cho phép đọc
io-is-a-directory = đây là một thư mục, không phải tệp
io-not-a-directory = đây không phải là thư mục
io-directory-not-empty = thư mục không trống
io-other = lỗi đọc/ghi của hệ thống ({ $detail })
