import { PERIOD_KIND_LABELS, type ReportingPeriod } from '../../core/period/ReportingPeriod';
import type { ReportTemplate } from '../../core/template/ReportTemplate';
import { formatDate } from '../../core/text/calendarDate';
import type { TemplateEntries } from '../../core/workbook/fillTemplateWorkbook';
import { decisionsOf, textsByCode, type WordReading } from '../../core/wordReport/readWordReport';

/*
 * A Word report as read, in the two forms `tonghop doc-word` gives it: the office's own template
 * filled (to review in Excel and drop into the round), and the JSON of what was read and why.
 */

/** What the unit would have typed into the template, had it used it; figures proposed from sentences included, to be checked. */
export function wordTemplateEntries(reading: WordReading, template: ReportTemplate, period?: ReportingPeriod): TemplateEntries {
  const { header } = reading;
  const kind = period?.kind ?? header.period?.kind;
  const year = period?.year ?? header.period?.year;
  const sections = Object.fromEntries([...textsByCode(reading)].map(([code, { text }]) => [code, text]));
  const indicators: Record<string, number | null> = {};
  const counts = new Set(template.indicators.filter((i) => i.aggregation === 'sum').map((i) => i.code));
  for (const f of reading.figures) if (counts.has(f.code) && f.value !== null) indicators[f.code] = f.value;
  const metadata: NonNullable<TemplateEntries['metadata']> = {
    don_vi: header.unit?.name ?? header.unitText ?? null,
    ky_bao_cao: kind ? PERIOD_KIND_LABELS[kind] : null,
    nam: year ?? null,
    so_ky_hieu: header.number ?? null,
    ngay_bao_cao: header.date ? { date: header.date } : null,
    nguoi_lap: header.signer ?? null,
  };
  if (period) Object.assign(metadata, { tu_ngay: { date: period.from }, den_ngay: { date: period.to } });
  const nominations = reading.nominations.slice(0, template.nominations.rows).map((n) => ({ ...n.values, loai: n.kind || n.values.loai || '' }));
  return { metadata, sections, indicators, nominations };
}

/** The JSON of `doc-word --json`, in the project's keys. */
export function wordReadingJson(file: string, reading: WordReading, key?: string) {
  const { header } = reading;
  return {
    tep: file,
    ...(key ? { khoa: key } : {}),
    dinhDang: reading.format,
    thongTin: {
      don_vi: header.unitText ?? null,
      so_ky_hieu: header.number ?? null,
      ngay_bao_cao: header.date ? formatDate(header.date) : null,
      ky_bao_cao: header.period?.kind ?? null,
      nam: header.period?.year ?? null,
      ma_don_vi: header.unit?.code ?? null,
    },
    phan: reading.sections.map((s) => ({ ma: s.codes[0], ...(s.codes.length > 1 ? { gopVoi: s.codes.slice(1) } : {}), noiDung: s.text, tieuDeGoc: s.heading, canXem: s.certainty !== 'sure', lyDo: s.reason ?? null })),
    chuaXep: reading.unplaced.map((u, i) => ({ khoi: i + 1, noiDung: u.paragraphs.join('\n'), lyDo: u.reason, ...(u.heading ? { tieuDeGoc: u.heading } : {}) })),
    soLieu: reading.figures.map((f) => ({ ma: f.code, giaTri: f.value, nguon: f.source, goc: f.raw, noiDoc: f.where, canXem: !f.certain })),
    deCu: reading.nominations.map((n) => ({ loai: n.kind, ...n.values })),
    canQuyetDinh: decisionsOf(reading).length,
    ghiChu: reading.notes,
  };
}
