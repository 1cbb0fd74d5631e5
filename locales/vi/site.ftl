# site messages (vi). See src/i18n/mod.rs for the rules.
# Mã: T03xx tham chiếu, liên kết, địa chỉ trang, tệp đi kèm, ảnh, xuất bản;
# T04xx thidua.yaml; T05xx giao diện và khuôn mẫu; T07xx tệp trong content/ và data/.

## Một mục của chuyên mục, bằng lời (lồng trong thông báo khác)

site-one-exemplar = gương điển hình
site-one-campaign = phong trào thi đua
site-one-anniversary = ngày kỷ niệm
site-one-event = sự kiện
site-one-document = văn bản
site-one-news = tin bài
site-one-decision = quyết định khen thưởng
site-one-nomination = đợt lấy ý kiến nhân dân
site-one-page = trang

## T03xx: tham chiếu, liên kết, địa chỉ trang, tệp đi kèm, ảnh, xuất bản

T0301-no-slug = tên tệp của mục này không tạo được địa chỉ trang (slug)
T0301-no-slug-help = đổi tên tệp, dùng chữ cái hoặc chữ số, hoặc thêm dòng slug: ten-trang
explain-T0301 =
    Địa chỉ trang của một mục (slug, tức tên tệp/đường dẫn không dấu) lấy từ tên tệp, hoặc từ dòng `slug:`. Tên tệp này sau khi bỏ dấu và ký hiệu không còn chữ cái hay chữ số nào, nên mục không có địa chỉ.

    Cách sửa: đặt lại tên tệp bằng chữ không dấu, chữ số và dấu gạch ngang, hoặc thêm dòng `slug:`.

        Sai:   content/news/!!!.md
        Đúng:  content/news/khai-truong.md
        Đúng:  slug: khai-truong
    .title = Mục không có địa chỉ trang (slug) dùng được

T0302-same-url = mục này có cùng địa chỉ { $url } với tệp { $other }
T0302-same-url-help = đổi tên tệp của một trong hai mục, hoặc đặt `slug:` khác cho một mục
explain-T0302 =
    Hai mục sẽ được đăng ở cùng một địa chỉ trang, nên mục này sẽ đè lên mục kia. Địa chỉ gồm tên chuyên mục và slug (tên tệp, hoặc dòng `slug:`).

    Cách sửa: đổi tên một trong hai tệp, hoặc đặt `slug:` khác cho một mục.

        Sai:   content/news/trung-1.md và content/news/trung-2.md cùng ghi slug: trung
        Đúng:  một trong hai tệp ghi slug: trung-thu-2024
    .title = Hai mục trùng địa chỉ trang

T0303-url-of-a-list = địa chỉ { $url } đã được dùng cho các trang danh sách của cổng
T0303-url-of-a-list-help = đặt tên tệp khác hoặc `slug:` khác
explain-T0303 =
    Trong mỗi chuyên mục, một số địa chỉ dành cho danh sách của cổng: `page` (các trang danh sách đánh số) và, với văn bản, `cu-nhat`, `loai`, `co-quan` (danh sách sắp xếp, lọc sẵn). Mục không được dùng các địa chỉ này.

        Sai:   content/documents/loai/index.md
        Đúng:  content/documents/loai-van-ban-moi/index.md
    .title = Địa chỉ trùng với trang danh sách của cổng

T0304-url-reserved = địa chỉ { $url } đã được cổng dùng cho trang riêng
T0304-url-reserved-help = đặt `slug:` khác cho trang này
explain-T0304 =
    Trang tự do (content/pages/) được đăng ngay dưới địa chỉ gốc của cổng, nơi cổng đã có sẵn một số trang: lĩnh vực (`linh-vuc`), địa phương (`dia-phuong`), tìm kiếm (`tim-kiem`), thống kê (`thong-ke`), lịch kỷ niệm (`lich-ky-niem`) và vài trang khác. Trang tự do không được lấy các địa chỉ đó.

        Sai:   content/pages/tim-kiem.md
        Đúng:  content/pages/huong-dan-tim-kiem.md
    .title = Địa chỉ đã dành riêng cho cổng

