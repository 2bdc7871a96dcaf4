// Vietnamese text typed in the old 8-bit encodings and read as Unicode (each byte shown as
// its Windows-1252 / Latin-1 character). Tables written from the published TCVN 5712:1993
// (TCVN3, "ABC", fonts .VnTime) and VNI-Windows (fonts VNI-Times) layouts.

export type LegacyEncoding = 'TCVN3' | 'VNI';

/** TCVN3: one byte per letter. Capitals with tone marks come from the .VnTimeH fonts, which
 * reuse the lower-case codes, so they convert to lower case. */
const TCVN3: Record<string, string> = {
  '¡': 'Ă', '¢': 'Â', '£': 'Ê', '¤': 'Ô', '¥': 'Ơ', '¦': 'Ư', '§': 'Đ',
  '¨': 'ă', '©': 'â', 'ª': 'ê', '«': 'ô', '¬': 'ơ', '\u00ad': 'ư', '®': 'đ',
  'µ': 'à', '¶': 'ả', '·': 'ã', '¸': 'á', '¹': 'ạ',
  '»': 'ằ', '¼': 'ẳ', '½': 'ẵ', '¾': 'ắ', 'Æ': 'ặ',
  'Ç': 'ầ', 'È': 'ẩ', 'É': 'ẫ', 'Ê': 'ấ', 'Ë': 'ậ',
  'Ì': 'è', 'Î': 'ẻ', 'Ï': 'ẽ', 'Ð': 'é', 'Ñ': 'ẹ',
  'Ò': 'ề', 'Ó': 'ể', 'Ô': 'ễ', 'Õ': 'ế', 'Ö': 'ệ',
  '×': 'ì', 'Ø': 'ỉ', 'Ü': 'ĩ', 'Ý': 'í', 'Þ': 'ị',
  'ß': 'ò', 'á': 'ỏ', 'â': 'õ', 'ã': 'ó', 'ä': 'ọ',
  'å': 'ồ', 'æ': 'ổ', 'ç': 'ỗ', 'è': 'ố', 'é': 'ộ',
  'ê': 'ờ', 'ë': 'ở', 'ì': 'ỡ', 'í': 'ớ', 'î': 'ợ',
  'ï': 'ù', 'ñ': 'ủ', 'ò': 'ũ', 'ó': 'ú', 'ô': 'ụ',
  'õ': 'ừ', 'ö': 'ử', '÷': 'ữ', 'ø': 'ứ', 'ù': 'ự',
  'ú': 'ỳ', 'û': 'ỷ', 'ü': 'ỹ', 'ý': 'ý', 'þ': 'ỵ',
};

// VNI-Windows: a base letter followed by one mark byte; a few letters are single bytes.
const VNI_TONES_LOWER: Record<string, string> = { 'ù': '\u0301', 'ø': '\u0300', 'û': '\u0309', 'õ': '\u0303', 'ï': '\u0323' };
const VNI_TONES_UPPER: Record<string, string> = { 'Ù': '\u0301', 'Ø': '\u0300', 'Û': '\u0309', 'Õ': '\u0303', 'Ï': '\u0323' };
// Circumflex with a tone (â series) and breve with a tone (ê series), lower and upper case.
const VNI_HAT: Record<string, string> = { 'â': '', 'á': '\u0301', 'à': '\u0300', 'å': '\u0309', 'ã': '\u0303', 'ä': '\u0323' };
const VNI_HAT_UPPER: Record<string, string> = { 'Â': '', 'Á': '\u0301', 'À': '\u0300', 'Å': '\u0309', 'Ã': '\u0303', 'Ä': '\u0323' };
const VNI_BREVE: Record<string, string> = { 'ê': '', 'é': '\u0301', 'è': '\u0300', 'ú': '\u0309', 'ü': '\u0303', 'ë': '\u0323' };
const VNI_BREVE_UPPER: Record<string, string> = { 'Ê': '', 'É': '\u0301', 'È': '\u0300', 'Ú': '\u0309', 'Ü': '\u0303', 'Ë': '\u0323' };
const VNI_SINGLE: Record<string, string> = {
  'ô': 'ơ', 'Ô': 'Ơ', 'ö': 'ư', 'Ö': 'Ư', 'ñ': 'đ', 'Ñ': 'Đ',
  'í': 'í', 'ì': 'ì', 'æ': 'ỉ', 'ó': 'ĩ', 'ò': 'ị', 'Í': 'Í', 'Ì': 'Ì', 'Æ': 'Ỉ', 'Ó': 'Ĩ', 'Ò': 'Ị',
  'î': 'ỵ', 'Î': 'Ỵ',
};

function convertVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const next = text[i + 1] ?? '';
    const lowerBase = 'aeiouy'.includes(ch);
    const upperBase = 'AEIOUY'.includes(ch);
    if (lowerBase || upperBase) {
      // A capital may carry a lower-case mark byte (mixed-case typing), never the reverse.
      const hat = lowerBase ? VNI_HAT[next] : (VNI_HAT_UPPER[next] ?? VNI_HAT[next]);
      const breve = lowerBase ? VNI_BREVE[next] : (VNI_BREVE_UPPER[next] ?? VNI_BREVE[next]);
      const tone = lowerBase ? VNI_TONES_LOWER[next] : (VNI_TONES_UPPER[next] ?? VNI_TONES_LOWER[next]);
      if (hat !== undefined && 'aeoAEO'.includes(ch)) {
        out += (ch + '\u0302' + hat).normalize('NFC');
        i++;
        continue;
      }
      if (breve !== undefined && 'aA'.includes(ch)) {
        out += (ch + '\u0306' + breve).normalize('NFC');
        i++;
        continue;
      }
      if (tone !== undefined) {
        out += (ch + tone).normalize('NFC');
        i++;
        continue;
      }
      out += ch;
      continue;
    }
    if (ch in VNI_SINGLE) {
      const base = VNI_SINGLE[ch];
      const tone = VNI_TONES_LOWER[next] ?? VNI_TONES_UPPER[next];
      if ('ơƠưƯ'.includes(base) && tone !== undefined) {
        out += (base + tone).normalize('NFC');
        i++;
      } else out += base;
      continue;
    }
    out += ch;
  }
  return out;
}

function convertTcvn3(text: string): string {
  let out = '';
  for (const ch of text) out += TCVN3[ch] ?? ch;
  return out;
}

// Letters only Unicode Vietnamese has: when present, the text is already Unicode.
const UNICODE_VIETNAMESE = /[ăĂđĐơƠưƯ\u1EA0-\u1EF9]/;
// Latin-1 characters found in TCVN3 text and never in VNI or Unicode Vietnamese text.
const TCVN3_DISTINCT = /[¡¢£¤¥¦§¨©ª«¬\u00ad®µ¶·¸¹»¼½¾Ç×Þß÷þ]/g;
// The marks of the most frequent letters (ư, Đ, á, à, ả, ạ) count double: a lone ® or ° is not enough.
const TCVN3_FREQUENT = /[\u00ad§¸µ¶¹]/g;
// VNI mark bytes that never occur in Unicode Vietnamese (ê, á, ô… do, so they prove nothing).
const VNI_DISTINCT = /[øûïäåüëöñæîØÛÏÄÅÜËÖÑÆÎ]/g;

/** Detects text in a legacy encoding; null for Unicode or plain ASCII. */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  if (UNICODE_VIETNAMESE.test(text)) return null;
  const tcvn = (text.match(TCVN3_DISTINCT) ?? []).length + (text.match(TCVN3_FREQUENT) ?? []).length;
  const vni = (text.match(VNI_DISTINCT) ?? []).length;
  const letters = (text.match(/\p{L}/gu) ?? []).length || 1;
  // A few legacy characters in a short name, or a noticeable share in a long text.
  const enough = (n: number) => n >= 2 && n / letters > 0.02;
  if (enough(tcvn)) return 'TCVN3';
  if (enough(vni)) return 'VNI';
  return null;
}

export const LEGACY_FONTS: Record<LegacyEncoding, string> = { TCVN3: '.VnTime', VNI: 'VNI-Times' };

/** Unicode (NFC) text from text typed in a legacy encoding, with the encoding found. */
export function repairLegacyText(text: string): { text: string; encoding: LegacyEncoding | null } {
  const encoding = detectLegacyEncoding(text);
  if (!encoding) return { text, encoding: null };
  return { text: (encoding === 'VNI' ? convertVni(text) : convertTcvn3(text)).normalize('NFC'), encoding };
}

/** Text in the given legacy encoding, converted to Unicode (NFC), with no detection. */
export function convertLegacyText(text: string, encoding: LegacyEncoding): string {
  return (encoding === 'VNI' ? convertVni(text) : convertTcvn3(text)).normalize('NFC');
}

/** The text has letters only Unicode Vietnamese has (so it is no legacy text). */
export const hasUnicodeVietnamese = (text: string): boolean => UNICODE_VIETNAMESE.test(text);

// The Latin-1 letters Unicode Vietnamese uses itself: in a legacy-looking run they prove nothing.
const VIETNAMESE_LATIN1 = new Set('àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ');
const LEGACY_CODES: Record<LegacyEncoding, ReadonlySet<string>> = {
  TCVN3: new Set(Object.keys(TCVN3)),
  VNI: new Set([VNI_TONES_LOWER, VNI_TONES_UPPER, VNI_HAT, VNI_HAT_UPPER, VNI_BREVE, VNI_BREVE_UPPER, VNI_SINGLE].flatMap(Object.keys)),
};

/**
 * The encoding a font names (.VnTime → TCVN3, VNI-Times → VNI) when the text agrees: at least
 * one character that encoding uses and Unicode Vietnamese never does ("NhiÖm vô" under .VnTime),
 * and no Unicode Vietnamese letter. The font alone proves nothing: a VNI or .Vn font over Unicode
 * text is common.
 */
export function hintedLegacyEncoding(text: string, hint: LegacyEncoding): LegacyEncoding | null {
  if (UNICODE_VIETNAMESE.test(text)) return null;
  const codes = LEGACY_CODES[hint];
  for (const ch of text) if (codes.has(ch) && !VIETNAMESE_LATIN1.has(ch)) return hint;
  return null;
}
