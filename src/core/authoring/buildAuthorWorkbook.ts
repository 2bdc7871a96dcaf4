import { PERIOD_KIND_LABELS, type PeriodKind } from '../period/ReportingPeriod';
import type { ReportTemplate } from '../template/ReportTemplate';
import { formatDate } from '../text/calendarDate';
import { STYLE, withStyle } from '../workbook/styles';
import { DEFAULT_FONT, SheetWriter, createSheet, type CellSpec, type SheetSpec, type WorkbookSpec } from '../workbook/WorkbookSpec';
import {
  AGGREGATIONS,
  ALL_KINDS,
  AUTHOR_SHEETS,
  CONTEXT_SECTION,
  INDICATOR_COLUMNS,
  INDICATOR_TYPES,
  LIST_COLUMNS,
  LIST_NAMES,
  METADATA_COLUMNS,
  METADATA_TYPES,
  NOMINATION_COLUMNS,
  OUTLINE_COLUMNS,
  SETTINGS,
  SETTING_HEADERS,
  YES,
  type AuthorColumn,
  type AuthorSetting,
} from './authorLayout';

/** Rows left blank under each table, styled and with drop-downs, for the author to add to. */
const SPARE_ROWS = 30;

type Row<K extends string> = Partial<Record<K, string | number>>;

/**
 * The author workbook for a template: an office starts next year's đề cương from this year's,
 * edits rows, and turns it back into a template file with `tonghop soan-mau`.
 */
export function buildAuthorWorkbook(template: ReportTemplate): WorkbookSpec {
  const kinds = (list: readonly PeriodKind[]) =>
    list.length > 0 && list.length === template.periodKinds.length && list.every((k, i) => k === template.periodKinds[i]) ? ALL_KINDS : list.map((k) => PERIOD_KIND_LABELS[k]).join(', ');
  const settings: Record<AuthorSetting['key'], string | number> = {
    id: template.id,
    version: template.version,
    title: template.title,
    basis: template.basis,
    issuer: template.issuer,
    published: template.published ? formatDate(template.published) : '',
    periodKinds: template.periodKinds.map((k) => PERIOD_KIND_LABELS[k]).join(', '),
    nominationsTitle: template.nominations.title,
    nominationRows: template.nominations.rows,
  };
  const outline: Row<(typeof OUTLINE_COLUMNS)[number]['key']>[] = [];
  for (const section of template.sections) {
    const group = section.group ? template.groups.find((g) => g.code === section.group) : undefined;
    // A part's heading goes just before its first section.
    if (group && !outline.some((r) => r.code === group.code)) outline.push({ code: group.code, title: group.title, level: 1, headings: (group.headings ?? []).join('; ') });
    outline.push({ code: section.code, title: section.title, level: section.group ? 2 : 1, requiredFor: kinds(section.requiredFor), minLength: section.minLength, hint: section.hint ?? '', headings: (section.headings ?? []).join('; ') });
  }
  const indicators: Row<(typeof INDICATOR_COLUMNS)[number]['key']>[] = template.indicators.map((ind) => {
    const common = { code: ind.code, section: ind.section === 'context' ? CONTEXT_SECTION : ind.section, label: ind.label, unit: ind.unit, type: INDICATOR_TYPES[ind.aggregation], aggregation: AGGREGATIONS[ind.aggregation], phrase: ind.phrase ?? '' };
    return ind.aggregation === 'sum'
      ? { ...common, min: ind.min, max: ind.max ?? '', atMost: ind.atMost ?? '', required: ind.required ? YES : '' }
      : { ...common, numerator: ind.numerator, denominator: ind.denominator, decimals: ind.decimals };
  });
  const expected = new Map(template.nominations.expected.map((e) => [e.kind, e.count]));
  const lists: Row<(typeof LIST_COLUMNS)[number]['key']>[] = [
    ...template.nominations.kinds.map((value) => ({ list: LIST_NAMES.kinds, value, count: expected.get(value) ?? '' })),
    ...template.nominations.forms.map((value) => ({ list: LIST_NAMES.forms, value })),
  ];
  const nominations: Row<(typeof NOMINATION_COLUMNS)[number]['key']>[] = template.nominations.columns.map((c) => ({
    code: c.code,
    label: c.label,
    required: c.required ? YES : '',
    choices: c.choices ? LIST_NAMES[c.choices] : '',
    width: c.width,
  }));
  const metadata: Row<(typeof METADATA_COLUMNS)[number]['key']>[] = template.metadata.map((m) => ({ code: m.code, label: m.label, type: METADATA_TYPES[m.type], required: m.required ? YES : '' }));

  return {
    sheets: [
      buildGuide(template),
      buildSettings(settings),
      buildTable(AUTHOR_SHEETS.outline, OUTLINE_COLUMNS, outline),
      buildTable(AUTHOR_SHEETS.indicators, INDICATOR_COLUMNS, indicators),
      buildTable(AUTHOR_SHEETS.lists, LIST_COLUMNS, lists),
      buildTable(AUTHOR_SHEETS.nominations, NOMINATION_COLUMNS, nominations),
      buildTable(AUTHOR_SHEETS.metadata, METADATA_COLUMNS, metadata),
    ],
    names: [],
    properties: { title: `Soạn mẫu: ${template.title}`, subject: `${template.id}, phiên bản ${template.version}`, creator: 'Tổng hợp báo cáo' },
    font: DEFAULT_FONT,
  };
}