T0305-unknown-field = `{ $field }` không có trong danh sách lĩnh vực của trang
T0305-unknown-field-did-you-mean = có phải ý bạn là `{ $best }`? Danh sách lĩnh vực nằm ở mục `fields:` trong thidua.yaml
T0305-unknown-field-help = thêm lĩnh vực này vào `fields:` trong thidua.yaml, hoặc dùng một lĩnh vực đã có trong danh sách đó
explain-T0305 =
    Mỗi giá trị của `fields:` trong một mục phải là một lĩnh vực đã liệt kê ở `fields:` trong thidua.yaml, để các trang lĩnh vực của cổng được gọn gàng. Được phép khác dấu hoặc chữ hoa, nhưng không được viết khác chữ.

        Sai:   fields: [Giao duc dao tao]   (khi thidua.yaml ghi "Giáo dục và đào tạo")
        Đúng:  fields: [Giáo dục và đào tạo]
    .title = Lĩnh vực không có trong danh sách của trang

T0306-refers-to-unpublished = `{ $key }` nhắc tới `{ $slug }`, nhưng mục đó chưa được xuất bản (bản nháp, chưa đến ngày đăng hoặc đang tạm giữ)
T0306-refers-to-unpublished-help = liên kết này được tạm bỏ qua cho đến khi mục kia được xuất bản
explain-T0306 =
    Mục được nhắc tới có tồn tại nhưng không được xuất bản ở lần này: đó là bản nháp (`draft: true`), có ngày đăng chưa tới, hoặc là cá nhân chưa có `consent: true`. Tham chiếu được tạm bỏ khỏi trang cho đến khi mục kia được xuất bản. Đây là cảnh báo: trang vẫn được tạo.

        Ví dụ:  campaigns: [dot-thi-dua-2025]   trong khi dot-thi-dua-2025.md có draft: true
    .title = Tham chiếu tới một mục chưa xuất bản

T0307-refers-to-nothing = `{ $key }` nhắc tới `{ $slug }`, nhưng không có { $section } nào mang slug này
T0307-refers-to-nothing-did-you-mean = có phải ý bạn là `{ $best }`?
T0307-refers-to-nothing-help = ghi slug của một tệp trong content/{ $folder }/ (tên tệp, bỏ đuôi .md)
explain-T0307 =
    Các khóa như `campaigns:`, `documents:`, `exemplars:`, `parent:`, `anniversary:` nhắc tới mục khác bằng slug: tên tệp bỏ đuôi `.md` (hoặc tên thư mục, với mục dạng thư mục). Không có mục nào của chuyên mục đó mang slug này.

    Cách sửa: so lại cách viết với tên các tệp trong thư mục của chuyên mục đó.

        Sai:   campaigns: [dot-cao-diem]
        Đúng:  campaigns: [dot-cao-diem-2024]   (ứng với tệp content/campaigns/dot-cao-diem-2024.md)
    .title = Tham chiếu tới một mục không tồn tại

T0308-link-outside = liên kết `{ $link }` trỏ ra ngoài thư mục của trang
T0308-link-outside-help = liên kết giữa các mục tính từ tệp đang soạn, ví dụ ../campaigns/ten-phong-trao.md; không được vượt lên trên thư mục content/
explain-T0308 =
    Liên kết tương đối đi lên (bằng `../`) quá thư mục của trang, nơi không có gì được xuất bản.

        Sai:   liên kết tới ../../../tai-lieu.md
        Đúng:  liên kết tới ../campaigns/ten-phong-trao.md
    .title = Liên kết trỏ ra ngoài trang

T0309-link-to-unpublished = liên kết này dẫn tới { $target }, nhưng mục đó chưa được xuất bản (bản nháp hoặc chưa đến ngày đăng)
T0309-link-to-unpublished-help = xuất bản mục kia trước, hoặc tạm bỏ liên kết này
explain-T0309 =
    Phần nội dung có liên kết tới một mục có tồn tại nhưng không được xuất bản ở lần này (bản nháp, ngày đăng chưa tới, hoặc cá nhân chưa đồng ý). Người đọc bấm vào sẽ gặp trang không tồn tại.

    Cách sửa: xuất bản mục kia trước (xóa dòng `draft: true`), hoặc tạm bỏ liên kết.
    .title = Liên kết tới một mục chưa xuất bản

