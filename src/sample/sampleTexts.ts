/**
 * Sample report texts written for this project (not taken from any real report). Each
 * section has variants; `{donvi}` is the unit's short name, `{x}` a figure of the report.
 */
export const SAMPLE_SECTION_TEXTS: Record<string, string[]> = {
  I: [
    'Ngay từ đầu kỳ, Ban Thường vụ Đảng ủy {donvi} đã ban hành {vb_chi_dao} văn bản lãnh đạo, chỉ đạo, trong đó có kế hoạch thực hiện Kết luận số 01-KL/TW gắn với chương trình công tác năm. Nội dung học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được đưa vào nghị quyết lãnh đạo hằng tháng của các chi bộ.\nĐảng ủy phân công đồng chí Phó Bí thư Thường trực trực tiếp chỉ đạo, định kỳ mỗi quý nghe báo cáo tiến độ và kịp thời tháo gỡ vướng mắc ở cơ sở.',
    'Đảng ủy {donvi} tiếp tục quán triệt sâu sắc Kết luận số 01-KL/TW và Kế hoạch của Ban Thường vụ Thành ủy; trong kỳ đã ban hành {vb_chi_dao} văn bản chỉ đạo, hướng dẫn. Việc cụ thể hóa được thực hiện đồng bộ ở các chi bộ, cơ quan, đơn vị, gắn với nhiệm vụ chính trị trọng tâm của địa phương là chỉnh trang đô thị, cải cách hành chính và chăm lo an sinh xã hội.\nCông tác phối hợp giữa cấp ủy với Ủy ban Mặt trận Tổ quốc và các đoàn thể được duy trì thường xuyên.',
    'Công tác lãnh đạo, chỉ đạo được Đảng ủy {donvi} xác định là khâu then chốt. Trong kỳ, Đảng ủy ban hành {vb_chi_dao} văn bản, lồng ghép nội dung học tập và làm theo Bác vào các nghị quyết chuyên đề, xây dựng tiêu chí đánh giá cụ thể cho từng chi bộ.\nCác chi bộ trực thuộc đã xây dựng kế hoạch thực hiện phù hợp với đặc điểm của khu dân cư, cơ quan, trường học; kết quả thực hiện là một nội dung khi đánh giá, xếp loại tổ chức đảng và đảng viên cuối năm.',
  ],
  'II.1': [
    'Đảng ủy {donvi} tổ chức {hn_quan_triet} hội nghị, lớp học tập, quán triệt chuyên đề toàn khóa và Kết luận số 01-KL/TW, thu hút {dv_hoc_tap} đảng viên tham gia, cùng {luot_quan_chung} lượt đoàn viên, hội viên và quần chúng. Hình thức tổ chức kết hợp trực tiếp với trực tuyến, bảo đảm người ốm đau, đi công tác vẫn được học tập bù.\nTrên cơ sở chuyên đề toàn khóa, các chi bộ đã cụ thể hóa thành {chuyen_de_rieng} chuyên đề riêng, gắn với những việc làm cụ thể như giữ gìn vệ sinh môi trường, xây dựng nếp sống văn minh nơi công cộng và nâng cao chất lượng phục vụ nhân dân.',
    'Việc học tập, quán triệt được triển khai nghiêm túc với {hn_quan_triet} cuộc ở cấp Đảng ủy và chi bộ; {dv_hoc_tap} đảng viên đã tham gia. Sau học tập, mỗi đảng viên viết bài thu hoạch, liên hệ bản thân; nhiều bài có chất lượng, nêu được việc làm cụ thể.\nĐảng ủy {donvi} hướng dẫn các chi bộ xây dựng {chuyen_de_rieng} chuyên đề riêng; Mặt trận và các đoàn thể tổ chức cho {luot_quan_chung} lượt hội viên, đoàn viên học tập bằng hình thức sinh hoạt chuyên đề, thi tìm hiểu.',
  ],
  'II.2': [
    'Việc học tập được gắn chặt với làm theo. Trong kỳ có {tc_ke_hoach} tổ chức đảng, cơ quan, đơn vị xây dựng kế hoạch làm theo và {dv_cam_ket} đảng viên đăng ký kế hoạch cá nhân, bản cam kết. Đảng ủy {donvi} đã xây dựng mới {mo_hinh_moi} mô hình, cách làm hay, tiêu biểu là mô hình "Tổ dân phố không rác thải nhựa" và "Một ngày làm việc tận tâm với dân".\nQua sơ kết, {mo_hinh_nhan_rong} mô hình được đánh giá hiệu quả và nhân rộng ra các khu dân cư khác.',
    'Các chi bộ lựa chọn việc làm cụ thể, thiết thực, dễ kiểm tra để làm theo. Có {tc_ke_hoach} tổ chức đảng, cơ quan xây dựng kế hoạch; {dv_cam_ket} đảng viên có bản cam kết gắn với chức trách, nhiệm vụ. Trên địa bàn {donvi} xuất hiện {mo_hinh_moi} mô hình mới trong chăm lo người cao tuổi, khuyến học và bảo đảm trật tự an toàn giao thông; {mo_hinh_nhan_rong} mô hình đã được nhân rộng.',
  ],
  'II.3': [
    'Người đứng đầu cấp ủy, chính quyền {donvi} gương mẫu thực hiện trước; {dang_ky_neu_guong} cán bộ chủ chốt đăng ký việc làm nêu gương và công khai tại chi bộ nơi cư trú. Việc thực hiện trách nhiệm nêu gương được đánh giá hằng quý; cán bộ, đảng viên thường xuyên lắng nghe ý kiến nhân dân, giải quyết dứt điểm các kiến nghị chính đáng.',
    'Đảng ủy {donvi} chỉ đạo thực hiện nghiêm các quy định của Trung ương về trách nhiệm nêu gương. Có {dang_ky_neu_guong} người đứng đầu, cán bộ chủ chốt đăng ký việc làm nêu gương cụ thể. Đội ngũ cán bộ, đảng viên nêu cao tinh thần "nói đi đôi với làm", chủ động tiếp dân, đối thoại với nhân dân về những vấn đề bức xúc ở cơ sở.',
  ],
  'II.4': [
    'Công tác tuyên truyền được đẩy mạnh trên nhiều phương tiện. Trong kỳ có {tin_bai_bao_chi} tin, bài trên báo chí, hệ thống truyền thanh và {tin_bai_mang} tin, bài trên trang thông tin điện tử, nhóm Zalo của khu dân cư; {tac_pham} tác phẩm văn học, nghệ thuật được sáng tác, quảng bá. Đảng ủy {donvi} tổ chức {hoat_dong_tt} hội thi, tọa đàm, giao lưu.\nKịp thời biểu dương {dien_hinh} điển hình tiêu biểu; khen thưởng {tap_the_khen} tập thể và {ca_nhan_khen} cá nhân có thành tích xuất sắc.',
    'Đảng ủy {donvi} chú trọng tuyên truyền gương người tốt, việc tốt. Có {tin_bai_bao_chi} tin, bài trên báo chí, phát thanh, truyền hình và {tin_bai_mang} tin, bài trên mạng xã hội; {hoat_dong_tt} cuộc thi, triển lãm, tọa đàm được tổ chức; {tac_pham} tác phẩm được giới thiệu. Đã biểu dương {dien_hinh} điển hình; khen thưởng {tap_the_khen} tập thể, {ca_nhan_khen} cá nhân.',
  ],
  'II.5': [
    'Đảng ủy {donvi} phối hợp với Trung tâm chính trị tổ chức {lop_boi_duong} lớp bồi dưỡng lý luận chính trị có nội dung tư tưởng Hồ Chí Minh với {luot_hoc_vien} lượt học viên. Giảng viên chú trọng liên hệ thực tiễn địa phương, sử dụng tình huống, tư liệu trực quan, giúp học viên dễ tiếp thu và vận dụng vào công việc hằng ngày.',
    'Việc nghiên cứu, học tập tư tưởng Hồ Chí Minh được đổi mới theo hướng gắn lý luận với thực tiễn. Trong kỳ mở {lop_boi_duong} lớp bồi dưỡng với {luot_hoc_vien} lượt học viên; tổ chức sinh hoạt chuyên đề theo nhóm, trao đổi kinh nghiệm giữa các chi bộ. Đảng ủy {donvi} đưa kết quả học tập vào đánh giá cán bộ.',
  ],
  'II.6': [
    'Ủy ban Kiểm tra Đảng ủy {donvi} đã tiến hành {cuoc_kiem_tra} cuộc kiểm tra và {cuoc_giam_sat} cuộc giám sát, với {tc_ktgs} tổ chức đảng và {dv_ktgs} đảng viên. Qua kiểm tra, giám sát, các tổ chức đảng cơ bản thực hiện tốt kế hoạch; một số chi bộ còn chậm sơ kết, đã được nhắc nhở và khắc phục ngay.',
    'Công tác kiểm tra, giám sát được lồng ghép trong chương trình kiểm tra, giám sát năm. Đảng ủy {donvi} tổ chức {cuoc_kiem_tra} cuộc kiểm tra, {cuoc_giam_sat} cuộc giám sát đối với {tc_ktgs} tổ chức đảng, {dv_ktgs} đảng viên; kết luận rõ ưu điểm, hạn chế và yêu cầu khắc phục trong thời hạn cụ thể.',
  ],
  'III.1': [
    'Cấp ủy {donvi} quan tâm lãnh đạo, chỉ đạo sát sao; việc học tập và làm theo Bác trở thành nền nếp trong sinh hoạt chi bộ. Nhiều mô hình hay xuất phát từ cơ sở, được nhân dân đồng tình. Nguyên nhân chủ yếu là sự vào cuộc đồng bộ của cả hệ thống chính trị và vai trò gương mẫu của người đứng đầu.',
    'Nhận thức của cán bộ, đảng viên và nhân dân {donvi} về ý nghĩa của việc học tập và làm theo Bác được nâng lên rõ rệt. Việc làm theo gắn với nhiệm vụ chính trị đã góp phần hoàn thành các chỉ tiêu kinh tế - xã hội. Có được kết quả đó là nhờ sự chỉ đạo thống nhất và sự phối hợp chặt chẽ giữa các tổ chức trong hệ thống chính trị.',
  ],
  'III.2': [
    'Một số chi bộ còn lúng túng khi cụ thể hóa chuyên đề thành việc làm; việc sơ kết, nhân rộng mô hình có lúc chưa kịp thời. Nguyên nhân là một bộ phận cấp ủy viên kiêm nhiệm nhiều việc, kinh phí cho hoạt động tuyên truyền ở cơ sở còn hạn chế.',
    'Việc đăng ký làm theo ở một số nơi còn chung chung, khó đánh giá. Tuyên truyền trên mạng xã hội chưa thật sự hấp dẫn với người trẻ. Nguyên nhân chủ quan là chưa đầu tư đúng mức cho khâu hướng dẫn, kiểm tra; nguyên nhân khách quan là địa bàn rộng, dân cư biến động.',
  ],
  'III.3': [
    'Cấp ủy phải thật sự vào cuộc, người đứng đầu phải gương mẫu; việc làm theo phải cụ thể, thiết thực, gắn với nhiệm vụ chính trị và được kiểm tra, đánh giá thường xuyên.',
    'Chọn việc làm nhỏ, dễ thực hiện, dễ kiểm tra; phát huy vai trò của Mặt trận và đoàn thể; kịp thời biểu dương điển hình để lan tỏa trong cộng đồng.',
  ],
  'IV.1': [
    'Tiếp tục thực hiện nghiêm Kết luận số 01-KL/TW; gắn học tập và làm theo Bác với xây dựng, chỉnh đốn Đảng. Đổi mới hình thức tuyên truyền, tăng cường sử dụng mạng xã hội; sơ kết, nhân rộng các mô hình hiệu quả; đưa kết quả làm theo vào đánh giá, xếp loại tổ chức đảng, đảng viên.',
    'Đảng ủy {donvi} tập trung chỉ đạo các chi bộ rà soát kế hoạch làm theo, bổ sung việc làm cụ thể cho giai đoạn tới; nâng cao chất lượng sinh hoạt chuyên đề; tăng cường kiểm tra, giám sát và kịp thời khen thưởng các tập thể, cá nhân tiêu biểu.',
  ],
  'IV.2': [
    'Đề nghị Ban Tuyên giáo và Dân vận Thành ủy tiếp tục biên soạn tài liệu sinh hoạt chuyên đề ngắn gọn, dễ dùng cho chi bộ khu dân cư, và tổ chức tập huấn cho báo cáo viên cơ sở.',
    '',
  ],
};

