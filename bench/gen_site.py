#!/usr/bin/env python3
"""Deterministic generator of a realistic thi đua – khen thưởng site.

    python3 bench/gen_site.py --entries 10000 --out bench/work/site

writes, from ONE list of generated records:

    OUT/thidua/   a thidua site (thidua.yaml, content/, themes/ copied from the repo)
    OUT/hugo/     the same entries as a Hugo site (skeleton from bench/hugo/)
    OUT/manifest.json  counts per section and per taxonomy term, and the number
                       of HTML pages a build is expected to write

The thidua side follows /work/shared/CONTENT-MODEL.md exactly: only documented
keys, every reference resolves, every `fields:` value is listed in thidua.yaml.
The Hugo side gets the same values under `params:` (dates as strings), the
same Markdown bodies byte for byte, and its taxonomy terms precomputed.

Standard library only; the same --seed and --entries give byte-identical output.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import shutil
import sys
import unicodedata
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
TODAY = date(2026, 11, 23)  # the build date both tools are given

# ---------------------------------------------------------------------------
# Site configuration
# ---------------------------------------------------------------------------

SITE_TITLE = "Thi đua - Khen thưởng thành phố Cần Thơ"
SITE_DESCRIPTION = (
    "Cổng thông tin thi đua - khen thưởng: gương điển hình tiên tiến, phong trào thi đua, "
    "văn bản và tin tức của thành phố Cần Thơ"
)
ORGANISATION = "Ban Thi đua - Khen thưởng, Sở Nội vụ thành phố Cần Thơ"
CONTACT = {
    "address": "Số 2 Hòa Bình, Phường Ninh Kiều, thành phố Cần Thơ",
    "phone": "0292 3820 123",
    "email": "bantdkt@cantho.gov.vn",
}

SECTIONS = {  # content folder -> URL path (thidua's defaults)
    "exemplars": "guong-dien-hinh",
    "campaigns": "phong-trao",
    "anniversaries": "ky-niem",
    "events": "su-kien",
    "documents": "van-ban",
    "news": "tin-tuc",
}
SECTION_TITLES = {
    "exemplars": "Gương điển hình",
    "campaigns": "Phong trào thi đua",
    "anniversaries": "Ngày kỷ niệm",
    "events": "Sự kiện",
    "documents": "Văn bản",
    "news": "Tin tức",
}
# Hugo taxonomy config: singular (front-matter key is the plural) -> URL path
TAXONOMIES = [
    ("linh_vuc", "linh-vuc", "Lĩnh vực"),
    ("dia_phuong", "dia-phuong", "Địa phương"),
    ("hinh_thuc", "hinh-thuc-khen-thuong", "Hình thức khen thưởng"),
    ("doi_tuong", "doi-tuong", "Đối tượng"),
    ("nam", "nam", "Năm"),
]

FIELDS = [
    "Xây dựng nông thôn mới",
    "Giảm nghèo và an sinh xã hội",
    "Chuyển đổi số",
    "Cải cách hành chính",
    "Giáo dục và đào tạo",
    "Y tế và chăm sóc sức khỏe nhân dân",
    "Văn hóa, thể thao và du lịch",
    "Quốc phòng, an ninh",
    "Kinh tế tập thể và hợp tác xã",
    "Bảo vệ môi trường và ứng phó biến đổi khí hậu",
    "Khoa học, công nghệ và đổi mới sáng tạo",
    "Công tác dân vận và đoàn thể",
]

SUBJECT_LABELS = {
    "person": "Cá nhân",
    "collective": "Tập thể",
    "household": "Hộ gia đình",
    "model": "Mô hình",
}

# ---------------------------------------------------------------------------
# Banks of Vietnamese text
# ---------------------------------------------------------------------------

DISTRICTS = {
    "Quận Ninh Kiều": ["Phường An Hòa", "Phường An Khánh", "Phường An Nghiệp", "Phường An Cư",
                       "Phường An Phú", "Phường Cái Khế", "Phường Hưng Lợi", "Phường Tân An",
                       "Phường Thới Bình", "Phường Xuân Khánh", "Phường An Bình"],
    "Quận Bình Thủy": ["Phường Bình Thủy", "Phường Trà An", "Phường Trà Nóc", "Phường Thới An Đông",
                       "Phường An Thới", "Phường Bùi Hữu Nghĩa", "Phường Long Hòa", "Phường Long Tuyền"],
    "Quận Cái Răng": ["Phường Lê Bình", "Phường Hưng Phú", "Phường Hưng Thạnh", "Phường Ba Láng",
                      "Phường Thường Thạnh", "Phường Phú Thứ", "Phường Tân Phú"],
    "Quận Ô Môn": ["Phường Châu Văn Liêm", "Phường Thới Hòa", "Phường Thới Long", "Phường Long Hưng",
                   "Phường Thới An", "Phường Phước Thới", "Phường Trường Lạc"],
    "Quận Thốt Nốt": ["Phường Thốt Nốt", "Phường Thới Thuận", "Phường Thuận An", "Phường Tân Lộc",
                      "Phường Trung Nhứt", "Phường Thạnh Hòa", "Phường Trung Kiên", "Phường Tân Hưng",
                      "Phường Thuận Hưng"],
    "Huyện Phong Điền": ["Thị trấn Phong Điền", "Xã Nhơn Ái", "Xã Giai Xuân", "Xã Tân Thới",
                         "Xã Trường Long", "Xã Mỹ Khánh", "Xã Nhơn Nghĩa"],
    "Huyện Cờ Đỏ": ["Thị trấn Cờ Đỏ", "Xã Thới Hưng", "Xã Đông Hiệp", "Xã Đông Thắng",
                    "Xã Thới Đông", "Xã Thới Xuân", "Xã Trung An", "Xã Trung Hưng",
                    "Xã Trung Thạnh", "Xã Thạnh Phú"],
    "Huyện Vĩnh Thạnh": ["Thị trấn Vĩnh Thạnh", "Thị trấn Thạnh An", "Xã Thạnh Thắng", "Xã Thạnh Lợi",
                         "Xã Thạnh Quới", "Xã Thạnh Mỹ", "Xã Vĩnh Trinh", "Xã Vĩnh Bình",
                         "Xã Thạnh Tiến", "Xã Thạnh Lộc", "Xã Thạnh An"],
    "Huyện Thới Lai": ["Thị trấn Thới Lai", "Xã Thới Tân", "Xã Trường Thắng", "Xã Định Môn",
                       "Xã Trường Thành", "Xã Trường Xuân", "Xã Trường Xuân A", "Xã Trường Xuân B",
                       "Xã Xuân Thắng", "Xã Đông Bình", "Xã Đông Thuận", "Xã Tân Thạnh", "Xã Thới Thạnh"],
}
# New two-tier units (from 1 July 2025), recorded without a district.
NEW_UNITS = ["Phường Ninh Kiều", "Phường Cái Khế", "Phường Tân An", "Phường An Bình",
             "Phường Bình Thủy", "Phường Long Tuyền", "Phường Cái Răng", "Phường Hưng Phú",
             "Phường Ô Môn", "Phường Thới Long", "Phường Thốt Nốt", "Xã Phong Điền",
             "Xã Nhơn Ái", "Xã Cờ Đỏ", "Xã Đông Hiệp", "Xã Vĩnh Thạnh", "Xã Thạnh An",
             "Xã Thới Lai", "Xã Trường Xuân"]

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
          "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lâm", "Châu", "Tạ", "Lương",
          "Quách", "Thái", "Mai", "Đoàn", "Cao", "Tô"]
MIDDLE_M = ["Văn", "Minh", "Quốc", "Hữu", "Thanh", "Đức", "Công", "Hoàng", "Ngọc", "Trọng",
            "Tấn", "Phước", "Chí", "Thành", "Văn Hoàng", "Minh Đức"]
MIDDLE_F = ["Thị", "Thị Thanh", "Thị Ngọc", "Ngọc", "Thu", "Hồng", "Kim", "Bảo", "Thị Kim",
            "Thị Mỹ", "Thị Bích", "Diễm", "Thị Hồng", "Xuân"]
GIVEN_M = ["An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Hòa", "Hùng", "Khánh", "Long",
           "Minh", "Nam", "Phúc", "Quân", "Sơn", "Tài", "Tâm", "Thắng", "Tiến", "Trung", "Tuấn",
           "Việt", "Lộc", "Nhân", "Đông", "Khải", "Lực", "Nghĩa", "Phong", "Toàn", "Vĩnh", "Bé",
           "Út", "Quang", "Thịnh", "Trí", "Kiệt", "Đức", "Hưng"]
GIVEN_F = ["Hà", "Hạnh", "Hương", "Lan", "Linh", "Mai", "Nga", "Ngân", "Nhung", "Phương",
           "Quyên", "Thảo", "Thủy", "Trang", "Trinh", "Uyên", "Vân", "Xuân", "Yến", "Ánh",
           "Thư", "Tú", "Diễm", "Huệ", "Loan", "My", "Nhi", "Oanh", "Sương", "Tuyết", "Hằng",
           "Liên", "Đào", "Cúc", "Hồng", "Thắm"]

POSITIONS = [
    "Chủ tịch Hội Nông dân {unit}", "Bí thư Chi bộ ấp {hamlet}", "Trưởng ấp {hamlet}",
    "Giáo viên Trường Tiểu học {school}", "Hiệu trưởng Trường Trung học cơ sở {school}",
    "Bác sĩ Trung tâm Y tế {district}", "Điều dưỡng Trạm Y tế {unit}",
    "Công chức Văn phòng - Thống kê {unit}", "Phó Chủ tịch Ủy ban nhân dân {unit}",
    "Chủ nhiệm Hợp tác xã Nông nghiệp {hamlet}", "Nông dân sản xuất, kinh doanh giỏi",
    "Đoàn viên Đoàn Thanh niên {unit}", "Chi hội trưởng Chi hội Phụ nữ ấp {hamlet}",
    "Cán bộ Công an {unit}", "Chỉ huy trưởng Ban Chỉ huy Quân sự {unit}",
    "Công nhân Công ty Cổ phần Thủy sản Cần Thơ", "Kỹ sư Trung tâm Chuyển đổi số thành phố",
    "Chuyên viên Sở Nội vụ", "Tổ trưởng Tổ công nghệ số cộng đồng ấp {hamlet}",
    "Hội viên Hội Cựu chiến binh {unit}",
]
HAMLETS = ["Thới Hòa", "Thới Thạnh", "Tân Long", "Nhơn Lộc 1", "Nhơn Lộc 2", "Mỹ Ái", "Trường Thọ",
           "Thạnh Lợi", "Phú Thắng", "Vĩnh Lộc", "Khánh Bình", "Đông Thạnh", "Tân Phước", "Long Thạnh",
           "Bờ Ao", "Rạch Chanh", "Kinh Ngang", "Thới Bình A", "Trung Thành", "An Hưng"]
SCHOOLS = ["Lê Quý Đôn", "Nguyễn Trãi", "Trần Hưng Đạo", "Võ Thị Sáu", "Nguyễn Du", "Lý Tự Trọng",
           "Ngô Quyền", "Đoàn Thị Điểm", "Trần Quốc Toản", "Huỳnh Thúc Kháng", "Phan Văn Trị",
           "Bùi Hữu Nghĩa", "Châu Văn Liêm", "Trương Vĩnh Ký"]
COLLECTIVE_KINDS = [
    "Phòng Văn hóa - Xã hội {unit}", "Trường Trung học cơ sở {school}", "Trường Tiểu học {school}",
    "Hợp tác xã Nông nghiệp {hamlet}", "Công an {unit}", "Trạm Y tế {unit}",
    "Chi hội Phụ nữ ấp {hamlet}", "Đoàn Thanh niên {unit}", "Hội Nông dân {unit}",
    "Ban Chỉ huy Quân sự {unit}", "Bộ phận Một cửa {unit}", "Tổ công nghệ số cộng đồng ấp {hamlet}",
    "Chi bộ ấp {hamlet}", "Ban Công tác Mặt trận ấp {hamlet}", "Hội Cựu chiến binh {unit}",
    "Tổ hợp tác sản xuất lúa ấp {hamlet}",
]
MODELS = [
    "Tuyến đường hoa nông thôn mới", "Chợ 4.0 - thanh toán không dùng tiền mặt",
    "Ngôi nhà an toàn phòng, chống cháy nổ", "Camera an ninh cộng đồng", "Tủ sách pháp luật ấp",
    "Bữa cơm nghĩa tình", "Ấp văn hóa kiểu mẫu", "Nông dân số", "Tuyến đường tự quản xanh - sạch - đẹp",
    "Cánh đồng lớn liên kết tiêu thụ lúa", "Sổ tay đảng viên điện tử", "Dân vận khéo trong giải phóng mặt bằng",
    "Mái ấm tình thương", "Tổ liên gia an toàn", "Vườn cây ăn trái đạt chuẩn VietGAP",
    "Thu gom rác thải nhựa đổi quà", "Phiên chợ không đồng", "Lớp học tình thương",
    "Quỹ vốn xoay vòng giúp nhau giảm nghèo", "Điểm giao dịch hành chính công lưu động",
]
CATEGORIES = ["Điển hình tiên tiến", "Người tốt, việc tốt", "Mô hình hay, cách làm mới", "Dũng cảm cứu người"]

# (title, form, weight, who) — form is what the build derives for the awards
# taxonomy; who: p = persons only, c = collectives/households/models only, * = any.
AWARDS = [
    ("Huân chương Lao động hạng Ba", "Huân chương", 2, "*"),
    ("Huân chương Lao động hạng Nhì", "Huân chương", 0.7, "*"),
    ("Huân chương Bảo vệ Tổ quốc hạng Ba", "Huân chương", 0.5, "*"),
    ("Huy chương Chiến sĩ vẻ vang hạng Ba", "Huy chương", 1, "p"),
    ("Nhà giáo ưu tú", "Danh hiệu vinh dự nhà nước", 0.5, "p"),
    ("Thầy thuốc ưu tú", "Danh hiệu vinh dự nhà nước", 0.5, "p"),
    ("Giải thưởng Nhà nước về khoa học và công nghệ", "Giải thưởng", 0.2, "*"),
    ("Kỷ niệm chương Vì sự nghiệp thi đua - khen thưởng", "Kỷ niệm chương", 1.5, "p"),
    ("Bằng khen của Thủ tướng Chính phủ", "Bằng khen", 2, "*"),
    ("Bằng khen của Chủ tịch Ủy ban nhân dân thành phố", "Bằng khen", 9, "*"),
    ("Bằng khen của Bộ trưởng Bộ Nội vụ", "Bằng khen", 1.5, "*"),
    ("Bằng khen của Bộ trưởng Bộ Nông nghiệp và Môi trường", "Bằng khen", 1.5, "*"),
    ("Bằng khen của Ban Chấp hành Trung ương Đoàn", "Bằng khen", 1, "*"),
    ("Giấy khen của Giám đốc Sở Nội vụ", "Giấy khen", 3, "*"),
    ("Giấy khen của Giám đốc Sở Giáo dục và Đào tạo", "Giấy khen", 3, "*"),
    ("Giấy khen của Giám đốc Sở Y tế", "Giấy khen", 2, "*"),
    ("Giấy khen của Chủ tịch Ủy ban nhân dân quận", "Giấy khen", 4, "*"),
    ("Giấy khen của Chủ tịch Ủy ban nhân dân xã", "Giấy khen", 6, "*"),
    ("Chiến sĩ thi đua cơ sở", "Danh hiệu thi đua", 9, "p"),
    ("Chiến sĩ thi đua thành phố", "Danh hiệu thi đua", 3, "p"),
    ("Chiến sĩ thi đua toàn quốc", "Danh hiệu thi đua", 0.5, "p"),
    ("Lao động tiên tiến", "Danh hiệu thi đua", 8, "p"),
    ("Tập thể lao động xuất sắc", "Danh hiệu thi đua", 6, "c"),
    ("Cờ thi đua của Ủy ban nhân dân thành phố", "Danh hiệu thi đua", 2, "c"),
    ("Cờ thi đua của Chính phủ", "Danh hiệu thi đua", 0.5, "c"),
]
AWARDS_FOR = {
    who: ([a[:2] for a in AWARDS if a[3] in (who, "*")], [a[2] for a in AWARDS if a[3] in (who, "*")])
    for who in ("p", "c")
}
AUTHORITY_BY_PREFIX = [
    ("Huân chương", "Chủ tịch nước", "QĐ-CTN"),
    ("Huy chương", "Chủ tịch nước", "QĐ-CTN"),
    ("Nhà giáo", "Chủ tịch nước", "QĐ-CTN"),
    ("Thầy thuốc", "Chủ tịch nước", "QĐ-CTN"),
    ("Giải thưởng", "Chủ tịch nước", "QĐ-CTN"),
    ("Cờ thi đua của Chính phủ", "Thủ tướng Chính phủ", "QĐ-TTg"),
    ("Bằng khen của Thủ tướng", "Thủ tướng Chính phủ", "QĐ-TTg"),
    ("Chiến sĩ thi đua toàn quốc", "Thủ tướng Chính phủ", "QĐ-TTg"),
    ("Bằng khen của Bộ trưởng Bộ Nội vụ", "Bộ trưởng Bộ Nội vụ", "QĐ-BNV"),
    ("Bằng khen của Bộ trưởng Bộ Nông nghiệp", "Bộ trưởng Bộ Nông nghiệp và Môi trường", "QĐ-BNNMT"),
    ("Bằng khen của Ban Chấp hành", "Ban Chấp hành Trung ương Đoàn", "QĐ/TWĐTN"),
    ("Giấy khen của Giám đốc Sở Nội vụ", "Giám đốc Sở Nội vụ", "QĐ-SNV"),
    ("Giấy khen của Giám đốc Sở Giáo dục", "Giám đốc Sở Giáo dục và Đào tạo", "QĐ-SGDĐT"),
    ("Giấy khen của Giám đốc Sở Y tế", "Giám đốc Sở Y tế", "QĐ-SYT"),
    ("Giấy khen của Chủ tịch Ủy ban nhân dân quận", "Chủ tịch Ủy ban nhân dân quận", "QĐ-UBND"),
    ("Giấy khen của Chủ tịch Ủy ban nhân dân xã", "Chủ tịch Ủy ban nhân dân xã", "QĐ-UBND"),
    ("", "Chủ tịch Ủy ban nhân dân thành phố Cần Thơ", "QĐ-UBND"),
]

ISSUERS = [
    ("Ủy ban nhân dân thành phố Cần Thơ", "UBND"),
    ("Ban Thường vụ Thành ủy Cần Thơ", "TU"),
    ("Hội đồng Thi đua - Khen thưởng thành phố Cần Thơ", "HĐTĐKT"),
    ("Sở Nội vụ thành phố Cần Thơ", "SNV"),
    ("Hội đồng nhân dân thành phố Cần Thơ", "HĐND"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Cần Thơ", "MTTQ"),
    ("Sở Giáo dục và Đào tạo thành phố Cần Thơ", "SGDĐT"),
    ("Sở Y tế thành phố Cần Thơ", "SYT"),
]
DOC_TYPES = [  # (doc_type, abbreviation used in the number)
    ("Kế hoạch", "KH"), ("Kế hoạch", "KH"), ("Chỉ thị", "CT"), ("Quyết định", "QĐ"),
    ("Quyết định", "QĐ"), ("Nghị quyết", "NQ"), ("Chương trình hành động", "CTr"),
    ("Hướng dẫn", "HD"), ("Thông báo", "TB"), ("Công văn", ""), ("Luật", "QH"), ("Nghị định", "NĐ-CP"),
]
SIGNER_POS = [("Chủ tịch", "TM. Ủy ban nhân dân"), ("Phó Chủ tịch", "KT. Chủ tịch"),
              ("Bí thư", "T/M Ban Thường vụ"), ("Giám đốc", ""), ("Phó Giám đốc", "KT. Giám đốc")]

THEMES = [
    "Cần Thơ chung sức xây dựng nông thôn mới",
    "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau",
    "Chung tay xóa nhà tạm, nhà dột nát",
    "Thi đua thực hiện chuyển đổi số toàn diện",
    "Dân vận khéo",
    "Doanh nghiệp Việt Nam hội nhập và phát triển",
    "Toàn dân đoàn kết xây dựng đời sống văn hóa",
    "Toàn dân bảo vệ an ninh Tổ quốc",
    "Đổi mới, sáng tạo trong dạy và học",
    "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở",
    "Lao động giỏi, lao động sáng tạo",
    "Nông dân thi đua sản xuất, kinh doanh giỏi",
    "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc",
    "Tuổi trẻ Cần Thơ xung kích, tình nguyện vì cuộc sống cộng đồng",
    "Cựu chiến binh gương mẫu",
    "Thầy thuốc Việt Nam trẻ vì sức khỏe cộng đồng",
    "Xanh - sạch - đẹp đô thị văn minh",
    "Thi đua cải cách hành chính, nâng cao chỉ số hài lòng của người dân",
    "Vì an ninh Tổ quốc và bình yên của Nhân dân",
    "Khuyến học, khuyến tài, xây dựng xã hội học tập",
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "Thi đua thực hiện Nghị quyết Đại hội Đảng bộ thành phố",
    "Đẩy mạnh thanh toán không dùng tiền mặt",
    "Chung tay phòng, chống tác hại của rác thải nhựa",
    "Người tốt, việc tốt trong cộng đồng",
]
CAMPAIGN_AWARD_FORMS = [
    "Cờ thi đua của Ủy ban nhân dân thành phố", "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố",
    "Giấy khen của Chủ tịch Ủy ban nhân dân xã", "Bằng khen của Thủ tướng Chính phủ",
    "Tập thể lao động xuất sắc", "Chiến sĩ thi đua thành phố",
]
# (label, unit, kind, a, b) kind: range (min a, max b) | op symbol (value a)
TARGETS = [
    ("Tốc độ tăng trưởng kinh tế (GRDP) bình quân", "%/năm", "range", 7.5, 8),
    ("Tỷ lệ hộ nghèo giảm bình quân", "%/năm", "range", 1, 1.5),
    ("Tỷ lệ xã đạt chuẩn nông thôn mới nâng cao", "%", ">=", 50, None),
    ("Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình", "%", ">=", 80, None),
    ("Tỷ lệ người dân tham gia bảo hiểm y tế", "%", ">=", 95, None),
    ("Tỷ lệ hộ gia đình được sử dụng nước sạch theo quy chuẩn", "%", ">=", 98, None),
    ("Số nhà tạm, nhà dột nát được xóa", "căn", ">=", 500, None),
    ("Tỷ lệ trường học đạt chuẩn quốc gia", "%", ">=", 70, None),
    ("Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", "%", ">=", 35, None),
    ("Thu nhập bình quân đầu người", "triệu đồng/năm", ">=", 120, None),
    ("Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý", "%", ">=", 95, None),
    ("Tỷ lệ dân số có hồ sơ sức khỏe điện tử", "%", ">=", 90, None),
    ("Tỷ lệ thất nghiệp khu vực thành thị", "%", "<", 3, None),
    ("Tỷ lệ hộ nghèo đa chiều", "%", "<=", 1, None),
    ("Số doanh nghiệp thành lập mới", "doanh nghiệp", ">=", 1000, None),
    ("Tỷ lệ giao dịch thanh toán không dùng tiền mặt", "%", ">=", 80, None),
    ("Tỷ lệ ấp, khu vực đạt chuẩn văn hóa", "%", ">=", 90, None),
    ("Tỷ lệ che phủ cây xanh đô thị", "%", "range", 10, 12),
    ("Số mô hình “Dân vận khéo” được công nhận", "mô hình", ">=", 200, None),
    ("Hoàn thành chỉ tiêu tuyển chọn và gọi công dân nhập ngũ", "%", "=", 100, None),
    ("Tỷ lệ người dân hài lòng với sự phục vụ của cơ quan hành chính", "%", ">", 90, None),
    ("Số tuyến đường hoa nông thôn mới được xây dựng", "tuyến", ">=", 150, None),
    ("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", "%", "<", 15, None),
    ("Tỷ lệ hộ gia đình được công nhận gia đình văn hóa", "%", ">=", 92, None),
]
MILESTONE_LABELS = {
    "launch": "Phát động phong trào",
    "midterm_review": "Sơ kết giữa kỳ",
    "final_review": "Tổng kết phong trào",
    "deadline": "Hạn gửi hồ sơ đề nghị khen thưởng",
    "other": "Kiểm tra chéo kết quả thực hiện",
}

ANNIVERSARIES_FIXED = [
    ("Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc", "1948-06-11"),
    ("Ngày Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam", "1945-09-02"),
    ("Ngày Thương binh - Liệt sĩ", "1947-07-27"),
    ("Ngày thành lập Đảng Cộng sản Việt Nam", "1930-02-03"),
    ("Ngày giải phóng miền Nam, thống nhất đất nước", "1975-04-30"),
    ("Ngày sinh Chủ tịch Hồ Chí Minh", "1890-05-19"),
    ("Ngày Nhà giáo Việt Nam", "1982-11-20"),
    ("Ngày Thầy thuốc Việt Nam", "1955-02-27"),
    ("Ngày thành lập Quân đội nhân dân Việt Nam", "1944-12-22"),
    ("Ngày truyền thống Công an nhân dân", "1945-08-19"),
    ("Ngày Phụ nữ Việt Nam", "1930-10-20"),
    ("Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh", "1931-03-26"),
    ("Ngày truyền thống ngành Tổ chức nhà nước", "1945-08-28"),
    ("Ngày truyền thống ngành Thi đua - Khen thưởng", "1946-06-01"),
    ("Ngày Đại đoàn kết toàn dân tộc", "1930-11-18"),
    ("Ngày Gia đình Việt Nam", "2001-06-28"),
    ("Ngày Báo chí cách mạng Việt Nam", "1925-06-21"),
    ("Ngày Doanh nhân Việt Nam", "2004-10-13"),
]
ANNIV_ORGS = [
    "Đảng bộ {u}", "Ủy ban Mặt trận Tổ quốc Việt Nam {u}", "Hội Nông dân {u}", "Hội Liên hiệp Phụ nữ {u}",
    "Hội Cựu chiến binh {u}", "Công an {u}", "Trạm Y tế {u}", "Ban Chỉ huy Quân sự {u}",
    "Đoàn Thanh niên {u}", "Trường Tiểu học {u}",
]

EVENT_KINDS = [
    "Hội nghị tổng kết phong trào thi đua “{theme}” năm {y}",
    "Lễ biểu dương gương điển hình tiên tiến {u} năm {y}",
    "Lễ trao tặng Huân chương Lao động cho các tập thể, cá nhân {u}",
    "Đại hội thi đua yêu nước {u} lần thứ {roman}",
    "Hội nghị sơ kết giữa kỳ phong trào “{theme}”",
    "Lễ phát động phong trào thi đua “{theme}” tại {u}",
    "Hội nghị điển hình tiên tiến ngành {sector} năm {y}",
    "Lễ tuyên dương Người tốt, việc tốt {u} năm {y}",
]
SECTORS = ["giáo dục", "y tế", "nội vụ", "nông nghiệp và môi trường", "công thương", "tư pháp",
           "văn hóa, thể thao và du lịch", "khoa học và công nghệ", "tài chính", "xây dựng"]
VENUES = ["Hội trường Thành ủy Cần Thơ", "Trung tâm Hội nghị thành phố", "Hội trường Ủy ban nhân dân {u}",
          "Nhà Văn hóa {u}", "Hội trường Sở Nội vụ", "Trung tâm Văn hóa - Thể thao {u}"]
ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII"]

NEWS_HEADLINES = [
    "Ra quân xây dựng tuyến đường văn minh, sạch đẹp",
    "Trao tặng nhà đại đoàn kết cho hộ nghèo",
    "Biểu dương {n} gương người tốt, việc tốt",
    "Sơ kết phong trào thi đua chuyển đổi số cộng đồng",
    "Nhân rộng mô hình “Chợ 4.0” ở các chợ truyền thống",
    "Khen thưởng đột xuất tập thể, cá nhân có thành tích xuất sắc",
    "Tổ công nghệ số cộng đồng hỗ trợ người dân cài đặt ứng dụng",
    "Hoàn thành xóa nhà tạm, nhà dột nát trước thời hạn",
    "Phát động đợt thi đua cao điểm chào mừng Đại hội Đảng",
    "Đón nhận Bằng công nhận xã đạt chuẩn nông thôn mới nâng cao",
    "Trao Giấy khen cho {n} học sinh đạt giải học sinh giỏi",
    "Tuyên dương nông dân sản xuất, kinh doanh giỏi",
    "Hội Phụ nữ ra mắt mô hình “Ngôi nhà an toàn”",
    "Đoàn viên thanh niên tình nguyện vì cộng đồng",
    "Kiểm tra công tác thi đua, khen thưởng năm {y}",
    "Tập huấn nghiệp vụ thi đua, khen thưởng cho cán bộ cơ sở",
    "Khánh thành cầu giao thông nông thôn do Nhân dân đóng góp",
    "Trao học bổng “Tiếp sức đến trường” cho học sinh nghèo",
    "Ra mắt Tổ liên gia an toàn phòng cháy, chữa cháy",
    "Lan tỏa phong trào “Dân vận khéo” trong khu dân cư",
]

# Sentence parts for the bodies.
SUBJECTS = [
    "Ủy ban nhân dân {u}", "Hội đồng Thi đua - Khen thưởng thành phố", "Ban Chỉ đạo xây dựng nông thôn mới {u}",
    "Ủy ban Mặt trận Tổ quốc Việt Nam {u}", "Hội Liên hiệp Phụ nữ {u}", "Đoàn Thanh niên {u}",
    "Hội Nông dân {u}", "Hội Cựu chiến binh {u}", "Các cơ quan, đơn vị, địa phương",
    "Đội ngũ cán bộ, công chức, viên chức và người lao động", "Sở Nội vụ", "Chi bộ các ấp, khu vực",
    "Các tổ công nghệ số cộng đồng", "Ban Thi đua - Khen thưởng", "Nhân dân trên địa bàn",
    "Các hợp tác xã và tổ hợp tác", "Ngành giáo dục {u}", "Trung tâm Y tế {u}",
]
VERBS = [
    "đã chủ động triển khai", "tích cực hưởng ứng", "tổ chức phát động", "thường xuyên kiểm tra, đôn đốc việc thực hiện",
    "kịp thời biểu dương, khen thưởng các tập thể, cá nhân tiêu biểu trong", "quán triệt sâu rộng",
    "đẩy mạnh công tác tuyên truyền về", "lồng ghép có hiệu quả", "cụ thể hóa bằng nhiều nội dung thiết thực",
    "tập trung lãnh đạo, chỉ đạo thực hiện", "huy động mọi nguồn lực cho", "đổi mới phương thức tổ chức",
    "nghiêm túc sơ kết, rút kinh nghiệm", "nhân rộng những cách làm hay trong",
]
OBJECTS = [
    "phong trào thi đua yêu nước", "phong trào “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”",
    "chương trình mục tiêu quốc gia xây dựng nông thôn mới", "các mô hình chuyển đổi số cộng đồng",
    "công tác cải cách hành chính", "việc nhân rộng các điển hình tiên tiến", "cuộc vận động “Ngày vì người nghèo”",
    "phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”", "việc xóa nhà tạm, nhà dột nát",
    "phong trào “Dân vận khéo”", "đề án phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử",
    "công tác bảo vệ môi trường và ứng phó với biến đổi khí hậu", "các tiêu chí xã đạt chuẩn nông thôn mới nâng cao",
    "việc thực hiện Luật Thi đua, khen thưởng năm 2022", "kế hoạch thanh toán không dùng tiền mặt trong khu vực công",
    "phong trào “Toàn dân bảo vệ an ninh Tổ quốc”", "việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
]
COMPLEMENTS = [
    "góp phần hoàn thành thắng lợi các chỉ tiêu kinh tế - xã hội năm {y}",
    "tạo khí thế thi đua sôi nổi trong toàn hệ thống chính trị",
    "qua đó nâng cao rõ rệt đời sống vật chất và tinh thần của Nhân dân",
    "được đông đảo Nhân dân đồng tình, hưởng ứng",
    "với {n} tập thể và {m} cá nhân được đề nghị khen thưởng",
    "bảo đảm đúng quy định, công khai, minh bạch và kịp thời",
    "trong đó nhiều mô hình đã được nhân rộng ra các địa phương lân cận",
    "huy động được hơn {n} tỷ đồng từ các nguồn xã hội hóa",
    "giúp {n} hộ thoát nghèo bền vững",
    "với tỷ lệ hồ sơ trực tuyến đạt {p}%",
    "gắn với việc thực hiện nhiệm vụ chính trị của từng cơ quan, đơn vị",
    "khơi dậy tinh thần tự lực, tự cường và khát vọng cống hiến",
    "trở thành động lực quan trọng để hoàn thành các nhiệm vụ trọng tâm",
]
FREE_SENTENCES = [
    "Thi đua là yêu nước, yêu nước thì phải thi đua, và những người thi đua là những người yêu nước nhất.",
    "Công tác khen thưởng được thực hiện kịp thời, chính xác, công khai, đúng người, đúng thành tích.",
    "Nhiều gương người tốt, việc tốt đã được phát hiện, bồi dưỡng và nhân rộng trong cộng đồng.",
    "Việc khen thưởng chú trọng người lao động trực tiếp, công nhân, nông dân và cán bộ cơ sở.",
    "Hồ sơ đề nghị khen thưởng được tiếp nhận và trả kết quả trên Cổng dịch vụ công của thành phố.",
    "Các hộ gia đình đã tự nguyện hiến đất, góp ngày công để làm đường giao thông nông thôn.",
    "Những kết quả đạt được là tiền đề quan trọng để tiếp tục thực hiện phong trào trong giai đoạn tới.",
    "Bên cạnh những kết quả đạt được, phong trào vẫn còn một số hạn chế cần sớm khắc phục.",
    "Ở một số nơi, việc phát hiện, bồi dưỡng điển hình tiên tiến chưa được quan tâm đúng mức.",
    "Người dân được hướng dẫn sử dụng ứng dụng định danh điện tử và thanh toán trực tuyến.",
    "Mỗi ấp đều có tổ công nghệ số cộng đồng hoạt động thường xuyên, hiệu quả.",
    "Tiêu chí về thu nhập, nhà ở và môi trường đều đạt và vượt so với kế hoạch đề ra.",
    "Đây là minh chứng sinh động cho sức mạnh của khối đại đoàn kết toàn dân tộc ở cơ sở.",
    "Phong trào đã thực sự đi vào chiều sâu, thiết thực và hiệu quả.",
]
HEADINGS = [
    "Kết quả nổi bật", "Những cách làm hay", "Bài học kinh nghiệm", "Phương hướng, nhiệm vụ thời gian tới",
    "Tình hình triển khai", "Mục đích, yêu cầu", "Nội dung thi đua", "Tổ chức thực hiện",
    "Thành tích đạt được", "Khen thưởng và nhân rộng điển hình", "Quá trình công tác", "Tồn tại, hạn chế",
]
LIST_ITEMS = [
    "Tuyên truyền sâu rộng ý nghĩa, mục đích của phong trào đến từng hộ gia đình",
    "Phát hiện, bồi dưỡng và nhân rộng các điển hình tiên tiến",
    "Lồng ghép các nguồn vốn để đầu tư hạ tầng giao thông, thủy lợi",
    "Hỗ trợ {n} hộ nghèo, hộ cận nghèo vay vốn phát triển sản xuất",
    "Số hóa {n} hồ sơ thủ tục hành chính",
    "Tổ chức {n} lớp tập huấn kỹ năng số cho người dân",
    "Xây dựng mới {n} căn nhà đại đoàn kết",
    "Trồng mới {n} cây xanh trên các tuyến đường nông thôn",
    "Kiểm tra, đánh giá kết quả thực hiện định kỳ 6 tháng, hằng năm",
    "Kịp thời khen thưởng những tập thể, cá nhân có thành tích xuất sắc",
    "Vận động Nhân dân hiến {n} m² đất làm đường",
    "Duy trì hoạt động của {n} tổ tự quản về an ninh trật tự",
    "Phối hợp chặt chẽ giữa chính quyền, Mặt trận và các đoàn thể",
]

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def slugify(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    out, dash = [], False
    for c in text.lower():
        if c.isascii() and c.isalnum():
            out.append(c)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


def short_unit(locality: str) -> str:
    return locality.split(",")[0]


def fmt_num(x) -> str:
    """Vietnamese decimal comma."""
    if isinstance(x, float) and not x.is_integer():
        return f"{x}".replace(".", ",")
    return str(int(x))


def num(x):
    return int(x) if isinstance(x, float) and x.is_integer() else x


class Gen:
    def __init__(self, seed: int, n: int, body_bytes: bool = False):
        self.r = random.Random(seed)
        self.n = n
        # body_bytes: keep each record's body as UTF-8 bytes rather than a str
        # (Vietnamese text takes 2 bytes a character in a str, ~1.2 in UTF-8):
        # 100,000 records then fit in about two thirds of the memory.
        self.body_bytes = body_bytes
        self.used_slugs: set[str] = set()
        self.localities = self._localities()
        self.records: list[dict] = []

    # -- small random helpers ------------------------------------------------
    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def rdate(self, start: date, end: date) -> date:
        return start + timedelta(days=self.r.randrange((end - start).days + 1))

    def unique_slug(self, title: str) -> str:
        base = slugify(title)
        if len(base) > 80:  # cut at a word boundary
            base = base[:81].rsplit("-", 1)[0]
        slug, i = base, 2
        while slug in self.used_slugs:
            slug = f"{base}-{i}"
            i += 1
        self.used_slugs.add(slug)
        return slug

    def _localities(self) -> list[str]:
        out = [f"{w}, {d}" for d, wards in DISTRICTS.items() for w in wards]
        out += NEW_UNITS
        return out  # ~100

    def person_name(self):
        female = self.chance(0.5)
        fam = self.pick(FAMILY)
        mid = self.pick(MIDDLE_F if female else MIDDLE_M)
        giv = self.pick(GIVEN_F if female else GIVEN_M)
        return female, {"family": fam, "middle": mid, "given": giv}

    def fill(self, s: str, loc: str | None = None) -> str:
        loc = loc or self.pick(self.localities)
        u = short_unit(loc)
        return s.format(
            u=u, unit=u, district=loc.split(", ")[-1] if ", " in loc else u,
            hamlet=self.pick(HAMLETS), school=self.pick(SCHOOLS), y=self.r.randint(2015, 2026),
            n=self.r.randint(12, 980), m=self.r.randint(20, 450), p=self.r.randint(62, 99),
            theme=self.pick(THEMES), roman=self.pick(ROMANS), sector=self.pick(SECTORS),
        )

    # -- bodies ----------------------------------------------------------------
    def sentence(self, loc) -> str:
        if self.chance(0.2):
            return self.pick(FREE_SENTENCES)
        s = f"{self.pick(SUBJECTS)} {self.pick(VERBS)} {self.pick(OBJECTS)}, {self.pick(COMPLEMENTS)}."
        if self.chance(0.12):
            s = "Năm {y}, " + (s[0].lower() + s[1:] if s.startswith("Các ") else s)
        s = self.fill(s, loc)
        return s[0].upper() + s[1:]

    def paragraph(self, loc, k=None) -> str:
        k = k or self.r.randint(3, 5)
        sents = [self.sentence(loc) for _ in range(k)]
        if self.chance(0.15):
            i = self.r.randrange(len(sents))
            sents[i] = "**" + sents[i][:-1] + "**."
        return " ".join(sents)

    def body(self, loc=None, campaign_link=None) -> str:
        target = self.r.randint(3600, 4600)  # bytes of UTF-8
        parts = [self.paragraph(loc)]
        headings = self.r.sample(HEADINGS, 4)
        h = 0
        made_list = made_table = made_link = False
        want_table = self.chance(0.2)
        while len("\n\n".join(parts).encode()) < target:
            if h < 2 or (h < 4 and self.chance(0.25)):
                parts.append("## " + headings[h])
                h += 1
            parts.append(self.paragraph(loc))
            if not made_list and h >= 1:
                items = self.r.sample(LIST_ITEMS, self.r.randint(3, 5))
                parts.append("\n".join("- " + self.fill(i, loc) + ";" for i in items))
                made_list = True
            elif want_table and not made_table and h >= 2:
                rows = ["| Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ |", "|---|---:|---:|---:|"]
                for label, unit, *_ in self.r.sample(TARGETS, 4):
                    plan = self.r.randint(50, 1000)
                    done = int(plan * self.r.uniform(0.8, 1.2))
                    rows.append(f"| {label} | {plan} | {done} | {fmt_num(round(done * 100 / plan, 1))}% |")
                parts.append("\n".join(rows))
                made_table = True
            elif campaign_link and not made_link:
                slug, title = campaign_link
                parts.append(f"Xem thêm: [{title}](../campaigns/{slug}.md).")
                made_link = True
        return "\n\n".join(parts) + "\n"

    # -- records ---------------------------------------------------------------
    def add(self, section, slug, fm, body, hugo_date=None, tax=None, draft=False):
        if self.body_bytes:
            body = body.encode()
        rec = {"section": section, "slug": slug, "fm": fm, "body": body,
               "hugo_date": hugo_date, "tax": tax or {}, "draft": draft}
        self.records.append(rec)
        return rec

    def fields(self, lo=1, hi=2):
        return self.r.sample(FIELDS, self.r.randint(lo, hi))

    def build(self):
        n = self.n
        counts = {
            "campaigns": max(2, round(n * 0.05)),
            "documents": max(2, round(n * 0.08)),
            "anniversaries": max(2, round(n * 0.02)),
            "events": max(2, round(n * 0.05)),
            "news": max(2, round(n * 0.10)),
        }
        counts["exemplars"] = n - sum(counts.values())
        self.counts = counts
        docs = [self.document() for _ in range(counts["documents"])]
        self.doc_slugs = [d["slug"] for d in docs]
        self.campaigns = []
        for _ in range(counts["campaigns"]):
            self.campaigns.append(self.campaign())
        # some documents relate to campaigns (refs resolve: campaigns exist now)
        for d in docs:
            if self.chance(0.3):
                d["fm"]["campaigns"] = [self.pick(self.campaigns)["slug"]]
        annivs = [self.anniversary(i) for i in range(counts["anniversaries"])]
        self.anniv_slugs = [a["slug"] for a in annivs]
        for _ in range(counts["events"]):
            self.event()
        exemplars = [self.exemplar() for _ in range(counts["exemplars"])]
        self.exemplar_slugs = [e["slug"] for e in exemplars if not e["draft"]]
        for _ in range(counts["news"]):
            self.news()
        self.free_pages()

    def campaign_ref(self):
        c = self.pick(self.campaigns)
        return c["slug"], c["fm"]["title"]

    def document(self):
        r = self.r
        doc_type, abbr = self.pick(DOC_TYPES)
        issuer, iabbr = self.pick(ISSUERS)
        issued = self.rdate(date(2015, 1, 1), TODAY - timedelta(days=1))
        y = issued.year
        about = self.fill(self.pick([  # {y}: the year it was issued
            "phát động phong trào thi đua “{theme}” năm {y}",
            "tổ chức Đại hội thi đua yêu nước các cấp",
            "khen thưởng tập thể, cá nhân có thành tích xuất sắc trong phong trào “{theme}”",
            "triển khai công tác thi đua, khen thưởng năm {y}",
            "tăng cường công tác phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến",
            "hướng dẫn quy trình, hồ sơ đề nghị khen thưởng trên môi trường điện tử",
            "tổ chức các hoạt động kỷ niệm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc",
            "ban hành Quy chế thi đua, khen thưởng của thành phố",
            "tặng Cờ thi đua của Ủy ban nhân dân thành phố năm {y}",
        ]).replace("{y}", str(y)))
        if doc_type == "Luật":
            number = f"{r.randint(1, 60):02d}/{y}/QH{15 if y >= 2021 else 14}"
            issuer = "Quốc hội"
            about = "Thi đua, khen thưởng"
        elif doc_type == "Nghị định":
            number = f"{r.randint(1, 200):02d}/{y}/NĐ-CP"
            issuer = "Chính phủ"
            about = "quy định chi tiết một số điều của Luật Thi đua, khen thưởng"
        elif abbr == "":
            number = f"{r.randint(100, 4999)}/{iabbr}-VP"
        elif iabbr == "TU":
            number = f"{r.randint(1, 99):02d}-{abbr}/TU"
        else:
            number = f"{r.randint(1, 2999)}/{abbr}-{iabbr}"
        title = f"{doc_type} số {number} về việc {about}" if doc_type != "Luật" else f"Luật {about} năm {y}"
        if self.chance(0.05):
            number = None  # absent: never invented
            title = f"{doc_type} về việc {about} ({y})"
        fm = {"title": title, "doc_type": doc_type}
        if number:
            fm["number"] = number
        fm["issuer"] = issuer
        fm["issued"] = issued
        if self.chance(0.3):
            fm["effective"] = issued + timedelta(days=r.choice([0, 10, 45]))
        fm["abstract"] = ("Về việc " + about) if doc_type not in ("Luật",) else about
        if self.chance(0.6):
            pos, behalf = self.pick(SIGNER_POS)
            _, name = self.person_name()
            signer = {"name": f"{name['family']} {name['middle']} {name['given']}", "position": pos}
            if behalf:
                signer["on_behalf"] = behalf
            fm["signer"] = signer
        if self.chance(0.5):
            fm["based_on"] = self.r.sample([
                "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
                "Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ",
                "Thông tư số 01/2024/TT-BNV ngày 15 tháng 02 năm 2024 của Bộ Nội vụ",
                "Chỉ thị số 01-CT/TU ngày 07 tháng 10 năm 2025 của Ban Thường vụ Thành ủy",
                "Quyết định số 1234/QĐ-UBND ngày 09 tháng 6 năm 2023 của Ủy ban nhân dân thành phố",
            ], r.randint(1, 3))
        if self.chance(0.5):
            fm["fields"] = self.fields(1, 2)
        if self.chance(0.3):
            fm["summary"] = fm["abstract"] + "."
        slug = self.unique_slug(title)
        tax = {"linh-vuc": fm.get("fields", []), "nam": [str(y)]}
        return self.add("documents", slug, fm, self.body(), tax=tax)

    def campaign(self):
        r = self.r
        theme = self.pick(THEMES)
        start = date(r.randint(2015, 2027), r.randint(1, 12), r.randint(1, 28))
        if start > TODAY and self.chance(0.5):
            start = date(2026, 12, r.randint(1, 28))  # sắp triển khai
        if self.chance(0.3):  # đợt thi đua cao điểm: a few months
            title = f"Đợt thi đua cao điểm “{theme}” năm {start.year}"
            end = start + timedelta(days=r.randint(90, 200))
            kind = "thematic"
        else:
            end = date(start.year + r.randint(1, 5), 12, 31)
            title = f"Phong trào thi đua “{theme}” giai đoạn {start.year} - {end.year}"
            kind = "thematic" if self.chance(0.2) else "regular"
        slug = self.unique_slug(title)
        start_pd = start.isoformat() if self.chance(0.7) else start.strftime("%Y-%m")
        end_pd = end.isoformat() if self.chance(0.5) else end.strftime("%Y-%m")
        fm = {"title": title, "theme": theme, "kind": kind, "issuer": self.pick(ISSUERS)[0]}
        if self.chance(0.6):
            fm["launch_document"] = self.pick(self.doc_slugs)
        fm["period"] = {"start": RawDate(start_pd), "end": RawDate(end_pd)}
        if self.campaigns and self.chance(0.2):
            fm["parent"] = self.pick(self.campaigns)["slug"]
        mid = start + (end - start) / 2
        ms = [{"kind": "launch", "date": RawDate(start_pd), "label": MILESTONE_LABELS["launch"]},
              {"kind": "midterm_review", "date": RawDate(mid.strftime("%Y-%m")),
               "label": MILESTONE_LABELS["midterm_review"]}]
        if self.chance(0.5):
            ms.append({"kind": "other", "date": end - timedelta(days=40), "label": MILESTONE_LABELS["other"],
                       "note": "Các cụm, khối thi đua tự kiểm tra và chấm điểm"})
        ms.append({"kind": "deadline", "date": end - timedelta(days=20), "label": MILESTONE_LABELS["deadline"],
                   "note": "Hồ sơ gửi về Sở Nội vụ (Ban Thi đua - Khen thưởng)"})
        ms.append({"kind": "final_review", "date": RawDate(end.strftime("%Y-%m")),
                   "label": MILESTONE_LABELS["final_review"]})
        fm["milestones"] = ms
        started = start <= TODAY
        targets = []
        for i, (label, unit, kind_t, a, b) in enumerate(r.sample(TARGETS, r.randint(5, 20)), 1):
            t = {"no": i, "label": label}
            if kind_t == "range":
                t["raw"] = f"{fmt_num(a)} - {fmt_num(b)}{unit}"
                t["unit"] = unit
                t["min"], t["max"] = num(float(a)), num(float(b))
            else:
                word = {">=": "Từ {v}{u} trở lên", ">": "Trên {v}{u}", "<": "Dưới {v}{u}",
                        "<=": "Không quá {v}{u}", "=": "Đạt {v}{u}"}[kind_t]
                sep = "" if unit.startswith("%") else " "
                t["raw"] = word.format(v=fmt_num(a), u=sep + unit)
                t["unit"] = unit
                t["op"] = kind_t
                t["value"] = a
            if started and self.chance(0.5):
                base = a if kind_t != "range" else (a + b) / 2
                t["result"] = num(round(base * r.uniform(0.85, 1.15), 1))
                t["result_as_of"] = RawDate(self.rdate(start, min(end, TODAY)).strftime("%Y-%m"))
            targets.append(t)
        fm["targets"] = targets
        fm["award_forms"] = r.sample(CAMPAIGN_AWARD_FORMS, r.randint(1, 3))
        if self.chance(0.7):
            fm["fields"] = self.fields(1, 2)
        tax = {"linh-vuc": fm.get("fields", [])}  # campaigns are not in the years taxonomy
        return self.add("campaigns", slug, fm, self.body(), tax=tax)

    def anniversary(self, i):
        r = self.r
        if i < len(ANNIVERSARIES_FIXED):
            title, origin = ANNIVERSARIES_FIXED[i]
        else:
            loc = self.pick(self.localities)
            title = "Ngày thành lập " + self.fill(self.pick(ANNIV_ORGS), loc)
            origin = date(r.randint(1930, 2005), r.randint(1, 12), r.randint(1, 28)).isoformat()
        slug = self.unique_slug(title)
        fm = {"title": title, "origin_date": date.fromisoformat(origin), "calendar": "solar"}
        if self.chance(0.7):
            fm["slogans"] = r.sample([
                "Nhiệt liệt chào mừng " + title[0].lower() + title[1:] + "!",
                "Thi đua là yêu nước, yêu nước thì phải thi đua!",
                "Phát huy truyền thống vẻ vang, xây dựng quê hương ngày càng giàu đẹp, văn minh!",
                "Toàn dân đoàn kết, thi đua lập thành tích chào mừng ngày kỷ niệm!",
                "Đảng Cộng sản Việt Nam quang vinh muôn năm!",
            ], r.randint(1, 3))
        if self.chance(0.4):
            fm["documents"] = r.sample(self.doc_slugs, r.randint(1, 2))
        return self.add("anniversaries", slug, fm, self.body())

    def event(self):
        r = self.r
        loc = self.pick(self.localities)
        d = self.rdate(date(2015, 1, 1), TODAY)
        tmpl = self.pick(EVENT_KINDS)
        title = self.fill(tmpl.replace("{y}", str(d.year)), loc)
        slug = self.unique_slug(title)
        fm = {"title": title, "date": d}
        if self.chance(0.1):
            fm["tentative"] = True
        fm["venue"] = self.fill(self.pick(VENUES), loc)
        fm["format"] = self.pick(["in_person", "in_person", "online", "hybrid"])
        if fm["format"] != "in_person":
            fm["locations"] = [f"Điểm cầu {short_unit(x)}" for x in r.sample(self.localities, r.randint(2, 6))]
        fm["attendees"] = r.randint(50, 600)
        fm["agenda"] = r.sample([
            "Văn nghệ chào mừng", "Tuyên bố lý do, giới thiệu đại biểu", "Báo cáo tổng kết phong trào",
            "Tham luận của các điển hình tiên tiến", "Công bố quyết định khen thưởng", "Trao tặng Bằng khen, Giấy khen",
            "Phát biểu chỉ đạo của lãnh đạo thành phố", "Phát động thi đua giai đoạn mới", "Bế mạc",
        ], r.randint(3, 7))
        if self.chance(0.3):
            fm["anniversary"] = self.pick(self.anniv_slugs)
        if self.chance(0.4):
            fm["campaigns"] = [self.campaign_ref()[0]]
        if self.chance(0.5):
            fm["fields"] = self.fields(1, 2)
        tax = {"linh-vuc": fm.get("fields", []), "nam": [str(d.year)]}
        return self.add("events", slug, fm, self.body(loc), hugo_date=d, tax=tax)

    def exemplar(self):
        r = self.r
        loc = self.pick(self.localities)
        u = short_unit(loc)
        subject = r.choices(["person", "collective", "household", "model"], [55, 25, 10, 10])[0]
        fm: dict = {}
        name = None
        if subject == "person":
            female, name = self.person_name()
            title = f"{name['family']} {name['middle']} {name['given']}"
        elif subject == "collective":
            title = self.fill(self.pick(COLLECTIVE_KINDS), loc)
            if u not in title:
                title += f", {u}"
        elif subject == "household":
            female, nm = self.person_name()
            title = f"Hộ gia đình {'bà' if female else 'ông'} {nm['family']} {nm['middle']} {nm['given']}, {u}"
        else:
            title = f"Mô hình “{self.pick(MODELS)}” ở {u}"
        fm["title"] = title
        fm["subject"] = subject
        if self.chance(0.6):
            fm["category"] = r.choices(CATEGORIES, [60, 25, 12, 3])[0]
        if name and self.chance(0.3):
            fm["name"] = name
        if subject == "person":
            fm["position"] = self.fill(self.pick(POSITIONS), loc)
        if subject in ("person", "collective") and self.chance(0.5):
            fm["unit"] = f"Ủy ban nhân dân {u}"
        fm["locality"] = loc
        if self.chance(0.1):
            fm["locality_as_of"] = RawDate(f"{r.randint(2018, 2025)}-{r.randint(1, 12):02d}")
        awards, forms, years = [], [], []
        for _ in range(r.randint(1, 3)):
            titles, weights = AWARDS_FOR["p" if subject == "person" else "c"]
            atitle, form = r.choices(titles, weights)[0]
            d = self.rdate(date(2015, 1, 1), TODAY)
            aw = {"title": atitle}
            for prefix, authority, suffix in AUTHORITY_BY_PREFIX:
                if atitle.startswith(prefix):
                    break
            if self.chance(0.85):
                aw["decision"] = f"{r.randint(10, 4999)}/{suffix}"
            if self.chance(0.9):
                aw["date"] = d
                years.append(str(d.year))
            if self.chance(0.6):
                aw["authority"] = authority
            awards.append(aw)
            forms.append(form)
        fm["awards"] = awards
        if subject == "person" and self.chance(0.02):
            fm["posthumous"] = True
        if self.chance(0.15):
            fm["publication"] = f"Người tốt việc tốt, tập {r.randint(10, 20)} ({r.randint(2016, 2025)})"
        if subject == "person":
            fm["consent"] = True
        fm["fields"] = self.fields(1, 2)
        link = None
        if self.chance(0.4):
            link = self.campaign_ref()
            fm["campaigns"] = [link[0]]
        if self.chance(0.05):
            fm["updated"] = self.rdate(date(2024, 1, 1), TODAY)
        if self.chance(0.2):
            fm["summary"] = self.sentence(loc)
        draft = self.chance(0.005)
        if draft:
            fm["draft"] = True
        slug = self.unique_slug(title)
        tax = {
            "linh-vuc": fm["fields"],
            "dia-phuong": [loc],
            "hinh-thuc-khen-thuong": sorted(set(forms)),
            "doi-tuong": [SUBJECT_LABELS[subject]],
            "nam": sorted(set(years)),
        }
        body = self.body(loc, link if link and self.chance(0.5) else None)
        return self.add("exemplars", slug, fm, body, tax=tax, draft=draft)

    def news(self):
        r = self.r
        loc = self.pick(self.localities)
        d = self.rdate(date(2015, 1, 1), TODAY)
        title = f"{short_unit(loc)}: " + self.fill(self.pick(NEWS_HEADLINES).replace("{y}", str(d.year)), loc)
        slug = self.unique_slug(title)
        fm = {"title": title, "date": d}
        if self.chance(0.7):
            _, nm = self.person_name()
            fm["author"] = f"{nm['family']} {nm['given']}"
        if self.chance(0.4):
            fm["source"] = self.pick(["Báo Cần Thơ", "Cổng Thông tin điện tử thành phố", "Đài Phát thanh và Truyền hình Cần Thơ"])
        link = None
        if self.chance(0.5):
            link = self.campaign_ref()
            fm["campaigns"] = [link[0]]
        if self.chance(0.2):
            fm["documents"] = [self.pick(self.doc_slugs)]
        if self.chance(0.3):
            fm["exemplars"] = r.sample(self.exemplar_slugs, r.randint(1, 3))
        if self.chance(0.6):
            fm["fields"] = self.fields(1, 2)
        if self.chance(0.3):
            fm["summary"] = self.sentence(loc)
        draft = self.chance(0.005)
        if draft:
            fm["draft"] = True
        tax = {"linh-vuc": fm.get("fields", []), "nam": [str(d.year)]}
        return self.add("news", slug, fm, self.body(loc, link if link and self.chance(0.5) else None),
                        hugo_date=d, tax=tax, draft=draft)

    def free_pages(self):
        body_intro = (
            f"{ORGANISATION} là cơ quan tham mưu, giúp Hội đồng Thi đua - Khen thưởng thành phố "
            "tổ chức các phong trào thi đua và thực hiện chính sách khen thưởng của Đảng và Nhà nước.\n\n"
            + self.body()
        )
        self.add("pages", "gioi-thieu", {"title": "Giới thiệu"}, body_intro)
        self.add("pages", "lien-he", {"title": "Liên hệ"},
                 f"Địa chỉ: {CONTACT['address']}.\n\nĐiện thoại: {CONTACT['phone']}.\n\n"
                 f"Thư điện tử: {CONTACT['email']}.\n")


def body_bytes(rec) -> bytes:
    body = rec["body"]
    return body if isinstance(body, bytes) else body.encode()


class RawDate(str):
    """A partial date written unquoted in YAML (e.g. 2024-06)."""


# ---------------------------------------------------------------------------
# YAML writing (a tiny emitter: strings double-quoted, dates unquoted)
# ---------------------------------------------------------------------------


def yscalar(v, dates_as_strings=False) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return fmt_yaml_num(v)
    if isinstance(v, date) or isinstance(v, RawDate):
        s = v.isoformat() if isinstance(v, date) else str(v)
        return json.dumps(s) if dates_as_strings else s
    return json.dumps(str(v), ensure_ascii=False)


def fmt_yaml_num(v) -> str:
    if isinstance(v, float):
        return repr(num(v)) if not v.is_integer() else str(int(v))
    return str(v)


def yaml_lines(obj: dict, indent: int = 0, dates_as_strings=False) -> list[str]:
    pad = " " * indent
    out = []
    for k, v in obj.items():
        if isinstance(v, dict):
            out.append(f"{pad}{k}:")
            out += yaml_lines(v, indent + 2, dates_as_strings)
        elif isinstance(v, list):
            if not v:
                out.append(f"{pad}{k}: []")
            elif all(not isinstance(x, (dict, list)) for x in v):
                out.append(f"{pad}{k}: [" + ", ".join(yscalar(x, dates_as_strings) for x in v) + "]")
            else:
                out.append(f"{pad}{k}:")
                for item in v:
                    sub = yaml_lines(item, indent + 4, dates_as_strings)
                    first = sub[0].lstrip()
                    out.append(f"{pad}  - {first}")
                    out += sub[1:]
        else:
            out.append(f"{pad}{k}: {yscalar(v, dates_as_strings)}")
    return out


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------


def write_thidua(g: Gen, root: Path, themes_src: Path, full_theme: bool = False):
    cfg = [
        f"title: {yscalar(SITE_TITLE)}",
        f"description: {yscalar(SITE_DESCRIPTION)}",
        "base_url: http://localhost/",
        "language: vi",
        "theme: default",
        "paginate: 20",
        "sections:",
        *[f"  {k}: {v}" for k, v in SECTIONS.items()],
        "fields:",
        *[f"  - {yscalar(f)}" for f in FIELDS],
        "privacy:",
        "  require_consent: false",
        "markdown:",
        "  allow_html: false",
        f"organisation: {yscalar(ORGANISATION)}",
        "contact:",
        *[f"  {k}: {yscalar(v)}" for k, v in CONTACT.items()],
    ]
    (root / "thidua.yaml").write_text("\n".join(cfg) + "\n", encoding="utf-8")
    content = root / "content"
    content.mkdir(parents=True, exist_ok=True)
    (content / "_index.md").write_text(
        "---\ntitle: " + yscalar(SITE_TITLE) + "\n---\n\n" + HOME_INTRO, encoding="utf-8")
    for rec in g.records:
        d = content / rec["section"]
        d.mkdir(parents=True, exist_ok=True)
        fm = "\n".join(yaml_lines(rec["fm"]))
        (d / f"{rec['slug']}.md").write_bytes(f"---\n{fm}\n---\n\n".encode() + body_bytes(rec))
    if themes_src.is_dir():
        shutil.copytree(themes_src, root / "themes")
        # --full-theme (what every bench script passes, run.py included since
        # issue 14) copies the default theme whole: the build users run.
        # Without it the copy leaves out embed.html and search.html (a theme
        # without these templates writes no embeddable cards, oEmbed files or
        # search page): the trimmed build run.py measured before issue 14,
        # then with THIDUA_NO_SEARCH=1.
        for name in () if full_theme else ("embed.html", "search.html"):
            (root / "themes" / "default" / "templates" / name).unlink(missing_ok=True)
    else:
        (root / "themes").mkdir()


HOME_INTRO = (
    "Cổng thông tin thi đua - khen thưởng giới thiệu các gương điển hình tiên tiến, "
    "các phong trào thi đua yêu nước và văn bản chỉ đạo, hướng dẫn về công tác thi đua, "
    "khen thưởng của thành phố Cần Thơ.\n"
)


def write_hugo(g: Gen, root: Path, skeleton: Path):
    shutil.copytree(skeleton, root)
    cfg_t = root / "hugo.toml"
    text = cfg_t.read_text(encoding="utf-8")
    sub = {
        "@TITLE@": SITE_TITLE, "@DESCRIPTION@": SITE_DESCRIPTION, "@ORGANISATION@": ORGANISATION,
        "@ADDRESS@": CONTACT["address"], "@PHONE@": CONTACT["phone"], "@EMAIL@": CONTACT["email"],
        "@TODAY@": TODAY.isoformat(),
    }
    for k, v in sub.items():
        text = text.replace(k, v)
    cfg_t.write_text(text, encoding="utf-8")
    content = root / "content"
    content.mkdir(exist_ok=True)
    (content / "_index.md").write_text(
        "---\ntitle: " + yscalar(SITE_TITLE) + "\n---\n\n" + HOME_INTRO, encoding="utf-8")
    for sec, title in SECTION_TITLES.items():
        (content / sec).mkdir(parents=True, exist_ok=True)
        (content / sec / "_index.md").write_text(f"---\ntitle: {yscalar(title)}\n---\n", encoding="utf-8")
    for _, plural, title in TAXONOMIES:
        (content / plural).mkdir(parents=True, exist_ok=True)
        (content / plural / "_index.md").write_text(f"---\ntitle: {yscalar(title)}\n---\n", encoding="utf-8")
    (content / "pages").mkdir(parents=True, exist_ok=True)
    (content / "pages" / "_index.md").write_text(
        "---\ntitle: \"Trang\"\nbuild:\n  render: never\n  list: local\n---\n", encoding="utf-8")
    # thidua writes the anniversaries calendar at /lich-ky-niem/ (calendar.html)
    (content / "pages" / "lich-ky-niem.md").write_text(
        "---\ntitle: \"Lịch kỷ niệm\"\nlayout: calendar\n---\n", encoding="utf-8")
    for rec in g.records:
        fm = dict(rec["fm"])
        top = {"title": fm.pop("title")}
        if rec["hugo_date"]:
            top["date"] = fm.pop("date")
        if "summary" in fm:
            top["summary"] = fm.pop("summary")
        if "draft" in fm:
            top["draft"] = fm.pop("draft")
        if "updated" in fm:
            top["lastmod"] = fm.pop("updated")
        for k, v in rec["tax"].items():
            if v:
                top[k] = v
        lines = yaml_lines(top)
        if fm:
            lines.append("params:")
            lines += yaml_lines(fm, 2, dates_as_strings=True)
        (content / rec["section"] / f"{rec['slug']}.md").write_bytes(
            ("---\n" + "\n".join(lines) + "\n---\n\n").encode() + body_bytes(rec))


def manifest(g: Gen, paginate=20) -> dict:
    live = [r for r in g.records if not r["draft"]]
    sections = {}
    for r in live:
        sections[r["section"]] = sections.get(r["section"], 0) + 1
    terms: dict[str, dict[str, int]] = {t[1]: {} for t in TAXONOMIES}
    for r in live:
        for k, vals in r["tax"].items():
            for v in vals:
                terms[k][v] = terms[k].get(v, 0) + 1
    pages = lambda n: max(1, math.ceil(n / paginate))  # noqa: E731
    list_pages = sum(pages(n) for s, n in sections.items() if s != "pages")
    term_pages = sum(pages(n) for t in terms.values() for n in t.values())
    expected = {
        "entries": len(live),
        "home": 1,
        "section_list_pages": list_pages,
        "taxonomy_indexes": len(TAXONOMIES),
        "term_pages": term_pages,
        "calendar": 1,
        "not_found": 1,
    }
    expected["total_html"] = sum(expected.values())
    return {
        "entries_generated": len(g.records),
        "drafts": len(g.records) - len(live),
        "sections": sections,
        "terms": {k: len(v) for k, v in terms.items()},
        "term_entries": {k: sum(v.values()) for k, v in terms.items()},
        "expected_html_pages": expected,
        "body_bytes_total": sum(len(body_bytes(r)) for r in g.records),
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--entries", type=int, default=10000)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=20261123)
    ap.add_argument("--themes", type=Path, default=REPO / "themes", help="thidua themes to copy")
    ap.add_argument("--full-theme", action="store_true",
                    help="copy the default theme whole, embed and search templates included (the build users "
                         "run; every bench script passes it); without it they are left out, as run.py did "
                         "before issue 14")
    ap.add_argument("--hugo-skeleton", type=Path, default=HERE / "hugo")
    a = ap.parse_args(argv)
    if a.entries < 50:
        ap.error("--entries must be at least 50")
    g = Gen(a.seed, a.entries, body_bytes=True)
    g.build()
    out = a.out
    for sub in ("thidua", "hugo"):
        if (out / sub).exists():
            shutil.rmtree(out / sub)
    (out / "thidua").mkdir(parents=True)
    write_thidua(g, out / "thidua", a.themes, a.full_theme)
    write_hugo(g, out / "hugo", a.hugo_skeleton)
    m = manifest(g)
    m["seed"] = a.seed
    (out / "manifest.json").write_text(json.dumps(m, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"generated {m['entries_generated']} entries ({m['drafts']} drafts) into {out}: "
          f"{json.dumps(m['sections'])}; expected {m['expected_html_pages']['total_html']} HTML pages",
          file=sys.stderr)


if __name__ == "__main__":
    main()