function buildGuide(template: ReportTemplate): SheetSpec {
  const sheet = createSheet(AUTHOR_SHEETS.guide, [4, 100], { tabColor: 'FF1F4E79' });
  const w = new SheetWriter(sheet);
  w.title('SỔ SOẠN MẪU BÁO CÁO', 1, STYLE.title, 24);
  w.title(`Bắt đầu từ mẫu "${template.id}", phiên bản ${template.version}`, 1, withStyle(STYLE.subtitle, { size: 12 }), 20);
  w.row++;
  const steps = [
    `Trang "${AUTHOR_SHEETS.settings}": đổi "Phiên bản" (tăng thêm 1), "Ngày ban hành", tên mẫu và căn cứ. Giữ nguyên "Mã mẫu" để phần mềm biết đây là phiên bản mới của cùng một mẫu.`,
    `Trang "${AUTHOR_SHEETS.outline}": mỗi dòng một mục của đề cương, theo thứ tự. Cấp 1 là phần lớn; cấp 2 là mục nhỏ thuộc phần cấp 1 ngay phía trên.`,
    `Trang "${AUTHOR_SHEETS.indicators}": mỗi dòng một chỉ tiêu. Số đếm được cộng lại khi tổng hợp; tỷ lệ không nhập mà tự tính từ tử số và mẫu số.`,
    `Trang "${AUTHOR_SHEETS.lists}": các lựa chọn của bảng điển hình (loại, hình thức đề xuất) và số lượng mỗi đơn vị cần đề xuất.`,
    `Trang "${AUTHOR_SHEETS.nominations}" và "${AUTHOR_SHEETS.metadata}": các cột của bảng điển hình và các trường thông tin chung của báo cáo.`,
    'Có thể chèn, xóa, đổi thứ tự dòng; không đổi tên trang và tên cột tiêu đề. Di chuột vào tiêu đề cột để xem cách ghi.',
    'Xong thì chạy: tonghop soan-mau "<tên tệp này>.xlsx". Phần mềm kiểm tra từng ô; nếu có sai sót, sẽ chỉ rõ trang và ô cần sửa. Nếu đúng, phần mềm tạo tệp mẫu (.json) để phát hành và một tệp mẫu Excel để xem trước.',
  ];
  steps.forEach((text, i) => {
    w.set(w.row, 0, `${i + 1}.`, { vAlign: 'top', hAlign: 'right' });
    w.set(w.row, 1, text, { wrap: true, vAlign: 'top' });
    w.height(w.row, text.length > 95 ? 34 : 18);
    w.row++;
  });
  return sheet;
}

function buildSettings(values: Record<AuthorSetting['key'], string | number>): SheetSpec {
  const sheet = createSheet(AUTHOR_SHEETS.settings, [26, 70, 60]);
  const w = new SheetWriter(sheet);
  SETTING_HEADERS.forEach((h, i) => w.set(0, i, h, STYLE.header));
  SETTINGS.forEach((s, i) => {
    w.set(i + 1, 0, s.label, withStyle(STYLE.label, { bold: s.required }));
    w.set(i + 1, 1, values[s.key], STYLE.input);
    w.set(i + 1, 2, s.hint, STYLE.note);
    w.height(i + 1, s.hint.length > 60 || String(values[s.key]).length > 70 ? 34 : 18);
  });
  sheet.freeze = { rows: 1, cols: 1 };
  return sheet;
}

function buildTable<K extends string>(name: string, columns: readonly AuthorColumn<K>[], rows: Row<K>[]): SheetSpec {
  const sheet = createSheet(name, columns.map((c) => c.width), { print: { orientation: 'landscape', fitToWidth: true } });
  const w = new SheetWriter(sheet);
  columns.forEach((c, i) => {
    const cell: CellSpec = w.set(0, i, c.header, withStyle(STYLE.header, { bold: c.required }));
    cell.note = c.hint;
  });
  w.height(0, 34);
  const last = rows.length + SPARE_ROWS;
  for (let r = 0; r < last; r++) {
    columns.forEach((c, i) => {
      const value = rows[r]?.[c.key];
      w.set(r + 1, i, value === undefined ? '' : value, withStyle(STYLE.text, { vAlign: 'middle' }));
    });
  }
  columns.forEach((c, i) => {
    if (!c.choices) return;
    sheet.validations.push({ range: { row: 1, col: i, rowEnd: last, colEnd: i }, rule: { type: 'list', source: `"${c.choices.join(',')}"`, error: `Chọn "${c.header}" trong danh sách: ${c.choices.join('; ')}.` } });
  });
  sheet.freeze = { rows: 1, cols: 1 };
  sheet.autoFilter = { row: 0, col: 0, colEnd: columns.length - 1 };
  return sheet;
}
