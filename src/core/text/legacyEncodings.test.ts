import { detectLegacyEncoding, repairLegacyText } from './legacyEncodings';

describe('legacy Vietnamese encodings', () => {
  test.each([
    ['§¶ng Céng s¶n ViÖt Nam', 'Đảng Cộng sản Việt Nam'],
    ['Ban Tuyªn gi¸o Thµnh ñy', 'Ban Tuyên giáo Thành ủy'],
    ['Th\u00adêng trùc', 'Thường trực'],
    ['Häc tËp vµ lµm theo t\u00ad t\u00adëng, ®¹o ®øc, phong c¸ch Hå ChÝ Minh', 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh'],
    ['§¶ng ñy ph\u00adêng Yªn Hßa', 'Đảng ủy phường Yên Hòa'],
  ])('TCVN3 %p', (legacy, unicode) => {
    expect(repairLegacyText(legacy)).toEqual({ text: unicode, encoding: 'TCVN3' });
  });
  test.each([
    ['Ñaûng Coäng saûn Vieät Nam', 'Đảng Cộng sản Việt Nam'],
    ['Ban Tuyeân giaùo Thaønh uûy Haø Noäi', 'Ban Tuyên giáo Thành ủy Hà Nội'],
    ['Hoïc taäp vaø laøm theo tö töôûng, ñaïo ñöùc', 'Học tập và làm theo tư tưởng, đạo đức'],
    ['Naêm hoïc, khaéc phuïc, ñaëc bieät, ngöôøi daân', 'Năm học, khắc phục, đặc biệt, người dân'],
    ['Tænh, ñòa phöông, kyø hoïp, Myõ Ñöùc, quyù vò', 'Tỉnh, địa phương, kỳ họp, Mỹ Đức, quý vị'],
    ['ÑAÛNG UÛY PHÖÔØNG', 'ĐẢNG ỦY PHƯỜNG'],
  ])('VNI %p', (legacy, unicode) => {
    expect(repairLegacyText(legacy)).toEqual({ text: unicode, encoding: 'VNI' });
  });
  test.each(['@Ban Tuyên giáo', 'Tuyên giáo, Phó Bí thư, Hà Nội', 'Mặt trận Tổ quốc', 'Đảng Cộng sản Việt Nam', 'Nguyễn Văn An', 'Hello world 123', 'Café au lait', 'Trần Thị Bình, 0912 345 678', '1.234 người', ''])('leaves %p alone', (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
    expect(repairLegacyText(text).text).toBe(text);
  });
});
