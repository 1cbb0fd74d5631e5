# hardening messages (vi): giới hạn cho dữ liệu đầu vào (chống tấn công, lỗi do fuzzer tìm ra).
# See src/i18n/mod.rs for the rules.

## T0113 dùng lại một giá trị đã đặt tên quá nhiều lần

T0113-alias-too-big = { $what } dùng lại các giá trị đã đặt tên (*tên) quá nhiều lần: chép ra sẽ thành hơn { $max } giá trị, nên thidua dừng đọc ở đây
T0113-help-write-out = hãy viết đầy đủ các giá trị, hoặc bớt số lần dùng lại
explain-T0113 = YAML (cách viết khóa: giá trị) cho phép đặt tên cho một giá trị bằng
    &tên rồi dùng lại bằng *tên. Mỗi lần *tên là một lần chép lại cả giá trị đó.
    Khi giá trị đã đặt tên lại dùng lại giá trị đã đặt tên khác, số bản chép nhân
    lên rất nhanh: vài dòng ngắn có thể thành hàng tỉ giá trị, làm máy hết bộ nhớ.
    thidua dừng lại ở chỗ *tên làm số bản chép vượt giới hạn.

    Sai:
      a: &a [x, x, x, x, x, x, x, x, x]
      b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
      c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
      (… và cứ thế tiếp)
    Đúng (chỉ dùng lại khi thật cần):
      unit: &dv Phường Tân An
      locality: *dv
    .title = Dùng lại một giá trị đã đặt tên quá nhiều lần

## T0114 danh sách, nhóm lồng nhau quá sâu

T0114-too-deep = { $what } có danh sách hoặc nhóm lồng vào nhau quá { $max } tầng
T0114-help-flatten = hãy viết lại với ít tầng hơn (thường chỉ cần hai, ba tầng)
explain-T0114 = Có thể viết danh sách hay nhóm khóa bên trong nhau, nhưng có giới hạn số
    tầng. Tệp thật không bao giờ lồng sâu như vậy; thường là do gõ nhầm nhiều dấu
    `[` hoặc `{"{"}`, hoặc tệp bị hỏng.

    Sai (gõ `[` tới 70 lần):
      tags: {"[[[[[[[[[["} … {"[[[["}thi đua{"]]]]"} … {"]]]]]]]]]]"}
    Đúng:
      tags: [thi đua, khen thưởng]
    .title = Danh sách, nhóm lồng nhau quá sâu

## T0730 không đọc được một thư mục

T0730-cannot-read-folder = không đọc được thư mục này: { $reason }; nếu bỏ qua, trang sẽ thiếu những tệp trong đó
T0730-cannot-read-folder-help = cho phép đọc thư mục (chuột phải → Properties → Security, hoặc `chmod u+rx` trên Linux), hoặc chuyển nó ra khỏi thư mục trang nếu không cần đăng
explain-T0730 = thidua đọc các thư mục data/, static/, templates/, thư mục giao diện và
    thư mục của từng bài (chứa ảnh, tệp đính kèm). Thư mục nào không có thì không
    sao: trang chỉ không có những tệp đó. Nhưng thư mục có mà máy không cho đọc
    (do quyền truy cập, ổ mạng bị ngắt, ổ đĩa hỏng…) thì thidua dừng và báo lỗi,
    vì nếu bỏ qua, trang tạo ra sẽ thiếu dữ liệu hay ảnh mà không ai hay.

    Sai:   static/anh  (chủ thư mục là người khác, chỉ người đó được đọc)
    Đúng:  cho tài khoản chạy thidua quyền đọc static/anh
    Đúng:  chuyển static/anh ra ngoài thư mục trang nếu không cần đăng
    .title = Không đọc được một thư mục

listing-folder = khi liệt kê thư mục { $folder }