T0310-link-to-missing-entry = liên kết này dẫn tới { $target }, nhưng tệp đó không tồn tại
T0310-link-to-missing-entry-help = kiểm tra lại tên tệp; liên kết giữa các mục tính từ tệp đang soạn, ví dụ ../campaigns/ten-phong-trao.md
T0310-link-broken = liên kết này không dẫn tới đâu cả
explain-T0310 =
    Phần nội dung có liên kết tới một tệp `.md` không tồn tại. Liên kết giữa các mục viết theo đường dẫn tương đối, tính từ tệp đang soạn: `..` nghĩa là “lên một thư mục”.

        Sai (trong content/news/a.md):   liên kết tới campaigns/dot-1.md
        Đúng (trong content/news/a.md):  liên kết tới ../campaigns/dot-1.md
    .title = Liên kết tới một mục không tồn tại

T0311-link-to-missing-file = liên kết này dẫn tới { $target }, nhưng tệp đó không tồn tại
T0311-link-to-missing-file-help = kiểm tra lại tên và vị trí của tệp; tệp đi kèm một mục phải đặt cạnh tệp index.md của mục dạng thư mục
T0311-link-to-loose-file = liên kết này dẫn tới { $target }, nhưng tệp đó không được xuất bản vì không nằm trong mục dạng thư mục nào
T0311-link-to-loose-file-help = chuyển mục sang dạng thư mục (TEN-MUC/index.md) và đặt tệp cạnh index.md, hoặc để tệp dùng chung trong thư mục static/
explain-T0311 =
    Phần nội dung có liên kết tới một tệp (PDF, ảnh, bảng tính…) không có trong trang, hoặc đang nằm rời trong thư mục chuyên mục, nơi tệp không được xuất bản.

    Cách sửa: chuyển mục sang dạng thư mục và đặt tệp cạnh index.md.

        Sai:   content/news/tin.md có liên kết tới ke-hoach.pdf nằm rời trong content/news/
        Đúng:  content/news/tin/index.md và tệp content/news/tin/ke-hoach.pdf bên cạnh
    .title = Liên kết tới một tệp không được xuất bản

T0312-image-missing = không tìm thấy ảnh `{ $src }`
T0312-image-outside = ảnh `{ $src }` nằm ngoài thư mục content/
T0312-image-missing-help = đặt ảnh cạnh tệp của mục (mục dạng thư mục TEN-MUC/index.md) hoặc trong thư mục static/, rồi ghi đúng đường dẫn
T0312-image-not-in-static = ảnh `{ $src }` không có trong thư mục static/
T0312-image-not-in-static-help = đường dẫn bắt đầu bằng / được tìm trong thư mục static/: đặt tệp ở { $file }, hoặc bỏ dấu / nếu ảnh nằm cạnh tệp của mục
explain-T0312 =
    Không tìm thấy ảnh ghi ở `image: src:`. Đường dẫn tương đối (không có `/` ở đầu) được tìm cạnh tệp của mục; đường dẫn bắt đầu bằng `/` được tìm trong thư mục static/.

        Sai:   src: /anh/chan-dung.jpg   (không có tệp static/anh/chan-dung.jpg)
        Đúng:  src: chan-dung.jpg   (tệp content/exemplars/nguyen-van-an/chan-dung.jpg cạnh index.md)
    .title = Không tìm thấy ảnh đại diện của mục

T0313-attachment-missing = không tìm thấy tệp đính kèm `{ $file }`
T0313-attachment-missing-help = đặt tệp cạnh văn bản (documents/TEN-VAN-BAN/index.md, tệp đính kèm ở cùng thư mục)
explain-T0313 =
    Khóa `file:` của văn bản ghi tên tệp đính kèm (PDF hoặc DOCX); tệp này phải nằm cùng thư mục với index.md của văn bản.

        Sai:   file: 33-kh-ubnd.pdf   trong khi tệp PDF để ở chỗ khác
        Đúng:  content/documents/ke-hoach-33/index.md và content/documents/ke-hoach-33/33-kh-ubnd.pdf
    .title = Không tìm thấy tệp đính kèm của văn bản

T0314-no-consent = người này chưa được xuất bản: trang yêu cầu cá nhân phải có `consent: true`
T0314-no-consent-help = thêm dòng consent: true khi người đó đã đồng ý, hoặc xóa mục này
explain-T0314 =
    thidua.yaml yêu cầu sự đồng ý (`privacy: require_consent: true`): gương điển hình là cá nhân chỉ được xuất bản khi có dòng `consent: true`, ghi sau khi người đó đã đồng ý. Trước đó mục được tạm giữ lại. Đây là cảnh báo.

        Đúng:  consent: true
    .title = Cá nhân được tạm giữ cho đến khi đồng ý

