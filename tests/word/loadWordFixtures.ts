import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import template from '../../src/core/template/definitions/hn-kl01.v1.json';
import { SAMPLE_REGISTRY } from '../../src/sample/sampleRegistry';

/**
 * The Word report fixtures of a set (`tests/fixtures/word/<set>/`): each report beside its
 * `NAME.truth.json`, in the format of docs/notes "word-fixture-format" (see the set's README).
 */
export interface WordFixtureTruth {
  file: string;
  /** What the content is, not the extension: a ".doc" may hold a .docx or a web page. */
  format: 'docx' | 'doc' | 'html';
  features: string[];
  header: {
    unit: string;
    /** The registry code; null for a unit the registry lacks. */
    unitCode: string | null;
    soKyHieu: string;
    /** dd/mm/yyyy */
    ngayBaoCao: string;
    ky: string;
    nam: number;
    signer: string;
  };
  /** Sections as the unit wrote them; two codes when two sections are merged under one heading. */
  sections: { codes: string[]; heading: string; paragraphs: string[] }[];
  /** Text that must never appear in any section. */
  forbidden: string[];
  figures: { code: string; value: number; source: 'bang' | 'cau' }[];
  notStated: string[];
  nominations: { name: string; kind: 'tap_the' | 'ca_nhan'; note: string }[];
}

export interface WordFixture {
  /** The file's name, e.g. "d01-ngoc-ha.docx". */
  name: string;
  path: string;
  bytes: Buffer;
  truth: WordFixtureTruth;
}

export const WORD_FIXTURES_DIR = join(__dirname, '..', 'fixtures', 'word');

/** Every fixture of the set, in file-name order. */
export function loadWordFixtures(set: string): WordFixture[] {
  const dir = join(WORD_FIXTURES_DIR, set);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.truth.json'))
    .sort()
    .map((truthName) => {
      const truth = JSON.parse(readFileSync(join(dir, truthName), 'utf8')) as WordFixtureTruth;
      const path = join(dir, truth.file);
      return { name: truth.file, path, bytes: readFileSync(path), truth };
    });
}

const SECTION_CODES = new Set(template.sections.map((s) => s.code));
const INDICATORS = template.indicators.map((i) => i.code);
const KINDS = new Set(['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'M9', 'Y']);
const isNfc = (t: string) => t === t.normalize('NFC');

/** The format the bytes show: a zip (docx), an OLE compound file (doc) or anything else (html). */
export function sniffFormat(bytes: Buffer): WordFixtureTruth['format'] {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'docx';
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) return 'doc';
  return 'html';
}

/** What is wrong with a truth (empty when it follows the format); `bytes` checks its format too. */
export function truthProblems(t: WordFixtureTruth, bytes?: Buffer): string[] {
  const out: string[] = [];
  const h = t.header;
  if (!/\.(docx|doc)$/.test(t.file)) out.push(`tên tệp lạ: ${t.file}`);
  if (!['docx', 'doc', 'html'].includes(t.format)) out.push(`định dạng lạ: ${t.format}`);
  if (bytes && sniffFormat(bytes) !== t.format) out.push(`nội dung là ${sniffFormat(bytes)}, truth ghi ${t.format}`);
  if (!Array.isArray(t.features) || t.features.length === 0) out.push('thiếu features');
  const unit = SAMPLE_REGISTRY.units.find((u) => u.code === h.unitCode);
  if (h.unitCode !== null && unit?.name !== h.unit) out.push(`mã đơn vị ${h.unitCode} không khớp "${h.unit}"`);
  if (h.unitCode === null && SAMPLE_REGISTRY.units.some((u) => u.name === h.unit)) out.push(`"${h.unit}" có trong danh sách mà mã null`);
  if (!/^\d+-BC\/ĐU$/.test(h.soKyHieu)) out.push(`số ký hiệu lạ: ${h.soKyHieu}`);
  if (!/^\d{2}\/\d{2}\/\d{4}$/.test(h.ngayBaoCao)) out.push(`ngày lạ: ${h.ngayBaoCao}`);
  if (!KINDS.has(h.ky) || !Number.isInteger(h.nam)) out.push(`kỳ lạ: ${h.ky} ${h.nam}`);
  if (!h.signer) out.push('thiếu người ký');
  const seen = new Set<string>();
  for (const s of t.sections) {
    for (const c of s.codes) {
      if (!SECTION_CODES.has(c)) out.push(`mã mục lạ: ${c}`);
      if (seen.has(c)) out.push(`mục ${c} hai lần`);
      seen.add(c);
    }
    if (!s.heading || s.paragraphs.length === 0) out.push(`mục ${s.codes.join('+')} thiếu đề mục hoặc nội dung`);
    for (const para of [s.heading, ...s.paragraphs]) if (!isNfc(para)) out.push(`mục ${s.codes.join('+')} không phải NFC`);
    for (const f of t.forbidden) if (s.paragraphs.some((para) => para.includes(f))) out.push(`mục ${s.codes.join('+')} chứa văn bản cấm "${f.slice(0, 40)}"`);
  }
  const stated = new Set<string>();
  for (const f of t.figures) {
    if (!INDICATORS.includes(f.code)) out.push(`chỉ tiêu lạ: ${f.code}`);
    if (stated.has(f.code)) out.push(`chỉ tiêu ${f.code} hai lần`);
    if (typeof f.value !== 'number' || !['bang', 'cau'].includes(f.source)) out.push(`số liệu ${f.code} sai dạng`);
    stated.add(f.code);
  }
  for (const c of t.notStated) if (stated.has(c) || !INDICATORS.includes(c)) out.push(`notStated lạ: ${c}`);
  if (stated.size + t.notStated.length !== INDICATORS.length) out.push('figures và notStated không phủ đủ chỉ tiêu');
  for (const n of t.nominations) if (!n.name || !['tap_the', 'ca_nhan'].includes(n.kind)) out.push(`đề cử sai dạng: ${n.name}`);
  return out;
}