export const SAMPLE_NOMINATIONS: { collective: [string, string, string][]; individual: [string, string, string][] } = {
  collective: [
    ['Chi bộ Tổ dân phố số 5', 'Chi bộ khu dân cư', 'Duy trì 6 năm liền mô hình "Tổ dân phố xanh, sạch, đẹp"; vận động nhân dân hiến đất mở rộng ngõ, lắp 40 camera an ninh.'],
    ['Hội Liên hiệp Phụ nữ', 'Tổ chức chính trị - xã hội', 'Xây dựng quỹ "Tiết kiệm vì phụ nữ nghèo", giúp 35 hội viên vay vốn làm ăn; tổ chức bữa cơm nghĩa tình hằng tháng cho người già neo đơn.'],
    ['Chi bộ Trường Tiểu học', 'Chi bộ trường học', 'Triển khai mô hình "Mỗi thầy cô là một tấm gương tự học"; 100% giáo viên đạt chuẩn, tỷ lệ học sinh hoàn thành chương trình đạt 100%.'],
    ['Đoàn Thanh niên', 'Tổ chức chính trị - xã hội', 'Duy trì đội hình tình nguyện "Thứ bảy vì cộng đồng", trồng 1.200 cây xanh, hướng dẫn người cao tuổi sử dụng dịch vụ công trực tuyến.'],
  ],
  individual: [
    ['Nguyễn Thị Hạnh', 'Bí thư chi bộ, Tổ trưởng tổ dân phố', 'Hơn 10 năm gắn bó với công tác khu dân cư; vận động thành lập tủ sách cộng đồng và lớp học tiếng Anh miễn phí cho thiếu nhi.'],
    ['Trần Văn Phúc', 'Cựu chiến binh, đảng viên 40 năm tuổi Đảng', 'Tự nguyện làm "người gác cổng" an toàn giao thông trước cổng trường mỗi sáng; đóng góp ngày công, kinh phí sửa đường ngõ.'],
    ['Lê Thu Trang', 'Chuyên viên bộ phận một cửa', 'Giải quyết hồ sơ đúng hạn 100%, không để người dân phải đi lại nhiều lần; được nhân dân gửi thư cảm ơn.'],
    ['Phạm Minh Đức', 'Bác sĩ trạm y tế', 'Khám, tư vấn miễn phí cho người cao tuổi; chủ động đề xuất khám sức khỏe lưu động cho người khuyết tật tại nhà.'],
  ],
};
