import type { StylePools } from './roundPools';

/**
 * The 'heldout' round: a mountain province, "Tây Lĩnh", with other places, other sentences and
 * other wordings (old tone placement "uỷ", "hoá" here and there), so a synthesis tuned on 'dev'
 * meets text it has not seen.
 */
export const HELDOUT_POOLS: StylePools = {
  city: 'tỉnh Tây Lĩnh',
  codePrefix: 'TL',
  wards: ['Thanh Lương', 'Hòa Phú', 'Yên Thịnh', 'Ba Vành', 'Đồng Tâm', 'Quyết Tiến', 'Nam Cường', 'Pú Trạng', 'Cầu Thia', 'Sa Pả', 'Mường Lò', 'Nà Phặc', 'Bản Vược', 'Tà Xùa', 'Kỳ Lừa', 'Hợp Giang'],
  communes: ['Nghĩa Phúc', 'Suối Giàng', 'Phù Nham', 'Tú Lệ', 'Cao Phạ', 'Nậm Có', 'Púng Luông', 'Chế Tạo', 'Khao Mang', 'Lao Chải', 'Mồ Dề', 'Hồ Bốn', 'Xà Hồ', 'Trạm Tấu', 'Bản Công', 'Làng Nhì', 'Phình Hồ'],
  sections: {
    I: {
      boilerplate: [{ probe: 'bằng các văn bản phù hợp với đặc điểm', forms: ['Thực hiện chỉ đạo của Tỉnh ủy, [Đảng uỷ|Đảng ủy] [đã cụ thể hóa|cụ thể hoá] Kết luận 01-KL/TW bằng các văn bản phù hợp với đặc điểm địa phương.'] }, { probe: 'đưa vào chương trình làm việc', forms: ['Nội dung học tập và làm theo Bác [được|đã được] đưa vào chương trình làm việc [toàn khóa|hằng năm] của Ban Chấp hành.'] }, { probe: 'thường trực đảng ủy họp định kỳ', forms: ['Thường trực Đảng ủy họp định kỳ [hằng tháng|mỗi tháng một lần] để [nghe báo cáo|đánh giá] tiến độ thực hiện.'] }],
      items: [
        { id: 'I-quyche', probes: ['quy chế phối hợp'], forms: ['[Đảng uỷ|Đảng ủy] [ký|đã ký] quy chế phối hợp với [Đồn Biên phòng|đồn biên phòng] và [các đoàn thể|Mặt trận, các đoàn thể] trong [tuyên truyền, vận động|vận động, tuyên truyền] nhân dân.'] },
        { id: 'I-nghiquyet', probes: ['nghị quyết chuyên đề về'], forms: ['Ban Chấp hành [ra|đã ra] nghị quyết chuyên đề về [xây dựng|phát huy] [bản sắc văn hóa|văn hóa truyền thống] gắn với học tập và làm theo Bác, kèm theo {f:vb_chi_dao} văn bản[ hướng dẫn|] triển khai.'] },
        { id: 'I-lichsinhhoat', probes: ['lịch sinh hoạt'], forms: ['Lịch sinh hoạt [chi bộ|của các chi bộ] [được bổ sung|đã bổ sung] nội dung [kể chuyện về Bác|kể một câu chuyện về Bác] ở đầu mỗi buổi.'] },
        { id: 'I-kientoan', probes: ['được kiện toàn với'], forms: ['Ban Chỉ đạo [cấp xã|của Đảng ủy] [|đã ]được kiện toàn với {n} thành viên[, phân công phụ trách từng thôn, bản|].'] },
      ],
    },
    'II.1': {
      boilerplate: [{ probe: 'tổ chức học tập chuyên đề', forms: ['[Đảng uỷ|Đảng ủy] [|đã ]chỉ đạo các chi bộ tổ chức học tập chuyên đề [bằng nhiều hình thức linh hoạt|theo hình thức linh hoạt].'] }, { probe: 'viết bài thu hoạch', forms: ['[Cuối mỗi đợt học|Kết thúc đợt học], đảng viên viết bài thu hoạch, [đăng ký|gắn với đăng ký] việc làm cụ thể.'] }, { probe: 'bà con các dân tộc', forms: ['Việc học tập được bà con các dân tộc [đón nhận tích cực|hưởng ứng tích cực][, nhất là thanh niên|].'] }],
      items: [
        { id: 'II.1-lop', probes: ['lớp học tập chuyên đề tại hội trường', 'lớp nghiên cứu, học tập chuyên đề'], forms: ['Trong quý, [đã mở|mở] {f:hn_quan_triet} lớp [học tập|nghiên cứu, học tập] chuyên đề tại hội trường[ Đảng ủy|], có {f:dv_hoc_tap} đảng viên [dự học|tham dự].'] },
        { id: 'II.1-tiengdantoc', probes: ['nội dung chuyên đề được'], forms: ['Nội dung chuyên đề [được dịch sang tiếng Mông và tiếng Thái|được biên dịch sang tiếng dân tộc] để [phổ biến|tuyên truyền] [tại các bản|đến bà con các bản].'] },
        { id: 'II.1-chuyende', probes: ['xây dựng, tập trung vào'], forms: ['{f:chuyen_de_rieng} chuyên đề [|riêng ]của địa phương [đã được|được] xây dựng, tập trung vào [phát triển kinh tế đồi rừng|giữ gìn bản sắc dân tộc].'] },
        { id: 'II.1-denho', probes: ['đến từng hộ'], forms: ['Tổ [thông tin cơ sở|thông tin] ở thôn [đã đến|trực tiếp đến] từng hộ [giới thiệu|phổ biến] nội dung học tập cho {f:luot_quan_chung} lượt người dân.'] },
      ],
    },
    'II.2': {
      boilerplate: [{ probe: 'bằng những việc làm thiết thực', forms: ['[Việc làm theo gương Bác|Làm theo gương Bác] được [các chi bộ|chi bộ] cụ thể hóa bằng những việc làm thiết thực, [dễ thấy, dễ làm|dễ làm, dễ thấy].'] }, { probe: 'phong trào thi đua của tỉnh', forms: ['Việc làm theo gắn với các phong trào thi đua của tỉnh[, nhất là xây dựng nông thôn mới|, trọng tâm là giảm nghèo bền vững].'] }, { probe: 'đời sống của đồng bào', forms: ['Qua đó, đời sống của đồng bào [từng bước được cải thiện|được cải thiện từng bước].'] }],
      items: [
        { id: 'II.2-dangky', probes: ['bản đăng ký làm theo'], forms: ['{f:dv_cam_ket} đảng viên [đã ký|ký] bản đăng ký làm theo [Bác|gương Bác][ năm 2026|] và được chi bộ theo dõi[, đánh giá|] hằng quý.'] },
        { id: 'II.2-hiendat', probes: ['làm đường bê tông'], forms: ['Nhân dân [đã hiến|hiến] {N} m² đất [để |]làm đường bê tông [nông thôn|liên thôn][ theo phương châm nhà nước và nhân dân cùng làm|].'] },
        { id: 'II.2-daidoanket', probes: ['nhà đại đoàn kết'], forms: ['[Vận động|Đã vận động] [xây dựng|xây mới] {n} nhà [đại đoàn kết|Đại đoàn kết] cho hộ nghèo[ từ nguồn xã hội hóa|].'] },
        { id: 'II.2-lienket', probes: ['mô hình liên kết sản xuất', 'mô hình sản xuất liên kết'], forms: ['Mô hình [liên kết sản xuất|sản xuất liên kết] [chè, quế|quế, chè] [tiếp tục được nhân rộng|được nhân rộng thêm] ra {n} thôn.'] },
      ],
    },
    'II.3': {
      boilerplate: [{ probe: 'nói đi đôi với làm', forms: ['[Đội ngũ cán bộ chủ chốt|Cán bộ chủ chốt] [luôn |]gương mẫu đi đầu, nói đi đôi với làm[, làm gương cho quần chúng|].'] }, { probe: 'nêu gương ở nơi cư trú', forms: ['Đảng viên [thực hiện tốt|gương mẫu thực hiện] việc nêu gương ở nơi cư trú[, được chi bộ và nhân dân ghi nhận|].'] }, { probe: 'lấy ý kiến nhận xét', forms: ['Việc lấy ý kiến nhận xét của nhân dân [đối với|về] cán bộ, đảng viên [được thực hiện nghiêm túc|được duy trì nghiêm túc].'] }],
      items: [
        { id: 'II.3-giogiac', probes: ['giờ giấc làm việc'], forms: ['Cán bộ, công chức [chấp hành tốt|thực hiện tốt] [quy định về |]giờ giấc làm việc[, thái độ phục vụ nhân dân được cải thiện|].'] },
        { id: 'II.3-camket', probes: ['cam kết nêu gương'], forms: ['Có {f:dang_ky_neu_guong} [cán bộ chủ chốt|đồng chí cán bộ chủ chốt] [ký|đăng ký] cam kết nêu gương [đầu năm|từ đầu năm].'] },
        { id: 'II.3-phutrachho', probes: ['mỗi cấp ủy viên'], forms: ['Mỗi cấp ủy viên [trực tiếp |]phụ trách {n} hộ [khó khăn|gia đình khó khăn] [để giúp đỡ|và giúp đỡ] [làm ăn|phát triển kinh tế].'] },
        { id: 'II.3-congvu', probes: ['văn hóa công vụ'], forms: ['Cán bộ, công chức [thực hiện nghiêm|chấp hành nghiêm] [quy định về|quy tắc] văn hóa công vụ, [không để xảy ra|không có] trường hợp vi phạm[ kỷ luật|].'] },
      ],
    },
    'II.4': {
      boilerplate: [{ probe: 'hoạt động tuyên truyền được gắn với các ngày lễ lớn', forms: ['Hoạt động tuyên truyền được gắn với các ngày lễ lớn [của đất nước và của tỉnh|của đất nước, của tỉnh].'] }, { probe: 'loa phát thanh của thôn', forms: ['Loa phát thanh của thôn [duy trì|phát] [chuyên mục|mục] về Bác [mỗi tuần hai buổi|hai buổi mỗi tuần].'] }, { probe: 'nắm bắt tư tưởng', forms: ['Công tác nắm bắt tư tưởng của [nhân dân|đồng bào] được [duy trì thường xuyên|thực hiện thường xuyên], không để [phát sinh điểm nóng|xảy ra điểm nóng].'] }],
      items: [
        { id: 'II.4-mangxahoi', probes: ['trang mạng xã hội của'], forms: ['Trang mạng xã hội của [Đảng uỷ|Đảng ủy|xã] [|đã ]đăng {f:tin_bai_mang} [tin, bài, video|bài viết, video][ ngắn|] về [|những ]tấm gương làm theo Bác.'] },
        { id: 'II.4-baotinh', probes: ['đài phát thanh - truyền hình tỉnh'], forms: ['{f:tin_bai_bao_chi} [tin, bài|bài, tin] [được đăng trên|đã đăng trên] Báo Tây Lĩnh và Đài Phát thanh - Truyền hình tỉnh.'] },
        { id: 'II.4-vannghe', probes: ['tiết mục ca ngợi bác'], forms: ['[Đội văn nghệ|Các đội văn nghệ] [quần chúng|thôn, bản] [|đã ]dàn dựng {f:tac_pham} tiết mục ca ngợi Bác[| Hồ] [phục vụ|biểu diễn phục vụ] nhân dân [dịp Tết Độc lập|dịp Quốc khánh].'] },
        { id: 'II.4-guong', probes: ['gương điển hình', 'gương người tốt, việc tốt'], forms: ['[Biểu dương|Đã biểu dương] {f:dien_hinh} gương [điển hình|người tốt, việc tốt], trong đó {f:ca_nhan_khen} cá nhân [được tặng giấy khen|được khen thưởng].'] },
      ],
    },
    'II.5': {
      boilerplate: [{ probe: 'phương pháp học tập tư tưởng hồ chí minh', forms: ['Phương pháp học tập tư tưởng Hồ Chí Minh [từng bước được cải tiến|được cải tiến từng bước], tăng thời lượng [trao đổi, thảo luận|thảo luận, trao đổi].'] }, { probe: 'tài liệu tham khảo', forms: ['Tủ sách [|có ]tài liệu tham khảo [được bổ sung|đã được bổ sung] tại [thư viện xã|điểm bưu điện văn hóa xã].'] }, { probe: 'báo cáo viên cơ sở', forms: ['Đội ngũ báo cáo viên cơ sở [thường xuyên|được] cập nhật thông tin[ qua hội nghị báo cáo viên của tỉnh|].'] }],
      items: [
        { id: 'II.5-gochoctap', probes: ['góc học tập về bác'], forms: ['[Xây dựng|Đã xây dựng] {n} góc học tập về Bác tại [nhà văn hóa thôn|các nhà văn hóa thôn, bản][, có ảnh và tư liệu về Bác|].'] },
        { id: 'II.5-truongchinhtri', probes: ['trường chính trị tỉnh'], forms: ['[Phối hợp|Đã phối hợp] với Trường Chính trị tỉnh [mở|tổ chức] {f:lop_boi_duong} lớp [bồi dưỡng|cập nhật kiến thức] với {f:luot_hoc_vien} lượt [học viên|người học].'] },
        { id: 'II.5-camnang', probes: ['cẩm nang'], forms: ['[Cuốn|Bộ] cẩm nang [hỏi - đáp |]về chuyên đề [|năm ][đã được|được] [phát|cấp phát] đến {n} chi bộ.'] },
        { id: 'II.5-lienhe', probes: ['liên hệ bản thân', 'liên hệ thực tế bản thân'], forms: ['[Sinh hoạt chi bộ|Các buổi sinh hoạt chi bộ] [có phần|dành thời gian] liên hệ [|thực tế ]bản thân theo [gợi ý|câu hỏi gợi ý] của [cấp ủy|Đảng ủy].'] },
      ],
    },
    'II.6': {
      boilerplate: [{ probe: 'chương trình kiểm tra, giám sát', forms: ['[Ủy ban Kiểm tra|Uỷ ban Kiểm tra] [đã xây dựng|xây dựng] chương trình kiểm tra, giám sát [sát với thực tế|sát thực tế][ của đơn vị|].'] }, { probe: 'không có đảng viên vi phạm', forms: ['Trong quý, không có đảng viên vi phạm [phải xử lý kỷ luật|đến mức phải kỷ luật].'] }, { probe: 'thực hiện kết luận', forms: ['Các chi bộ [đã |]thực hiện kết luận [kiểm tra|sau kiểm tra] [đầy đủ|nghiêm túc].'] }],
      items: [
        { id: 'II.6-thanhtra', probes: ['ban thanh tra nhân dân'], forms: ['Ban Thanh tra nhân dân [đã |]giám sát {n} [công trình|công trình dân sinh] [do nhân dân đóng góp|có đóng góp của nhân dân][, không phát hiện sai phạm|].'] },
        { id: 'II.6-cuoc', probes: ['cuộc, giám sát'], forms: ['[Trong quý đã|Đã] kiểm tra {f:cuoc_kiem_tra} cuộc, giám sát {f:cuoc_giam_sat} cuộc [đối với|với] {f:tc_ktgs} chi bộ và {f:dv_ktgs} đảng viên.'] },
        { id: 'II.6-tukiemtra', probes: ['tự kiểm tra'], forms: ['Các chi bộ [đã tổ chức|tổ chức] tự kiểm tra [việc thực hiện|thực hiện] cam kết [của đảng viên|đảng viên] [theo định kỳ|định kỳ hằng quý].'] },
        { id: 'II.6-homthu', probes: ['hòm thư góp ý'], forms: ['Hòm thư góp ý [đặt tại|được đặt tại] trụ sở[ Ủy ban nhân dân|] đã tiếp nhận {n} ý kiến[ phản ánh|] của [nhân dân|người dân].'] },
      ],
    },
    'III.1': {
      boilerplate: [{ probe: 'một quý', forms: ['[Qua một quý triển khai|Sau một quý thực hiện], [việc học tập và làm theo Bác|học tập và làm theo Bác] [|đã ]có chuyển biến [tích cực|rõ nét].'] }, { probe: 'các nội dung kế hoạch đề ra', forms: ['Các nội dung kế hoạch đề ra [cơ bản hoàn thành|về cơ bản được hoàn thành] [đúng tiến độ|theo tiến độ].'] }, { probe: 'nhiều gương tập thể, cá nhân', forms: ['Xuất hiện nhiều gương tập thể, cá nhân [tiêu biểu|điển hình] trong [lao động sản xuất|sản xuất, kinh doanh].'] }],
      items: [
        { id: 'III.1-niemtin', kind: 'strength', probes: ['niềm tin của đồng bào'], forms: ['Niềm tin của đồng bào [vào|đối với] Đảng, chính quyền [được củng cố|tiếp tục được nâng lên][ rõ rệt|].'] },
        { id: 'III.1-doanket', kind: 'strength', probes: ['khối đại đoàn kết', 'khối đoàn kết'], forms: ['[Khối đại đoàn kết|Khối đoàn kết] [các dân tộc|giữa các dân tộc] [|tiếp tục ]được củng cố[, niềm tin của nhân dân được nâng lên|].'] },
        { id: 'III.1-chidao', kind: 'cause', probes: ['yếu tố quyết định', 'nhân tố quyết định'], forms: ['[Sự chỉ đạo|Công tác chỉ đạo] [quyết liệt|sâu sát] của [Thường trực Đảng ủy|Ban Thường vụ] là [yếu tố|nhân tố] quyết định [kết quả đạt được|thành công].'] },
        { id: 'III.1-gialang', kind: 'strength', probes: ['già làng, trưởng bản'], forms: ['[Vai trò|Uy tín] của già làng, trưởng bản [|tiếp tục ]được phát huy trong [|công tác ]vận động nhân dân.'] },
        { id: 'III.1-longghep', kind: 'strength', probes: ['vào sinh hoạt thường kỳ', 'vào sinh hoạt định kỳ'], forms: ['[Các chi bộ|Chi bộ] [|đã ]chủ động [lồng ghép|gắn] nội dung [|học tập và ]làm theo Bác vào sinh hoạt [thường kỳ|định kỳ].'] },
      ],
      specific: [
        { id: 'III.1-kieuMau', kind: 'strength', probes: ['thôn kiểu mẫu'], forms: ['Việc xây dựng thôn kiểu mẫu ở vùng đồng bào Mông đạt kết quả vượt kế hoạch.'] },
        { id: 'III.1-nuocSach', kind: 'strength', probes: ['hộ sử dụng nước sạch'], forms: ['Tỷ lệ hộ sử dụng nước sạch tăng rõ rệt nhờ sự vào cuộc của các đoàn thể.'] },
        { id: 'III.1-choPhien', kind: 'strength', probes: ['chợ phiên vùng cao'], forms: ['Chợ phiên vùng cao đã trở thành điểm tuyên truyền hiệu quả của xã.'] },
        { id: 'III.1-nhaTam', kind: 'strength', probes: ['tháo dỡ nhà tạm'], forms: ['Đảng viên là người có uy tín đã vận động được 12 hộ tháo dỡ nhà tạm, xây nhà kiên cố.'] },
        { id: 'III.1-bienPhong', kind: 'cause', probes: ['các bản giáp biên'], forms: ['Lực lượng biên phòng phối hợp tốt trong tuyên truyền tại các bản giáp biên.'] },
      ],
    },
    'III.2': {
      boilerplate: [{ probe: 'khó khăn, vướng mắc', forms: ['[Tuy nhiên|Tuy vậy], [|trong ]quá trình thực hiện [vẫn còn|còn] [những|một số] khó khăn, vướng mắc.'] }, { probe: 'chưa được thường xuyên', forms: ['Việc theo dõi, đánh giá việc làm theo ở một số chi bộ chưa được thường xuyên.'] }, { probe: 'nguồn lực', forms: ['Nguồn lực [dành cho|cho] [hoạt động|các hoạt động] [tuyên truyền|văn hóa, tuyên truyền] còn hạn chế.'] }],
      items: [
        { id: 'III.2-caotuoi', kind: 'shortcoming', probes: ['đảng viên cao tuổi'], forms: ['[Nhiều|Một số] chi bộ có [đông|nhiều] đảng viên cao tuổi, [sức khỏe yếu|sức khỏe hạn chế] nên [việc tham gia học tập|tham gia học tập] [còn khó khăn|gặp khó khăn].'] },
        { id: 'III.2-diaban', kind: 'cause', probes: ['địa bàn rộng'], forms: ['Địa bàn rộng[, chia cắt|], [giao thông đi lại khó khăn|đường sá khó đi lại] [nên việc|khiến việc] [tổ chức học tập tập trung|tập trung học tập] [|còn ]gặp trở ngại.'] },
        { id: 'III.2-ngonngu', kind: 'shortcoming', probes: ['thông thạo tiếng phổ thông'], forms: ['[Một bộ phận|Một số] [đồng bào|người dân] [chưa|không] thông thạo tiếng phổ thông, [|làm ]ảnh hưởng đến [hiệu quả|chất lượng] tuyên truyền.'] },
        { id: 'III.2-chungchung', kind: 'shortcoming', probes: ['còn chung chung'], forms: ['Nội dung [bản đăng ký|bản cam kết] của [một số|nhiều] đảng viên còn chung chung[, khó đánh giá|].'] },
        { id: 'III.2-kiemnhiem', kind: 'cause', probes: ['công tác tuyên giáo kiêm nhiệm', 'công tác tuyên giáo phải kiêm nhiệm'], forms: ['Nguyên nhân [là|chủ yếu là] cán bộ [phụ trách|làm] công tác tuyên giáo [kiêm nhiệm|phải kiêm nhiệm] [nhiều việc|nhiều nhiệm vụ], [ít được tập huấn|chưa được tập huấn thường xuyên].'] },
      ],
      specific: [
        { id: 'III.2-muaLu', kind: 'cause', probes: ['mưa lũ kéo dài'], forms: ['Mưa lũ kéo dài trong tháng 8 làm gián đoạn nhiều hoạt động ở các thôn vùng sâu.'] },
        { id: 'III.2-song', kind: 'shortcoming', probes: ['sóng điện thoại yếu'], forms: ['Sóng điện thoại yếu khiến việc học trực tuyến ở hai bản chưa thực hiện được.'] },
        { id: 'III.2-taoHon', kind: 'shortcoming', probes: ['tình trạng tảo hôn'], forms: ['Tình trạng tảo hôn vẫn còn xảy ra ở một số hộ đồng bào.'] },
        { id: 'III.2-lamThue', kind: 'shortcoming', probes: ['đi làm thuê ở tỉnh ngoài'], forms: ['Một số đảng viên đi làm thuê ở tỉnh ngoài nên không tham gia sinh hoạt đầy đủ.'] },
        { id: 'III.2-rac', kind: 'shortcoming', probes: ['thu gom rác ở khu chợ'], forms: ['Việc thu gom rác ở khu chợ trung tâm chưa được duy trì thường xuyên.'] },
      ],
    },
    'III.3': {
      boilerplate: [{ probe: 'rút ra', forms: ['[Từ kết quả trên|Từ thực tiễn triển khai], [Đảng ủy|Đảng uỷ] rút ra [một số|những] bài học [sau|như sau].'] }, { probe: 'sâu sát cơ sở', forms: ['Cán bộ phải [|thật sự ]sâu sát cơ sở, [gần dân|gần gũi nhân dân], hiểu dân.'] }, { probe: 'được biểu dương kịp thời', forms: ['Điển hình phải được biểu dương kịp thời[ để nhân rộng|, tạo sức lan tỏa].'] }],
      items: [
        { id: 'III.3-linhhoat', kind: 'lesson', probes: ['linh hoạt về thời gian'], forms: ['[Tổ chức học tập|Việc tổ chức học tập] [phải|cần] linh hoạt về thời gian[ và địa điểm|, địa điểm][, phù hợp mùa vụ|].'] },
        { id: 'III.3-tiengdan', kind: 'lesson', probes: ['dùng tiếng dân tộc', 'ngôn ngữ của đồng bào'], forms: ['[Tuyên truyền|Công tác tuyên truyền] [phải|cần] [dùng tiếng dân tộc|sử dụng ngôn ngữ của đồng bào] và [hình thức|cách làm] [gần gũi|dễ hiểu, gần gũi].'] },
        { id: 'III.3-uytin', kind: 'lesson', probes: ['người có uy tín trong cộng đồng', 'người có uy tín trong đồng bào'], forms: ['[Phát huy|Cần phát huy] [|vai trò ]người có uy tín trong [cộng đồng|đồng bào] là [cách làm|giải pháp] hiệu quả.'] },
        { id: 'III.3-viecnho', kind: 'lesson', probes: ['từ những việc nhỏ', 'từ việc nhỏ'], forms: ['[Làm theo Bác|Việc làm theo Bác] [phải|cần] [bắt đầu|xuất phát] từ [những việc nhỏ|việc nhỏ], [hằng ngày|thường ngày].'] },
        { id: 'III.3-phoihop', kind: 'lesson', probes: ['phối hợp đồng bộ giữa', 'phối hợp nhịp nhàng giữa'], forms: ['[Sự phối hợp|Phối hợp] [đồng bộ|nhịp nhàng] giữa [cấp ủy, chính quyền và đoàn thể|chính quyền, đoàn thể và cấp ủy] [quyết định|là điều kiện quyết định] [thành công|hiệu quả].'] },
      ],
      specific: [
        { id: 'III.3-nhomHo', kind: 'lesson', probes: ['phụ trách nhóm hộ'], forms: ['Gắn trách nhiệm cụ thể cho từng đảng viên phụ trách nhóm hộ là cách làm hiệu quả.'] },
        { id: 'III.3-buoiToi', kind: 'lesson', probes: ['vào buổi tối'], forms: ['Tổ chức sinh hoạt tại nhà văn hóa thôn vào buổi tối giúp đông người dự hơn.'] },
        { id: 'III.3-phienCho', kind: 'lesson', probes: ['lồng ghép tuyên truyền vào phiên chợ'], forms: ['Lồng ghép tuyên truyền vào phiên chợ giúp tiếp cận đồng bào ở xa.'] },
        { id: 'III.3-hocSinh', kind: 'lesson', probes: ['kênh truyền thông hiệu quả'], forms: ['Học sinh là kênh truyền thông hiệu quả để đưa thông tin về từng gia đình.'] },
      ],
    },
    'IV.1': {
      boilerplate: [{ probe: 'nhiệm vụ trọng tâm', forms: ['Nhiệm vụ trọng tâm [quý IV/2026|trong quý IV/2026] [gồm|bao gồm] các nội dung sau.'] }, { probe: 'phát huy kết quả đạt được', forms: ['[Tiếp tục |]phát huy kết quả đạt được, khắc phục [|những ]hạn chế đã chỉ ra.'] }, { probe: 'hoàn thành các chỉ tiêu', forms: ['Phấn đấu hoàn thành các chỉ tiêu [|của ]năm 2026 về [công tác dân vận và tuyên giáo|công tác tuyên giáo, dân vận].'] }],
      items: [
        { id: 'IV.1-soket', probes: ['sơ kết việc thực hiện chuyên đề', 'sơ kết thực hiện chuyên đề'], forms: ['[Tổ chức|Chuẩn bị tổ chức] sơ kết [việc thực hiện|thực hiện] chuyên đề [ở|tại] các thôn, bản [vào|trong] tháng 11.'] },
        { id: 'IV.1-biendich', probes: ['biên dịch tài liệu'], forms: ['[Tiếp tục biên dịch|Biên dịch] tài liệu [sang|ra] tiếng dân tộc [cho|phục vụ] [tổ thông tin thôn|các tổ thông tin thôn, bản].'] },
        { id: 'IV.1-chamlo', probes: ['chăm lo tết'], forms: ['[Chuẩn bị|Chủ động chuẩn bị] [các |]hoạt động chăm lo Tết cho [hộ nghèo|các hộ nghèo, gia đình chính sách].'] },
        { id: 'IV.1-cachlam', probes: ['cách làm hay trong đồng bào'], forms: ['[Nhân rộng|Tiếp tục nhân rộng] các cách làm hay trong đồng bào[ các dân tộc|] [qua hội nghị điển hình|thông qua hội nghị biểu dương].'] },
      ],
    },
    'IV.2': {
      boilerplate: [{ probe: 'một số nội dung', forms: ['[Đảng ủy|Đảng uỷ|{self}] [kiến nghị cấp trên quan tâm|kính đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy xem xét] một số nội dung sau.'] }, { probe: 'rất mong nhận được', forms: ['Đơn vị rất mong nhận được sự quan tâm[ của các cấp|, tạo điều kiện của cấp trên].'] }, { probe: 'trên đây là báo cáo', atEnd: true, forms: ['Trên đây là báo cáo [kết quả thực hiện|việc thực hiện] Kết luận 01-KL/TW quý III/2026 của [Đảng uỷ|Đảng ủy|{self}].'] }],
      items: [
        { id: 'rec-phuongtien', probes: ['phương tiện đi lại'], forms: ['[Đề nghị|Kiến nghị] hỗ trợ phương tiện đi lại cho [cán bộ|tổ công tác] [tuyên truyền|tuyên truyền lưu động] [ở vùng sâu|tại các bản xa].'] },
        { id: 'rec-songngu', probes: ['tài liệu song ngữ', 'tài liệu bằng tiếng dân tộc'], forms: ['[Đề nghị|Kính đề nghị] [cấp phát|hỗ trợ] tài liệu [song ngữ|bằng tiếng dân tộc] cho [các thôn, bản|thôn, bản vùng cao].'] },
        { id: 'rec-loa', probes: ['loa không dây', 'loa truyền thanh không dây'], forms: ['[Kiến nghị|Đề nghị] [đầu tư|hỗ trợ] [loa|hệ thống loa|loa truyền thanh] không dây[ thông minh|] cho [các bản xa|bản vùng sâu].'] },
        { id: 'rec-phucap', probes: ['cho báo cáo viên', 'cho tuyên truyền viên'], forms: ['[Đề nghị|Kiến nghị] có [chế độ|chính sách] [hỗ trợ|phụ cấp] cho [báo cáo viên|tuyên truyền viên] [|ở ]cơ sở.'] },
        { id: 'rec-giambaocao', probes: ['giảm bớt chế độ báo cáo', 'giảm bớt các loại báo cáo', 'tinh gọn chế độ báo cáo', 'tinh gọn các loại báo cáo'], forms: ['[Đề nghị|Kiến nghị] [giảm bớt|tinh gọn] [chế độ báo cáo|các loại báo cáo] [|theo ]định kỳ để cơ sở [tập trung cho nhiệm vụ chính|có thời gian thực hiện nhiệm vụ].'] },
        { id: 'rec-thamquan', probes: ['cán bộ cơ sở đi'], forms: ['[Đề nghị|Kiến nghị] [|tạo điều kiện ]tổ chức [cho|đoàn] cán bộ cơ sở đi [|tham quan, ]học tập kinh nghiệm [ở các tỉnh bạn|tại các địa phương làm tốt].'] },
        { id: 'rec-doannghethuat', probes: ['đưa đoàn nghệ thuật', 'đưa đoàn văn công', 'đưa các đoàn nghệ thuật', 'đưa các đoàn văn công'], forms: ['[Đề nghị|Kính đề nghị] đưa [|các ]đoàn [nghệ thuật|văn công] về [biểu diễn|phục vụ] [tại|ở] vùng cao.'] },
        { id: 'rec-internet', probes: ['phủ sóng internet'], forms: ['[Kiến nghị|Đề nghị] [hỗ trợ|đầu tư] [|mở rộng vùng ]phủ sóng Internet [tại|cho] [|các ]nhà văn hóa thôn.'] },
      ],
      specific: [
        { id: 'rec-diTich', probes: ['di tích nơi bác hồ'], forms: ['Đề nghị tỉnh hỗ trợ kinh phí tu bổ di tích nơi Bác Hồ từng dừng chân.'] },
        { id: 'rec-nhaSan', probes: ['nhà sàn cộng đồng'], forms: ['Kiến nghị cho phép sử dụng nhà sàn cộng đồng làm điểm sinh hoạt chi bộ.'] },
        { id: 'rec-khongBietChu', probes: ['người không biết chữ'], forms: ['Đề nghị biên soạn tài liệu về Bác bằng hình ảnh cho người không biết chữ.'] },
        { id: 'rec-baoNhanDan', probes: ['báo nhân dân'], forms: ['Kiến nghị tăng số lượng Báo Nhân Dân cấp cho chi bộ thôn, bản.'] },
        { id: 'rec-duongVaoBan', probes: ['tuyến đường vào bản'], forms: ['Đề nghị sớm hoàn thành tuyến đường vào bản để thuận tiện sinh hoạt chi bộ.'] },
        { id: 'rec-mayChieu', probes: ['máy chiếu'], forms: ['Đề nghị hỗ trợ máy chiếu cho hội trường của Đảng ủy.'] },
        { id: 'rec-dotXuat', probes: ['khen thưởng đột xuất'], forms: ['Kiến nghị xem xét khen thưởng đột xuất cho tổ tự quản bảo vệ rừng.'] },
        { id: 'rec-mienSinhHoat', probes: ['đảng viên miễn sinh hoạt'], forms: ['Đề nghị hướng dẫn cách đánh giá việc làm theo Bác đối với đảng viên miễn sinh hoạt.'] },
        { id: 'rec-tiengMong', probes: ['dạy tiếng mông'], forms: ['Kiến nghị mở lớp dạy tiếng Mông cho cán bộ người Kinh công tác ở cơ sở.'] },
        { id: 'rec-chieuLuuDong', probes: ['chiếu lưu động'], forms: ['Đề nghị xây dựng phim tư liệu về các điển hình vùng cao để chiếu lưu động.'] },
      ],
    },
  },
  factKinds: {
    I: ['đề án', 'chương trình hành động'],
    'II.1': ['diễn đàn', 'cuộc thi tìm hiểu'],
    'II.2': ['mô hình', 'tổ hợp tác'],
    'II.3': ['phong trào', 'cuộc vận động'],
    'II.4': ['chương trình văn nghệ', 'cuộc thi sáng tác', 'góc tuyên truyền', 'đội văn nghệ'],
    'II.5': ['lớp học', 'nhóm nghiên cứu'],
    'II.6': ['tổ giám sát cộng đồng'],
    'IV.1': ['đề án'],
  },
  factHeads: ['Bản làng', 'Nương chè', 'Thôn bản', 'Mái ấm', 'Đồi cọ', 'Ruộng bậc thang', 'Phiên chợ', 'Bếp ăn', 'Cô giáo bản', 'Biên cương', 'Tiếng khèn', 'Thanh niên tình nguyện', 'Già làng', 'Con suối', 'Nhà sàn', 'Du lịch cộng đồng'],
  factTails: ['đoàn kết', 'học theo Bác', 'không tảo hôn', 'sạch đường làng', 'ấm áp tình người', 'nói không với rượu', 'giữ rừng', 'cùng em đến trường', 'xóa nhà tạm', 'mỗi ngày một việc tốt', 'giữ bản sắc', 'trồng cây nhớ Bác', 'thắp lửa yêu thương', 'chia sẻ vì cộng đồng', 'bình yên', 'vươn lên thoát nghèo'],
  factForms: [
    'Tại {place}, {kind} {name} [đã thu hút|thu hút] {n} hộ [tham gia|đăng ký tham gia].',
    'Đơn vị [đã ra mắt|ra mắt] {kind} {name}, bước đầu [mang lại hiệu quả|có hiệu quả] [rõ rệt|thiết thực].',
    'Điểm mới trong quý là {kind} {name}, do [chi bộ thôn|Đoàn Thanh niên] [đảm nhận|phụ trách].',
    '[{self}|Đảng uỷ] [chọn|đã chọn] {kind} {name} làm [việc làm|nội dung] [nổi bật|trọng tâm] của năm, [được bà con ủng hộ|được đồng bào ủng hộ].',
    'Từ tháng 7, {kind} {name} [được duy trì đều đặn|hoạt động đều đặn] với {n} buổi mỗi tháng.',
  ],
  typographicQuotes: 0.5,
  otherYear: [
    { probe: 'từ năm 2022 đến năm 2024', text: 'Từ năm 2022 đến năm 2024, Đảng uỷ đã vận động xóa được 57 nhà tạm.' },
    { probe: 'cả năm 2025', text: 'Cả năm 2025, toàn Đảng bộ đã kết nạp 9 đảng viên là người dân tộc thiểu số.' },
    { probe: 'quý iv/2025', text: 'Quý IV/2025, xã đã đón đoàn kiểm tra của Tỉnh ủy về công tác dân vận.' },
    { probe: 'năm 2024, đơn vị được công nhận', text: 'Năm 2024, đơn vị được công nhận hoàn thành xuất sắc nhiệm vụ.' },
    { probe: '9 tháng đầu năm 2025', text: 'Trong 9 tháng đầu năm 2025, đã tổ chức 31 buổi chiếu phim tại các bản.' },
  ],
  signers: ['Giàng A Sùng', 'Lò Văn Pọm', 'Hoàng Thị Nhung', 'Vàng Seo Dính', 'Lường Văn Chiến', 'Mùa A Lử'],
  tails: {
    activity: [', được bà con các thôn, bản đồng tình ủng hộ và tích cực tham gia', ', phù hợp với phong tục, tập quán và điều kiện sản xuất của đồng bào', ', bảo đảm an toàn, tiết kiệm và đúng kế hoạch của Đảng ủy', ', có sự tham gia của già làng và người có uy tín ở các thôn, bản', ', từng bước tạo nền nếp mới trong đời sống ở thôn, bản', ', hoàn thành trước thời hạn Ban Thường vụ đề ra', ', đạt và vượt chỉ tiêu Nghị quyết Đại hội đặt ra'],
    assessment: [', nhất là ở các thôn vùng cao, vùng đồng bào dân tộc thiểu số', ', thể hiện rõ qua kết quả thực hiện nhiệm vụ chính trị quý này', ', theo nhận xét của các chi bộ và của Ủy ban Mặt trận Tổ quốc', ', ở hầu hết các thôn, bản trên địa bàn'],
    recommendation: [' để đồng bào vùng cao được tiếp cận thông tin đầy đủ, kịp thời hơn', ' ngay trong năm 2026 để kịp triển khai', ' nhằm giúp cơ sở thuận lợi hơn trong tổ chức thực hiện', ' càng sớm càng tốt, vì đây là nhu cầu bức thiết của cơ sở'],
  },
  details: {
    activity: ['Ở {place}, chi bộ thôn số {n} đã tổ chức {n} buổi sinh hoạt ngoài trời, thu hút {m} lượt bà con tham gia.', 'Thường trực Đảng ủy đã trực tiếp xuống {n} thôn, bản để nắm tình hình, kịp thời giải quyết kiến nghị của nhân dân.', 'Các tổ chức đoàn thể của {place} đã phối hợp tổ chức {n} hoạt động hướng về cơ sở trong quý.'],
    assessment: ['Nội dung đánh giá trên đã được thảo luận tại hội nghị Ban Chấp hành Đảng bộ {place} mở rộng.', 'Các chi bộ thôn, bản của {place} đều đã gửi bản tự đánh giá về Đảng ủy đúng hạn.', 'Ban Thường vụ đã giao Văn phòng Đảng ủy theo dõi, tổng hợp các ý kiến đánh giá của {n} chi bộ trực thuộc để báo cáo định kỳ.'],
    recommendation: ['Những kiến nghị trên đã được tập thể Thường trực Đảng ủy thống nhất.', 'Đơn vị sẽ tiếp tục báo cáo bổ sung khi có phát sinh mới.'],
  },
};
