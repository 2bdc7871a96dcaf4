import type { StylePools } from './roundPools';

/** The 'dev' round: a coastal city, "Đông Hải", its wards and communes; wording tuned on by the developer. */
export const DEV_POOLS: StylePools = {
  city: 'thành phố Đông Hải',
  codePrefix: 'DH',
  wards: ['Vạn Lợi', 'Kim Trạch', 'Bồ Lâm', 'Hạ Lũng', 'Đằng Khê', 'Lạc Viên', 'Cát Dài', 'Ngọc Tuyền', 'Tân Duệ', 'Hưng Khánh', 'Phú Xá', 'Minh Đức', 'Thủy Tú', 'Quán Nam', 'Cổ Đông'],
  communes: ['Tiên Hưng', 'Quang Lãng', 'Đại Hợp', 'Kiến Thiết', 'Vĩnh Tiến', 'Hồng Phong', 'Đoàn Xá', 'Tú Sơn', 'Ngũ Lão', 'Lưu Kiếm', 'Gia Đức', 'Chính Mỹ', 'Lập Lễ', 'Phù Liễn', 'Thiên Hương'],
  sections: {
    I: {
      boilerplate: [{ probe: 'kịp thời quán triệt, triển khai kết luận số 01-kl/tw', forms: ['Ngay từ đầu quý, Ban Thường vụ Đảng ủy đã kịp thời quán triệt, triển khai Kết luận số 01-KL/TW của Bộ Chính trị gắn với [|thực hiện ]nhiệm vụ chính trị của địa phương.'] }, { probe: 'xác định đây là nhiệm vụ thường xuyên', forms: ['Ban Thường vụ xác định đây là nhiệm vụ thường xuyên, lâu dài[, gắn với xây dựng, chỉnh đốn Đảng và hệ thống chính trị|, gắn với công tác xây dựng Đảng].'] }, { probe: 'các chi bộ trực thuộc đã xây dựng kế hoạch', forms: ['Trên cơ sở đó, 100% các chi bộ trực thuộc đã xây dựng kế hoạch thực hiện[ sát với tình hình thực tế|, phù hợp với đặc điểm của từng chi bộ].'] }],
      items: [
        { id: 'I-vanban', probes: ['văn bản lãnh đạo, chỉ đạo, trong đó có kế hoạch'], forms: ['[Đảng ủy|{self}] đã ban hành {f:vb_chi_dao} văn bản lãnh đạo, chỉ đạo, trong đó có kế hoạch thực hiện chuyên đề năm 2026[ và hướng dẫn các chi bộ triển khai|, đồng thời hướng dẫn chi bộ trực thuộc tổ chức thực hiện].'] },
        { id: 'I-chuongtrinh', probes: ['đưa vào chương trình công tác'], forms: ['Nội dung học tập và làm theo Bác được đưa vào chương trình công tác [toàn khóa và hằng tháng|hằng tháng] của cấp ủy[, gắn với việc đánh giá, xếp loại tổ chức đảng cuối năm|].'] },
        { id: 'I-phancong', probes: ['đồng chí cấp ủy viên phụ trách, theo dõi'], forms: ['Ban Thường vụ [đã phân công|phân công] {n} đồng chí cấp ủy viên phụ trách, theo dõi việc thực hiện ở [các chi bộ|chi bộ trực thuộc][ và định kỳ nghe báo cáo kết quả|].'] },
        { id: 'I-soket', probes: ['chi bộ còn chậm triển khai'], forms: ['[Đảng ủy|{self}] [đã tổ chức|tổ chức] sơ kết [công tác|việc thực hiện] quý II, rút kinh nghiệm với {n} chi bộ còn chậm triển khai.'] },
      ],
    },
    'II.1': {
      boilerplate: [{ probe: 'học tập, quán triệt được thực hiện nghiêm túc, đúng hướng dẫn', forms: ['Việc học tập, quán triệt được thực hiện nghiêm túc, đúng hướng dẫn của cấp trên[, bảo đảm thời gian và chất lượng|].'] }, { probe: 'sau học tập, các chi bộ', forms: ['Sau học tập, các chi bộ [đã |]yêu cầu đảng viên viết bài thu hoạch[ và liên hệ với nhiệm vụ được giao|, liên hệ với trách nhiệm của bản thân].'] }, { probe: 'chất lượng học tập được nâng lên', forms: ['Qua theo dõi, chất lượng học tập được nâng lên[ so với các kỳ trước|], đảng viên nắm chắc nội dung cốt lõi của chuyên đề.'] }],
      items: [
        { id: 'II.1-hoinghi', probes: ['hội nghị học tập, quán triệt chuyên đề', 'hội nghị quán triệt, học tập chuyên đề'], forms: ['[Đảng ủy|{self}] đã tổ chức {f:hn_quan_triet} hội nghị [học tập, quán triệt|quán triệt, học tập] chuyên đề năm 2026 với {f:dv_hoc_tap} đảng viên tham gia[, đạt tỷ lệ cao|].'] },
        { id: 'II.1-sotay', probes: ['sổ tay đảng viên điện tử'], forms: ['Hình thức học tập trực tuyến qua [ứng dụng|nền tảng] Sổ tay đảng viên điện tử được áp dụng cho {m} đảng viên[ cao tuổi, sức khỏe yếu|].'] },
        { id: 'II.1-chuyende', probes: ['chuyên đề riêng gắn với'], forms: ['[Đảng ủy đã cụ thể hóa|Trên cơ sở chuyên đề toàn khóa, Đảng ủy cụ thể hóa] thành {f:chuyen_de_rieng} chuyên đề riêng gắn với [xây dựng đô thị văn minh|cải cách hành chính và xây dựng đô thị văn minh].'] },
        { id: 'II.1-quanchung', probes: ['lượt đoàn viên, hội viên'], forms: ['Các chi hội, đoàn thể đã tổ chức cho {f:luot_quan_chung} lượt đoàn viên, hội viên[ và nhân dân|, quần chúng] [nghe giới thiệu|tìm hiểu] nội dung chuyên đề tại [nhà văn hóa khu dân cư|các nhà văn hóa tổ dân phố].'] },
      ],
    },
    'II.2': {
      boilerplate: [{ probe: 'các phong trào thi đua yêu nước và nhiệm vụ chính trị', forms: ['Việc học tập và làm theo Bác được gắn với [thực hiện|triển khai] các phong trào thi đua yêu nước và nhiệm vụ chính trị của địa phương.'] }, { probe: 'việc làm cụ thể, thiết thực', forms: ['Các chi bộ lựa chọn việc làm cụ thể, thiết thực[, dễ kiểm tra, dễ đánh giá|, dễ thực hiện] để đưa vào kế hoạch của mình.'] }, { probe: 'nhiều tấm gương người tốt, việc tốt', forms: ['Qua đó xuất hiện nhiều tấm gương người tốt, việc tốt[ trong các tầng lớp nhân dân|], được biểu dương kịp thời.'] }],
      items: [
        { id: 'II.2-camket', probes: ['bản cam kết tu dưỡng, rèn luyện'], forms: ['Có {f:tc_ke_hoach} chi bộ, cơ quan, đoàn thể xây dựng kế hoạch làm theo[ năm 2026|]; {f:dv_cam_ket} đảng viên [đăng ký|đã ký] bản cam kết tu dưỡng, rèn luyện.'] },
        { id: 'II.2-nhanrong', probes: ['làm theo bác ở khu dân cư'], forms: ['[Đảng ủy|{self}] [đã duy trì và nhân rộng|tiếp tục nhân rộng] {f:mo_hinh_nhan_rong} mô hình [học tập và làm theo Bác|làm theo Bác] ở khu dân cư[, phát huy hiệu quả thiết thực|].'] },
        { id: 'II.2-motcua', probes: ['tại bộ phận một cửa'], forms: ['Việc làm theo Bác được gắn với [cải cách thủ tục hành chính|đẩy mạnh cải cách thủ tục hành chính], [giải quyết|tiếp nhận và giải quyết] {N} hồ sơ [đúng hạn|đúng và trước hạn] tại bộ phận một cửa.'] },
        { id: 'II.2-chunhat', probes: ['ngày chủ nhật xanh'], forms: ['Hưởng ứng phong trào [“Ngày Chủ nhật xanh”|"Ngày Chủ nhật xanh"], [{self}|Đảng ủy] [đã ra quân|ra quân] {n} đợt [vệ sinh môi trường|làm vệ sinh môi trường] với [sự tham gia của |]{N} lượt người.'] },
      ],
    },
    'II.3': {
      boilerplate: [{ probe: 'tinh thần trách nhiệm, gương mẫu trong công tác và sinh hoạt', forms: ['Cán bộ, đảng viên, nhất là người đứng đầu, [đã nêu cao|nêu cao] tinh thần trách nhiệm, gương mẫu trong công tác và sinh hoạt.'] }, { probe: 'công khai việc làm nêu gương', forms: ['Các đồng chí [đã |]công khai việc làm nêu gương tại chi bộ nơi sinh hoạt[ để quần chúng giám sát|, chịu sự giám sát của quần chúng].'] }, { probe: 'không có cán bộ, đảng viên vi phạm', forms: ['Trong quý, không có cán bộ, đảng viên vi phạm [đến mức phải xử lý kỷ luật|phải xem xét, xử lý kỷ luật].'] }],
      items: [
        { id: 'II.3-phebinh', probes: ['tự phê bình và phê bình'], forms: ['Các chi bộ [đã |]gắn nội dung nêu gương với tự phê bình và phê bình[ trong sinh hoạt định kỳ|, kiểm điểm cuối quý], [nhắc nhở|góp ý] {n} đảng viên.'] },
        { id: 'II.3-dangky', probes: ['đã đăng ký việc làm nêu gương'], forms: ['{f:dang_ky_neu_guong} đồng chí [là người đứng đầu, cán bộ chủ chốt|cán bộ chủ chốt, người đứng đầu] đã đăng ký việc làm nêu gương[ cụ thể, sát thực tế|].'] },
        { id: 'II.3-tiepdan', probes: ['tiếp công dân định kỳ'], forms: ['[Bí thư, Chủ tịch|Bí thư Đảng ủy và Chủ tịch Ủy ban nhân dân] [đã tiếp công dân định kỳ|tiếp công dân định kỳ] {n} buổi[, trực tiếp đối thoại với nhân dân|, đối thoại trực tiếp với nhân dân].'] },
        { id: 'II.3-kiemdiem', probes: ['nội dung nêu gương được đưa vào kiểm điểm'], forms: ['Nội dung nêu gương được đưa vào kiểm điểm [hằng tháng|định kỳ] tại sinh hoạt chi bộ[ của {n} chi bộ trực thuộc|].'] },
      ],
    },
    'II.4': {
      boilerplate: [{ probe: 'công tác tuyên truyền được triển khai bằng nhiều hình thức', forms: ['Công tác tuyên truyền được triển khai bằng nhiều hình thức [phong phú|đa dạng, phong phú], phù hợp [với |]từng đối tượng.'] }, { probe: 'bản tin nội bộ', forms: ['Bản tin nội bộ của Đảng bộ [được phát hành đều đặn|phát hành đều đặn] đến các chi bộ[, có chuyên mục về học tập và làm theo Bác|].'] }, { probe: 'định hướng thông tin', forms: ['Công tác định hướng thông tin, nắm bắt dư luận xã hội [được chú trọng|được quan tâm], kịp thời [phản bác|đấu tranh với] các thông tin sai trái.'] }],
      items: [
        { id: 'II.4-truyenthanh', probes: ['truyền thanh cơ sở đã phát'], forms: ['Hệ thống [đài truyền thanh|loa truyền thanh] cơ sở đã phát {f:tin_bai_bao_chi} [tin, bài|tin bài] về [tư tưởng, đạo đức, phong cách Hồ Chí Minh|tấm gương đạo đức Hồ Chí Minh].'] },
        { id: 'II.4-zalo', probes: ['nhóm zalo của'], forms: ['Trang thông tin[ điện tử|] và [nhóm Zalo|các nhóm Zalo] của [Đảng ủy|{self}] đăng tải {f:tin_bai_mang} tin, bài[, thu hút nhiều lượt tương tác|].'] },
        { id: 'II.4-bieuduong', probes: ['điển hình tiêu biểu'], forms: ['[Đảng ủy|{self}] đã biểu dương {f:dien_hinh} điển hình tiêu biểu[ trong học tập và làm theo Bác|], khen thưởng {f:tap_the_khen} tập thể và {f:ca_nhan_khen} cá nhân.'] },
        { id: 'II.4-pano', probes: ['ngày quốc khánh 2/9'], forms: ['Tuyến phố [chính|trung tâm] được trang trí {n} [pa-nô, áp phích|áp phích, pa-nô] [tuyên truyền|cổ động] [kỷ niệm|chào mừng] Ngày Quốc khánh 2/9.'] },
      ],
    },
    'II.5': {
      boilerplate: [{ probe: 'theo hướng thiết thực', forms: ['Việc nghiên cứu, học tập tư tưởng Hồ Chí Minh [từng bước được đổi mới|được đổi mới từng bước] theo hướng thiết thực, gắn với thực tiễn[ cơ sở|].'] }, { probe: 'giảng viên kiêm chức', forms: ['Các đồng chí giảng viên kiêm chức [đã |]tích cực nghiên cứu, [bổ sung|cập nhật] tư liệu mới vào bài giảng.'] }, { probe: 'gắn lý luận với thực tiễn', forms: ['Nội dung bồi dưỡng [được chọn lọc|được chọn lọc kỹ], gắn lý luận với thực tiễn của địa phương.'] }],
      items: [
        { id: 'II.5-dausach', probes: ['đầu sách về bác'], forms: ['[Đảng ủy|{self}] [đã bổ sung|bổ sung] {m} đầu sách về Bác [cho tủ sách của các chi bộ|vào tủ sách chi bộ][, phục vụ nghiên cứu, học tập|].'] },
        { id: 'II.5-lop', probes: ['trung tâm chính trị mở'], forms: ['[Đảng ủy|{self}] [phối hợp với|phối hợp] Trung tâm Chính trị mở {f:lop_boi_duong} lớp bồi dưỡng[ lý luận chính trị|] cho {f:luot_hoc_vien} lượt học viên[, trong đó có nội dung tư tưởng Hồ Chí Minh|].'] },
        { id: 'II.5-baocaovien', probes: ['đội ngũ báo cáo viên'], forms: ['Đội ngũ báo cáo viên [được củng cố|đã được củng cố], [với|gồm] {n} đồng chí[, thường xuyên cập nhật tài liệu|, được cập nhật tài liệu thường xuyên].'] },
        { id: 'II.5-phimtulieu', probes: ['trình chiếu phim tư liệu'], forms: ['Các buổi sinh hoạt chuyên đề [được|đã được] đổi mới [bằng|với] [hình thức |]trình chiếu phim tư liệu và thảo luận [nhóm|theo nhóm].'] },
      ],
    },
    'II.6': {
      boilerplate: [{ probe: 'công tác kiểm tra, giám sát được', forms: ['Công tác kiểm tra, giám sát được [thực hiện|tiến hành] [thường xuyên|định kỳ, thường xuyên], đúng quy định[ của Điều lệ Đảng|].'] }, { probe: 'chưa phát hiện trường hợp vi phạm', forms: ['Qua kiểm tra, giám sát[ trong quý|], chưa phát hiện trường hợp vi phạm [nghiêm trọng|phải xử lý].'] }, { probe: 'kết luận sau kiểm tra', forms: ['Việc thực hiện kết luận sau kiểm tra, giám sát [được theo dõi chặt chẽ|được theo dõi thường xuyên].'] }],
      items: [
        { id: 'II.6-mattran', probes: ['giám sát của mặt trận'], forms: ['[Vai trò|Hoạt động] giám sát của Mặt trận và các đoàn thể [được phát huy|tiếp tục được phát huy], [với|qua] {n} cuộc giám sát [chuyên đề|theo chuyên đề][ đối với cán bộ, đảng viên|].'] },
        { id: 'II.6-cuoc', probes: ['cuộc kiểm tra và'], forms: ['Ủy ban Kiểm tra[ Đảng ủy|] đã tiến hành {f:cuoc_kiem_tra} cuộc kiểm tra và {f:cuoc_giam_sat} cuộc giám sát [đối với |]{f:tc_ktgs} tổ chức đảng[ và|,] {f:dv_ktgs} đảng viên.'] },
        { id: 'II.6-chithi', probes: ['chỉ thị số 05-ct/tw được đưa vào'], forms: ['Việc thực hiện Chỉ thị số 05-CT/TW được đưa vào chương trình [kiểm tra, giám sát|giám sát] [chuyên đề|theo chuyên đề] của Ban Thường vụ.'] },
        { id: 'II.6-sotheodoi', probes: ['sổ theo dõi việc làm theo'], forms: ['Qua kiểm tra, [đã nhắc nhở, chấn chỉnh|nhắc nhở, chấn chỉnh] {n} chi bộ [chậm cập nhật|chưa cập nhật] sổ theo dõi việc làm theo.'] },
      ],
    },
    'III.1': {
      boilerplate: [{ probe: 'đạt kết quả tích cực', forms: ['Nhìn chung, việc [thực hiện|triển khai] Kết luận số 01-KL/TW trong quý [|đã ]đạt kết quả tích cực.'] }, { probe: 'được triển khai đồng bộ', forms: ['Các nội dung của kế hoạch [được triển khai đồng bộ|đều được triển khai đồng bộ], [đúng tiến độ|bảo đảm tiến độ] đề ra.'] }, { probe: 'nhiều mô hình hay được duy trì', forms: ['Nhiều mô hình hay được duy trì[ và phát huy hiệu quả|, phát huy hiệu quả], [tạo sức lan tỏa trong cộng đồng|lan tỏa trong cộng đồng dân cư].'] }],
      items: [
        { id: 'III.1-nenep', kind: 'strength', probes: ['trở thành nền nếp'], forms: ['Việc học tập và làm theo Bác [đã |]trở thành nền nếp[ trong sinh hoạt của chi bộ|, thường xuyên trong sinh hoạt chi bộ].'] },
        { id: 'III.1-capuy', kind: 'strength', probes: ['lãnh đạo sát sao', 'lãnh đạo, chỉ đạo sát sao'], forms: ['Cấp ủy [đã quan tâm lãnh đạo|quan tâm lãnh đạo, chỉ đạo] sát sao[, kịp thời|], [phân công rõ người, rõ việc|phân công cụ thể người, việc].'] },
        { id: 'III.1-nhanthuc', kind: 'strength', probes: ['nhận thức của cán bộ, đảng viên'], forms: ['Nhận thức của cán bộ, đảng viên về [việc học tập và làm theo Bác|học tập và làm theo Bác] [được nâng lên rõ rệt|có chuyển biến rõ rệt].'] },
        { id: 'III.1-phoihop', kind: 'cause', probes: ['phối hợp chặt chẽ giữa'], forms: ['Nguyên nhân[ của ưu điểm|] là [có sự phối hợp chặt chẽ|sự phối hợp chặt chẽ] giữa [Mặt trận Tổ quốc|Ủy ban Mặt trận Tổ quốc] và các đoàn thể[ chính trị - xã hội|].'] },
        { id: 'III.1-dongtinh', kind: 'strength', probes: ['đồng tình, hưởng ứng'], forms: ['Việc làm theo Bác [được nhân dân đồng tình, hưởng ứng|nhận được sự đồng tình, hưởng ứng của nhân dân].'] },
      ],
      specific: [
        { id: 'III.1-nguDan', kind: 'strength', probes: ['ngư dân tham gia tổ đoàn kết trên biển'], forms: ['Riêng ở khu dân cư ven biển, việc vận động ngư dân tham gia tổ đoàn kết trên biển đạt kết quả nổi bật.'] },
        { id: 'III.1-soHoa', kind: 'strength', probes: ['số hóa hồ sơ đảng viên'], forms: ['Đơn vị đã hoàn thành sớm việc số hóa hồ sơ đảng viên, thuận lợi cho việc theo dõi, đánh giá.'] },
        { id: 'III.1-ketHop', kind: 'strength', probes: ['trực tiếp kết hợp trực tuyến'], forms: ['Lần đầu tiên toàn bộ chi bộ khu dân cư sinh hoạt chuyên đề theo hình thức trực tiếp kết hợp trực tuyến.'] },
        { id: 'III.1-doanhNghiep', kind: 'cause', probes: ['sự vào cuộc của các doanh nghiệp'], forms: ['Sự vào cuộc của các doanh nghiệp trên địa bàn đã góp phần huy động nguồn lực cho các công trình dân sinh.'] },
        { id: 'III.1-taiDinhCu', kind: 'strength', probes: ['khu tái định cư'], forms: ['Tinh thần tự quản ở các khu tái định cư được nâng lên, giảm hẳn tình trạng lấn chiếm vỉa hè.'] },
      ],
    },
    'III.2': {
      boilerplate: [{ probe: 'một số hạn chế', forms: ['Bên cạnh kết quả đạt được, việc thực hiện [vẫn còn|còn] một số hạn chế[, khó khăn|].'] }, { probe: 'việc sơ kết, nhân rộng', forms: ['Việc sơ kết, nhân rộng mô hình [có lúc|có nơi] chưa kịp thời[, chưa tạo được sức lan tỏa|].'] }, { probe: 'chưa thật sự hấp dẫn', forms: ['Hình thức tuyên truyền trên mạng xã hội [|còn ]chưa thật sự hấp dẫn đối với [thanh niên|người trẻ].'] }],
      items: [
        { id: 'III.2-lungtung', kind: 'shortcoming', probes: ['còn lúng túng'], forms: ['[Một số|Một vài] chi bộ còn lúng túng [khi cụ thể hóa chuyên đề thành việc làm|trong việc cụ thể hóa chuyên đề thành việc làm cụ thể].'] },
        { id: 'III.2-hinhthuc', kind: 'shortcoming', probes: ['chuyên đề còn hình thức'], forms: ['[Một số|Một vài] chi bộ [tổ chức sinh hoạt chuyên đề|sinh hoạt chuyên đề] còn hình thức, [chất lượng chưa cao|chưa đi vào chiều sâu].'] },
        { id: 'III.2-kinhphi', kind: 'shortcoming', probes: ['công tác tuyên truyền còn hạn'], forms: ['Kinh phí [dành cho|bố trí cho] công tác tuyên truyền [còn hạn hẹp|còn hạn chế], chưa đáp ứng[ được|] yêu cầu.'] },
        { id: 'III.2-canbo', kind: 'cause', probes: ['công tác tuyên giáo ở cơ sở'], forms: ['Nguyên nhân[ chủ yếu|] là [đội ngũ cán bộ làm công tác tuyên giáo|cán bộ làm công tác tuyên giáo] ở cơ sở [còn mỏng|còn thiếu], [phải kiêm nhiệm nhiều việc|kiêm nhiệm nhiều việc].'] },
        { id: 'III.2-dangvientre', kind: 'shortcoming', probes: ['chưa thật sự gương mẫu', 'chưa thực sự gương mẫu'], forms: ['[Một bộ phận|Một số] đảng viên [trẻ|trẻ tuổi] [chưa thật sự gương mẫu|chưa thực sự gương mẫu] [trong thực hiện cam kết|khi thực hiện bản cam kết].'] },
      ],
      specific: [
        { id: 'III.2-sapNhap', kind: 'shortcoming', probes: ['xáo trộn sinh hoạt'], forms: ['Việc sắp xếp địa giới làm xáo trộn sinh hoạt của 3 chi bộ khu dân cư mới thành lập.'] },
        { id: 'III.2-xuongCap', kind: 'shortcoming', probes: ['xuống cấp, chưa bảo đảm chỗ'], forms: ['Nhà văn hóa khu Đông xuống cấp, chưa bảo đảm chỗ tổ chức hội nghị.'] },
        { id: 'III.2-choDauMoi', kind: 'shortcoming', probes: ['hộ kinh doanh ở chợ đầu mối'], forms: ['Một số hộ kinh doanh ở chợ đầu mối chưa chấp hành quy định về vệ sinh môi trường.'] },
        { id: 'III.2-ngoaiTinh', kind: 'cause', probes: ['lao động ngoại tỉnh tạm trú'], forms: ['Số người lao động ngoại tỉnh tạm trú đông gây khó khăn cho việc tuyên truyền.'] },
        { id: 'III.2-phanMem', kind: 'shortcoming', probes: ['phần mềm quản lý đảng viên'], forms: ['Phần mềm quản lý đảng viên thường xuyên gián đoạn, ảnh hưởng đến việc cập nhật số liệu.'] },
      ],
    },
    'III.3': {
      boilerplate: [{ probe: 'bài học kinh nghiệm', forms: ['Qua thực tiễn triển khai, [có thể rút ra|rút ra] một số bài học kinh nghiệm [như sau|chủ yếu].'] }, { probe: 'cấp ủy phải thật sự vào cuộc', forms: ['Cấp ủy phải thật sự vào cuộc[, có kế hoạch cụ thể|] và [thường xuyên|định kỳ] [kiểm tra việc thực hiện|đánh giá kết quả].'] }, { probe: 'phải gắn với nhiệm vụ chính trị', forms: ['Học tập và làm theo Bác phải gắn với nhiệm vụ chính trị[ của từng địa bàn|, với nhu cầu chính đáng của nhân dân].'] }],
      items: [
        { id: 'III.3-rutkinhnghiem', kind: 'lesson', probes: ['sơ kết, rút kinh nghiệm'], forms: ['[Phải|Cần] [thường xuyên |định kỳ ]sơ kết, rút kinh nghiệm[ để điều chỉnh kịp thời|, kịp thời điều chỉnh cách làm].'] },
        { id: 'III.3-nguoidungdau', kind: 'lesson', probes: ['vai trò nêu gương của người đứng đầu', 'vai trò gương mẫu của người đứng đầu'], forms: ['[Phải phát huy|Cần phát huy] vai trò [nêu gương|gương mẫu] của người đứng đầu [cấp ủy|cấp ủy, chính quyền].'] },
        { id: 'III.3-bucxuc', kind: 'lesson', probes: ['những vấn đề bức xúc ở cơ sở'], forms: ['Việc làm theo [phải|cần] [cụ thể, thiết thực|thiết thực, cụ thể], [gắn với|gắn liền với] [|việc ]giải quyết những vấn đề bức xúc ở cơ sở.'] },
        { id: 'III.3-dondoc', kind: 'lesson', probes: ['kiểm tra, đôn đốc'], forms: ['[Thường xuyên|Cần thường xuyên] kiểm tra, đôn đốc,[ kịp thời|] biểu dương [cách làm hay|những cách làm hay] [và nhân rộng|để nhân rộng].'] },
        { id: 'III.3-dan', kind: 'lesson', probes: ['dựa vào dân'], forms: ['[Phải dựa vào dân|Dựa vào dân], phát huy [quyền làm chủ|vai trò làm chủ] của nhân dân[ trong mọi hoạt động|].'] },
      ],
      specific: [
        { id: 'III.3-viecKho', kind: 'lesson', probes: ['giao cho đảng viên trẻ'], forms: ['Chọn việc khó, việc mới để giao cho đảng viên trẻ là cách rèn luyện hiệu quả.'] },
        { id: 'III.3-tinNhan', kind: 'lesson', probes: ['tin nhắn điện thoại'], forms: ['Kết hợp tuyên truyền trực tiếp với tin nhắn điện thoại giúp tiếp cận người cao tuổi.'] },
        { id: 'III.3-chamDiem', kind: 'lesson', probes: ['chấm điểm thi đua của tổ dân phố'], forms: ['Gắn việc làm theo với chấm điểm thi đua của tổ dân phố tạo động lực rõ rệt.'] },
        { id: 'III.3-dongHo', kind: 'lesson', probes: ['người có uy tín trong dòng họ'], forms: ['Mời người có uy tín trong dòng họ cùng vận động giúp việc triển khai thuận lợi hơn.'] },
      ],
    },
    'IV.1': {
      boilerplate: [{ probe: 'trong quý iv/2026', forms: ['Trong quý IV/2026, Đảng ủy [tiếp tục|sẽ tiếp tục] [thực hiện|triển khai] [một số|các] nhiệm vụ trọng tâm sau.'] }, { probe: 'nâng cao chất lượng sinh hoạt chuyên đề', forms: ['[Tiếp tục |]nâng cao chất lượng sinh hoạt chuyên đề ở chi bộ[, nhất là chi bộ khu dân cư|].'] }, { probe: 'phấn đấu hoàn thành', forms: ['Phấn đấu hoàn thành [toàn bộ|các] chỉ tiêu [của năm 2026|đề ra cho năm 2026] về công tác tuyên giáo.'] }],
      items: [
        { id: 'IV.1-mangxahoi', probes: ['kết quả học tập và làm theo bác'], forms: ['[Đẩy mạnh|Tiếp tục đẩy mạnh] tuyên truyền [|các ]kết quả học tập và làm theo Bác trên [|các nền tảng ]mạng xã hội.'] },
        { id: 'IV.1-namtoi', probes: ['chuyên đề của năm tới'], forms: ['Chuẩn bị [|tốt ]việc tổng kết công tác năm và [xây dựng|đăng ký] chuyên đề của năm tới.'] },
        { id: 'IV.1-bancamket', probes: ['giám sát việc thực hiện bản cam kết', 'giám sát bản cam kết'], forms: ['[Tăng cường|Tiếp tục tăng cường] kiểm tra, giám sát [việc thực hiện |]bản cam kết của [đảng viên|cán bộ, đảng viên].'] },
        { id: 'IV.1-chonmohinh', probes: ['mô hình tiêu biểu để', 'mô hình hiệu quả để'], forms: ['[Lựa chọn|Chọn] {n} mô hình [tiêu biểu|hiệu quả] để [|tiếp tục ]nhân rộng trong [quý cuối năm|những tháng cuối năm].'] },
      ],
    },
    'IV.2': {
      boilerplate: [{ probe: 'đề xuất, kiến nghị', forms: ['[Đảng ủy|{self}] [có một số đề xuất, kiến nghị như sau|xin đề xuất, kiến nghị một số nội dung sau].'] }, { probe: 'để việc thực hiện đạt hiệu quả', forms: ['Để việc thực hiện đạt hiệu quả cao hơn[ trong thời gian tới|], [Đảng ủy|đơn vị] mong nhận được sự quan tâm, hướng dẫn của cấp trên.'] }, { probe: 'trên đây là báo cáo', atEnd: true, forms: ['Trên đây là báo cáo kết quả thực hiện Kết luận số 01-KL/TW quý III/2026 của [Đảng ủy|{self}].'] }],
      items: [
        { id: 'rec-vanban', probes: ['văn bản hướng dẫn thống nhất'], forms: ['[Đề nghị|Kiến nghị] [sớm ban hành|ban hành] văn bản hướng dẫn thống nhất [về cách đánh giá|cách đánh giá] việc làm theo[ của đảng viên|].'] },
        { id: 'rec-tailieu', probes: ['tài liệu học tập chuyên đề', 'tài liệu chuyên đề năm'], forms: ['Đề nghị [Ban Tuyên giáo và Dân vận Thành ủy|cấp trên] [sớm cấp phát|cấp phát sớm] tài liệu [học tập |]chuyên đề năm 2026 [bản in|dạng bản in] cho chi bộ.'] },
        { id: 'rec-kinhphi', probes: ['kinh phí hỗ trợ hoạt động tuyên truyền', 'kinh phí cho hoạt động tuyên truyền', 'kinh phí hoạt động tuyên truyền'], forms: ['[Kiến nghị|Đề nghị] [bố trí|bổ sung] kinh phí [hỗ trợ |cho |]hoạt động tuyên truyền ở [|các ]khu dân cư.'] },
        { id: 'rec-taphuan', probes: ['tập huấn nghiệp vụ', 'tập huấn kỹ năng'], forms: ['Đề nghị [mở lớp|tổ chức] tập huấn [nghiệp vụ|kỹ năng] cho [|đội ngũ ]cán bộ tuyên giáo cơ sở.'] },
        { id: 'rec-khenthuong', probes: ['khen thưởng kịp thời'], forms: ['[Kiến nghị|Đề nghị] [có hình thức khen thưởng|khen thưởng] kịp thời [các|những] điển hình ở [cơ sở|khu dân cư].'] },
        { id: 'rec-phanmem', probes: ['phần mềm báo cáo', 'phần mềm quản lý báo cáo'], forms: ['Đề nghị [nâng cấp|hoàn thiện] phần mềm [báo cáo|quản lý báo cáo][ trực tuyến|] [để giảm|nhằm giảm] [thời gian tổng hợp|việc tổng hợp thủ công].'] },
        { id: 'rec-sotay', probes: ['sổ tay hỏi - đáp', 'sổ tay hỏi đáp'], forms: ['[Kiến nghị|Đề nghị] [biên soạn|xuất bản] sổ tay [hỏi - đáp|hỏi đáp] về [|nội dung ]chuyên đề cho [đảng viên|quần chúng].'] },
        { id: 'rec-giaoluu', probes: ['giao lưu điển hình', 'giao lưu các điển hình'], forms: ['Đề nghị tổ chức [|các buổi ]giao lưu [|các ]điển hình giữa [các phường, xã|các xã, phường] [để học tập kinh nghiệm|nhằm trao đổi kinh nghiệm].'] },
      ],
      specific: [
        { id: 'rec-nhaTruyenThong', probes: ['nhà truyền thống tại khu di tích'], forms: ['Đề nghị Thành ủy cho chủ trương xây dựng nhà truyền thống tại khu di tích bến đò cũ.'] },
        { id: 'rec-amThanh', probes: ['thiết bị âm thanh'], forms: ['Kiến nghị hỗ trợ thiết bị âm thanh cho 4 nhà văn hóa mới xây dựng.'] },
        { id: 'rec-bienChe', probes: ['biên chế cán bộ chuyên trách'], forms: ['Đề nghị bổ sung 01 biên chế cán bộ chuyên trách công tác tuyên giáo.'] },
        { id: 'rec-mauBaoCao', probes: ['trùng với báo cáo công tác dân vận'], forms: ['Kiến nghị điều chỉnh mẫu báo cáo, bỏ các chỉ tiêu trùng với báo cáo công tác dân vận.'] },
        { id: 'rec-lamAnXa', probes: ['đảng viên đi làm ăn xa'], forms: ['Đề nghị cho phép thí điểm sinh hoạt chi bộ trực tuyến đối với đảng viên đi làm ăn xa.'] },
        { id: 'rec-ngoaiNhaNuoc', probes: ['doanh nghiệp ngoài nhà nước'], forms: ['Đề nghị hướng dẫn cách ghi nhận việc làm theo của đảng viên đang làm việc tại doanh nghiệp ngoài nhà nước.'] },
        { id: 'rec-phatSong', probes: ['tăng thời lượng phát sóng'], forms: ['Kiến nghị tăng thời lượng phát sóng về chuyên đề trên Đài Phát thanh và Truyền hình thành phố.'] },
        { id: 'rec-songNgu', probes: ['tờ gấp song ngữ'], forms: ['Đề nghị hỗ trợ in tờ gấp song ngữ cho khu vực có đông người nước ngoài sinh sống.'] },
        { id: 'rec-tieuChi', probes: ['tiêu chí công nhận mô hình'], forms: ['Đề nghị sớm ban hành tiêu chí công nhận mô hình tiêu biểu cấp thành phố.'] },
        { id: 'rec-luaDao', probes: ['lừa đảo qua mạng'], forms: ['Kiến nghị phối hợp với Công an thành phố tuyên truyền phòng, chống lừa đảo qua mạng cho người cao tuổi.'] },
      ],
    },
  },
  factKinds: {
    I: ['chương trình', 'đề án'],
    'II.1': ['chuyên đề sinh hoạt', 'diễn đàn', 'cuộc thi'],
    'II.2': ['mô hình', 'cách làm'],
    'II.3': ['phong trào', 'mô hình'],
    'II.4': ['chuyên mục', 'cuộc thi', 'câu lạc bộ', 'tủ sách'],
    'II.5': ['câu lạc bộ', 'diễn đàn'],
    'II.6': ['mô hình'],
    'IV.1': ['mô hình'],
  },
  factHeads: ['Ngõ phố', 'Tổ dân phố', 'Khu dân cư', 'Chợ', 'Bến cảng', 'Xóm chài', 'Chung cư', 'Trường học', 'Gia đình', 'Dòng họ', 'Tuổi trẻ', 'Phụ nữ', 'Cựu chiến binh', 'Nông dân', 'Doanh nhân', 'Công nhân', 'Thiếu nhi', 'Người cao tuổi'],
  factTails: ['không rác thải nhựa', 'xanh, sạch, đẹp', 'văn minh, nghĩa tình', 'học và làm theo lời Bác', 'tự quản an toàn', 'nói không với ma túy', 'đọc sách cùng Bác', 'chung tay vì người nghèo', 'số thân thiện', 'thắp sáng ngõ nhỏ', 'kể chuyện Bác Hồ', 'nghĩa tình biển đảo', 'tiết kiệm điện', 'không dùng tiền mặt', 'hiếu học', 'sẻ chia yêu thương'],
  factForms: [
    'Nổi bật là {kind} {name} do {self} [xây dựng|khởi xướng], [được nhân dân hưởng ứng tích cực|thu hút đông đảo nhân dân tham gia].',
    'Đáng chú ý, {kind} {name} [ra mắt trong quý|ra mắt từ tháng 8/2026] đã [tạo sức lan tỏa|tạo hiệu ứng tốt] trên địa bàn.',
    '[{self}|Đảng ủy] [duy trì hiệu quả|tiếp tục duy trì] {kind} {name} với {n} thành viên [tham gia thường xuyên|sinh hoạt đều đặn].',
    'Một điểm mới là {kind} {name}, [bước đầu mang lại kết quả thiết thực|được các tầng lớp nhân dân đánh giá cao].',
    'Chi bộ khu dân cư số {n} [đã triển khai|triển khai] {kind} {name}, [góp phần|qua đó góp phần] xây dựng nếp sống văn minh.',
  ],
  typographicQuotes: 0.8,
  otherYear: [
    { probe: 'năm 2024, đảng ủy đã tổ chức tổng kết', text: 'Năm 2024, Đảng ủy đã tổ chức tổng kết 3 năm thực hiện mô hình dân vận khéo.' },
    { probe: '6 tháng đầu năm 2025', text: 'Trong 6 tháng đầu năm 2025, toàn Đảng bộ đã kết nạp 14 đảng viên mới.' },
    { probe: 'năm 2023, đơn vị được', text: 'Năm 2023, đơn vị được Thành ủy tặng Bằng khen về công tác tuyên giáo.' },
    { probe: 'kết quả năm 2025 cho thấy', text: 'Kết quả năm 2025 cho thấy 98% đảng viên đã hoàn thành bản đăng ký của mình.' },
    { probe: 'quý iii/2025', text: 'Quý III/2025, Đảng ủy đã ra mắt tổ tuyên truyền lưu động tại chợ.' },
  ],
  signers: ['Nguyễn Văn Hùng', 'Trần Thị Thu Hà', 'Phạm Quốc Khánh', 'Lê Minh Tuấn', 'Đỗ Thị Lan', 'Vũ Đức Thắng'],
  tails: {
    activity: [', góp phần tạo chuyển biến rõ nét trong nhận thức và hành động', ', qua đó tạo sự đồng thuận trong Đảng bộ và nhân dân', ', bảo đảm đúng kế hoạch đề ra', ', được cán bộ, đảng viên và nhân dân ghi nhận', ', tạo không khí phấn khởi trong các khu dân cư', ', từng bước đi vào nền nếp', ', với sự tham gia tích cực của Mặt trận và các đoàn thể', ', đáp ứng yêu cầu nhiệm vụ trong tình hình mới'],
    assessment: [', nhất là ở các chi bộ khu dân cư', ', thể hiện rõ trong quý này', ', qua theo dõi của Ban Thường vụ', ', theo đánh giá của các chi bộ', ', trên địa bàn toàn Đảng bộ'],
    recommendation: [' để cơ sở có điều kiện triển khai hiệu quả hơn', ' trong thời gian sớm nhất', ' nhằm tháo gỡ khó khăn cho cơ sở', ' ngay từ đầu quý tới'],
  },
  details: {
    activity: ['Tại {place}, chi bộ tổ dân phố số {n} duy trì sinh hoạt đều đặn với {m} lượt đảng viên tham dự trong quý.', 'Các chi bộ của {place} đã rà soát, bổ sung {n} nội dung vào kế hoạch năm cho phù hợp với thực tế.', 'Ban Thường vụ đã làm việc với {n} chi bộ để nắm tình hình và tháo gỡ những vướng mắc phát sinh ở cơ sở.'],
    assessment: ['Những kết quả và hạn chế nêu trên đã được Ban Thường vụ đánh giá tại hội nghị sơ kết quý của {place}.', 'Các chi bộ của {place} đã tự đánh giá, chấm điểm và gửi kết quả về Đảng ủy theo đúng thời gian quy định.', 'Văn phòng Đảng ủy được giao theo dõi, tổng hợp ý kiến của {n} chi bộ trực thuộc để tham mưu Ban Thường vụ.'],
    recommendation: ['Các nội dung đề xuất trên đã được Ban Thường vụ thống nhất trước khi gửi báo cáo.', 'Đơn vị sẽ tiếp tục tổng hợp ý kiến của các chi bộ để báo cáo bổ sung khi cần thiết.'],
  },
};