T0315-body-image-no-alt = ảnh `{ $src }` chưa có lời mô tả (alt)
T0315-body-image-no-alt-help = ghi nội dung ảnh vào giữa hai dấu ngoặc vuông, ví dụ ![Bà Trần Thị Út chia cơm cho người nhà bệnh nhân](anh.jpg)
explain-T0315 =
    Mỗi ảnh trong phần nội dung cần một câu mô tả ngắn đặt giữa hai dấu ngoặc vuông. Người khiếm thị nghe câu này qua phần mềm đọc màn hình; khi ảnh không tải được, người đọc vẫn biết ảnh nói gì. Hãy tả điều ảnh cho thấy: ai, làm gì, ở đâu. Đừng chỉ ghi “ảnh” hay “hình 1”.

        Sai:   ![](trao-bang-khen.jpg)
        Đúng:  ![Chủ tịch UBND trao Bằng khen cho ông Nguyễn Văn An](trao-bang-khen.jpg)
    .title = Ảnh trong nội dung chưa có lời mô tả

T0316-body-image-missing = không tìm thấy ảnh `{ $src }`
T0316-body-image-missing-help = đặt ảnh cạnh tệp của mục (mục dạng thư mục TEN-MUC/index.md) và kiểm tra lại tên ảnh
T0316-body-image-not-in-static = ảnh `{ $src }` không có trong thư mục static/
T0316-body-image-not-in-static-help = đường dẫn bắt đầu bằng / được tìm trong thư mục static/: đặt tệp ở { $file }
explain-T0316 =
    Một ảnh trong phần nội dung trỏ tới tệp không có trong trang. Đường dẫn tương đối được tìm cạnh tệp của mục; đường dẫn bắt đầu bằng `/` được tìm trong thư mục static/.

        Sai:   ![Lễ phát động](le-phat-dong.jpg)   nhưng không có tệp đó cạnh bài
        Đúng:  content/news/le-phat-dong/index.md và le-phat-dong.jpg trong cùng thư mục
    .title = Không tìm thấy ảnh trong nội dung

T0317-raw-html = dòng này có mã HTML; mã này sẽ hiện nguyên văn như chữ thường
T0317-raw-html-help = viết lại bằng Markdown (## cho tiêu đề phụ, **chữ đậm**, một dòng trống để sang đoạn mới); trang không cho phép dùng HTML
explain-T0317 =
    Phần nội dung có thẻ HTML như `<div>`, `<br>`. Vì an toàn, trang hiện các thẻ này nguyên văn như chữ thường (trừ khi thidua.yaml đặt `markdown: allow_html: true`), nên người đọc sẽ thấy cả các thẻ.

        Sai:   <b>Thành tích</b><br>
        Đúng:  **Thành tích**
    .title = Mã HTML trong nội dung hiện thành chữ

T0318-orphan = mục này đã xuất bản nhưng không có trang nào khác của cổng dẫn tới (mục “mồ côi”)
T0318-orphan-help = danh sách chuyên mục của giao diện không hiện mục này và không bài nào liên kết tới nó
T0318-orphan-page-help = không có trình đơn, chân trang hay bài nào dẫn tới trang này: thêm liên kết từ một bài khác hoặc từ content/_index.md, ví dụ [{ $title }](../pages/{ $name }), hoặc đề nghị đưa vào chân trang của giao diện
explain-T0318 =
    Lệnh `thidua check` đọc mọi trang được tạo ra: không danh sách, trình đơn, chân trang hay bài viết nào dẫn tới mục này, nên người đọc chỉ vào được khi biết địa chỉ. Đây là cảnh báo.

    Cách sửa: thêm liên kết tới mục từ một bài khác hoặc từ lời giới thiệu trang chủ content/_index.md.

        Ví dụ:  Xem thêm [Giới thiệu](../pages/gioi-thieu.md)
    .title = Không trang nào dẫn tới mục này

T0319-draft-incomplete = bản nháp chưa hoàn chỉnh: còn { $count } chỗ cần sửa trước khi xuất bản (xem các cảnh báo ngay sau dòng này)
T0319-draft-incomplete-help = bản nháp chưa được xuất bản nên không làm hỏng lần tạo trang; hãy sửa các chỗ này trước khi xóa dòng `draft: true`, hoặc chạy kèm --drafts để xem chúng như lỗi
explain-T0319 =
    Mục có `draft: true` là bản nháp, chưa được xuất bản, nên các chỗ chưa đúng trong đó không làm `build` hay `serve` thất bại: `check` liệt kê chúng dưới dạng cảnh báo, ngay sau dòng “bản nháp chưa hoàn chỉnh” của tệp đó. Khi bản nháp được xuất bản (xóa dòng `draft: true`, hoặc chạy kèm `--drafts`), chúng trở thành lỗi.

    Cách sửa: bổ sung những gì còn thiếu, rồi mới xóa dòng `draft: true`.
    .title = Bản nháp chưa hoàn chỉnh

## T04xx: thidua.yaml

T0401-no-config = trang này chưa có tệp thidua.yaml
T0401-no-config-help = chạy `thidua build` trong thư mục của trang (hoặc thêm --root THƯ-MỤC), hoặc tạo trang mới bằng `thidua init THƯ-MỤC`
explain-T0401 =
    Mỗi trang có một tệp thidua.yaml ở ngay thư mục gốc: tên trang, địa chỉ và các thiết lập. Chương trình không thấy tệp này ở nơi lệnh được chạy.

    Cách sửa: chạy lệnh bên trong thư mục của trang, hoặc chỉ ra thư mục bằng --root.

        Đúng:  cd cong-thi-dua
        Đúng:  thidua build
        Đúng:  thidua build --root cong-thi-dua
    .title = Trang chưa có tệp thidua.yaml

T0403-base-url-scheme = `base_url` phải bắt đầu bằng https:// hoặc http://
T0403-base-url-scheme-help = ghi đầy đủ địa chỉ trang khi xuất bản, ví dụ base_url: https://thiduakhenthuong.example.gov.vn
explain-T0403 =
    `base_url` là địa chỉ nơi trang được đăng; bản tin (feed), sơ đồ trang và các liên kết chia sẻ đều dùng nó. Phải ghi đầy đủ địa chỉ web.

        Sai:   base_url: thiduakhenthuong.example.gov.vn
        Đúng:  base_url: https://thiduakhenthuong.example.gov.vn
    .title = base_url không phải địa chỉ web

T0404-theme-name = `{ $theme }` không phải tên giao diện (một thư mục trong themes/)
T0404-theme-name-help = ghi tên một thư mục trong themes/, chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ theme: default
explain-T0404 =
    `theme:` ghi tên một thư mục trong themes/. Tên này chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.

        Sai:   theme: Giao diện mới
        Đúng:  theme: giao-dien-moi
    .title = Tên giao diện không hợp lệ

T0405-paginate-zero = `paginate` phải từ 1 trở lên
T0405-paginate-zero-help = ghi số mục hiện trên mỗi trang danh sách, ví dụ paginate: 20
explain-T0405 =
    `paginate` là số mục trên mỗi trang của một danh sách, phải từ 1 trở lên.

        Sai:   paginate: 0
        Đúng:  paginate: 20
    .title = paginate phải từ 1 trở lên

T0406-section-path = `{ $path }` không dùng được làm địa chỉ (chỉ gồm a-z, 0-9 và dấu gạch ngang)
T0406-section-path-help = viết không dấu, không dấu cách, ví dụ { $key }: { $suggestion }
explain-T0406 =
    Trong `sections:`, mỗi chuyên mục được đặt phần đầu địa chỉ trang của nó. Phần này viết như slug: chữ thường không dấu, chữ số và dấu gạch ngang.

        Sai:   news: Tin tức
        Đúng:  news: tin-tuc
    .title = Địa chỉ của chuyên mục không hợp lệ

T0407-section-path-twice = hai chuyên mục cùng dùng địa chỉ `{ $path }` ({ $section })
T0407-section-path-twice-help = đặt cho mỗi chuyên mục trong `sections:` một địa chỉ riêng
explain-T0407 =
    Hai chuyên mục trong `sections:` có cùng địa chỉ, nên trang của chúng sẽ lẫn vào nhau.

        Sai:   news: tin-tuc   và   events: tin-tuc
        Đúng:  news: tin-tuc   và   events: su-kien
    .title = Hai chuyên mục trùng địa chỉ

T0408-field-twice = lĩnh vực `{ $field }` được ghi hai lần (trùng với `{ $first }`)
T0408-field-twice-help = chỉ giữ lại một trong hai ở `fields:`
explain-T0408 =
    Danh sách `fields:` ghi mỗi lĩnh vực một lần. Hai cách viết chỉ khác dấu hoặc chữ hoa được coi là cùng một lĩnh vực.

        Sai:   fields: [Giáo dục, giao duc]
        Đúng:  fields: [Giáo dục]
    .title = Một lĩnh vực được ghi hai lần

# Cụm từ cho phần đọc thidua.yaml (dùng khi model::read nhận Message).
site-what-config = tệp thidua.yaml
site-what-config-sections = nhóm `sections`
site-what-config-privacy = nhóm `privacy`
site-what-config-markdown = nhóm `markdown`
site-what-config-contact = nhóm `contact`
site-config-title-help = ghi tên cổng thông tin, ví dụ title: "Thi đua - Khen thưởng thành phố Cần Thơ"
site-config-base-url-help = ghi địa chỉ trang khi xuất bản, ví dụ base_url: https://thiduakhenthuong.example.gov.vn

## T05xx: giao diện và khuôn mẫu

T0501-theme-without-templates = giao diện `{ $theme }` không có khuôn mẫu nào (đã tìm trong { $folder })
T0501-theme-without-templates-help = kiểm tra dòng `theme:` trong thidua.yaml, hoặc chép thư mục themes/default từ bộ cài thidua
explain-T0501 =
    Giao diện ghi ở `theme:` trong thidua.yaml không có thư mục khuôn mẫu (templates), nên không vẽ được trang nào. Thường là do gõ sai tên hoặc chưa chép thư mục giao diện.

        Sai:   theme: defualt
        Đúng:  theme: default   (và trang có thư mục themes/default/templates/)
    .title = Giao diện không có khuôn mẫu

T0502-template-error = lỗi trong khuôn mẫu giao diện: { $detail }
T0502-template-error-help = lỗi này nằm ở phần thiết kế (khuôn mẫu), không phải ở nội dung: hãy báo người phụ trách giao diện
explain-T0502 =
    Một khuôn mẫu của giao diện (tệp .html trong themes/ hoặc templates/) có chỗ sai, được chỉ ra kèm tên tệp và số dòng. Lỗi này thuộc phần thiết kế của trang, không phải các bài viết.

    Cách sửa: sửa khuôn mẫu ở dòng được chỉ ra, hoặc hoàn tác lần sửa gần nhất.
    .title = Khuôn mẫu giao diện có lỗi

## T07xx: tệp trong content/ và data/

T0701-skipped-file = tệp `{ $name }` không được đọc: chỉ tệp có đuôi .md mới là một mục
T0701-skipped-file-help = nếu đây là một mục, đổi tên tệp thành { $name } (đuôi .md viết thường); nếu không, chuyển tệp ra khỏi content/
explain-T0701 =
    Chương trình chỉ đọc những tệp có tên kết thúc đúng bằng `.md` (chữ thường). Tệp như `bai-viet.md.txt` (Windows tự thêm đuôi .txt), `BAI-VIET.MD` hay `bai-viet.markdown` bị bỏ qua: không được xuất bản, cũng không được kiểm tra.

        Sai:   content/news/khai-truong.md.txt
        Đúng:  content/news/khai-truong.md
    .title = Tệp trông như một mục nhưng bị bỏ qua

T0702-loose-office-file = tệp `{ $name }` không được xuất bản: tệp văn phòng phải đặt cạnh index.md của một mục dạng thư mục
T0702-loose-office-file-help = tạo thư mục cho mục chứa tệp này ({ $folder }/ten-muc/index.md) rồi đặt { $name } cạnh index.md, sau đó liên kết tới tệp hoặc ghi tên tệp ở `file:`
explain-T0702 =
    Một tệp Word, Excel hay PDF đang nằm rời trong thư mục chuyên mục. Những tệp này chỉ được xuất bản khi thuộc một mục dạng thư mục: một thư mục chứa index.md và tệp đặt bên cạnh.

        Sai:   content/documents/ke-hoach-33.pdf
        Đúng:  content/documents/ke-hoach-33/index.md có dòng file: ke-hoach-33.pdf
        Đúng:  content/documents/ke-hoach-33/ke-hoach-33.pdf
    .title = Tệp văn phòng nằm rời trong thư mục chuyên mục

T0703-outside-section = mục phải nằm trong thư mục của một chuyên mục
T0703-outside-section-help = chuyển tệp vào content/exemplars/, content/news/, … (ở ngay trong content/ chỉ được có tệp content/_index.md)
explain-T0703 =
    Mỗi mục nằm trong thư mục chuyên mục của nó trong content/: exemplars, campaigns, anniversaries, events, documents, news hoặc pages. Ở ngay trong content/ chỉ có content/_index.md (lời giới thiệu trang chủ).

        Sai:   content/khai-truong.md
        Đúng:  content/news/khai-truong.md
    .title = Mục nằm ngoài thư mục chuyên mục

T0704-not-a-section = `{ $folder }` không phải thư mục chuyên mục
T0704-not-a-section-did-you-mean = có phải ý bạn là content/{ $best }/?
T0704-not-a-section-help = các thư mục chuyên mục là: { $folders }
explain-T0704 =
    Các thư mục ngay trong content/ là các chuyên mục, với tên tiếng Anh cố định: exemplars, campaigns, anniversaries, events, documents, news, pages. Địa chỉ trang tiếng Việt của chúng được đặt trong thidua.yaml.

        Sai:   content/tin-tuc/khai-truong.md
        Đúng:  content/news/khai-truong.md
    .title = Thư mục không phải chuyên mục

T0706-localities-not-a-map = localities.yaml phải ghi mỗi tên cũ ứng với đơn vị hành chính hiện nay
T0706-localities-not-a-map-help = mỗi tên cũ ghi một dòng: "Phường An Hòa, Quận Ninh Kiều": "Phường Ninh Kiều"
explain-T0706 =
    Tệp data/localities.yaml cho biết mỗi tên địa phương cũ nay thuộc đơn vị hành chính nào, mỗi tên cũ một dòng.

        Đúng:  "Phường An Hòa, Quận Ninh Kiều": "Phường Ninh Kiều"
    .title = localities.yaml không phải danh sách tên

T0707-locality-not-one-name = mỗi địa phương cũ phải ứng với đúng một tên (xã/phường hiện nay)
explain-T0707 =
    Trong data/localities.yaml, giá trị sau mỗi tên cũ là một tên duy nhất: xã hoặc phường hiện nay. Không được để trống hay ghi một danh sách.

        Sai:   "Phường An Hòa": [Phường Ninh Kiều, Phường Cái Khế]
        Đúng:  "Phường An Hòa": "Phường Ninh Kiều"
    .title = Một địa phương ứng với nhiều tên

## Thông báo khi đọc, ghi tệp (ngữ cảnh của lỗi hệ thống)

site-listing-content = khi liệt kê thư mục content/
site-io-reading = khi đọc { $path }
site-io-writing = khi ghi { $path }
site-io-creating = khi tạo { $path }
site-io-copying = khi chép { $from } sang { $to }
site-io-creating-temporary = khi tạo thư mục tạm trong { $folder }
site-io-moving-previous = khi dời bản cũ { $folder } sang chỗ khác
site-io-putting-in-place = khi đưa bản mới vào { $folder }
site-io-removing-previous = khi xóa bản cũ { $folder }
site-output-no-parent = thư mục kết quả không có thư mục cha
site-output-outside = từ chối ghi ra ngoài thư mục kết quả: { $path }

## Dòng tóm tắt

site-check-summary = { $entries } mục, { $errors } lỗi, { $warnings } cảnh báo
site-check-summary-left-out = { $entries } mục, { $errors } lỗi, { $warnings } cảnh báo; { $left_out } không được xuất bản
site-left-out-drafts = { $drafts } bản nháp
site-left-out-scheduled = { $scheduled } mục hẹn ngày đăng
site-left-out-both = { $drafts } bản nháp và { $scheduled } mục hẹn ngày đăng
site-build-left-out = { $left_out } không được xuất bản
site-build-left-out-incomplete = { $left_out } không được xuất bản ({ $incomplete } bản nháp chưa hoàn chỉnh: xem `thidua check`)
