import { present } from '../present';
import { LIMITS, YEAR_SERIALS } from '../round/limits';
import { CELL_LIMIT_TEXTS } from '../issues/issueMessages';
import { PERIOD_KIND_LABELS, labelPeriod, type ReportingPeriod } from '../period/ReportingPeriod';
import type { Unit, UnitRegistry } from '../registry/UnitRegistry';
import type { ReportTemplate } from '../template/ReportTemplate';
import { formatDate, isoDateToSerial, type IsoDate } from '../text/calendarDate';
import { STYLE, withStyle } from './styles';
import { buildTemplateIndicatorsSheet } from './buildTemplateIndicatorsSheet';
import {
  LIST_NAMES,
  NAME_TEMPLATE_ID,
  NAME_TEMPLATE_VERSION,
  TEMPLATE_ID_LABEL,
  TEMPLATE_SHEETS,
  TEMPLATE_VERSION_LABEL,
  metadataCellName,
  nominationCellName,
  nominationRowKey,
  sectionCellName,
  type NameFn,
} from './templateLayout';
import { DEFAULT_FONT, SheetWriter, createSheet, type DefinedNameSpec, type SheetSpec, type ValidationRule, type WorkbookSpec } from './WorkbookSpec';

export interface TemplateOptions {
  period: ReportingPeriod;
  registry?: UnitRegistry;
  /** Pre-fills the unit when the template is made for one unit. */
  unit?: Unit;
  deadline?: IsoDate;
  /** Who receives the reports, printed in the instructions. */
  recipient?: string;
}

const DATE_MIN = YEAR_SERIALS.min;
const DATE_MAX = YEAR_SERIALS.max;

/** The template workbook units fill: instructions, metadata, texts, figures, nominations. */
export function buildTemplateWorkbook(template: ReportTemplate, options: TemplateOptions): WorkbookSpec {
  const names: DefinedNameSpec[] = [];
  const name = (n: string, sheet: string, row: number, col: number, rowEnd?: number, colEnd?: number) =>
    names.push({ name: n, range: { sheet, row, col, ...(rowEnd !== undefined ? { rowEnd, colEnd } : {}) } });

  const sheets: SheetSpec[] = [
    buildGuideSheet(template, options),
    buildMetadataSheet(template, options, name),
    buildSectionsSheet(template, name),
    buildTemplateIndicatorsSheet(template, name),
    buildNominationsSheet(template, name),
    buildTemplateIdSheet(template, name),
    buildListsSheet(template, options, name),
  ];
  return {
    sheets,
    names,
    properties: { title: `Mẫu báo cáo ${labelPeriod(options.period)}`, subject: template.title, creator: 'Tổng hợp báo cáo' },
    font: DEFAULT_FONT,
  };
}

function buildGuideSheet(template: ReportTemplate, options: TemplateOptions): SheetSpec {
  const sheet = createSheet(TEMPLATE_SHEETS.guide, [4, 100], { protect: true, tabColor: 'FF1F4E79' });
  const w = new SheetWriter(sheet);
  w.title('MẪU BÁO CÁO', 1, STYLE.title, 24);
  w.title(template.title, 1, withStyle(STYLE.subtitle, { size: 13 }), 54);
  w.title(`Kỳ báo cáo: ${labelPeriod(options.period)} (số liệu từ ${formatDate(options.period.from)} đến ${formatDate(options.period.to)})`, 1, { hAlign: 'center', italic: true });
  if (options.deadline) w.title(`Hạn gửi báo cáo: trước hết ngày ${formatDate(options.deadline)}${options.recipient ? `, gửi ${options.recipient}` : ''}`, 1, { hAlign: 'center', bold: true, color: 'FFC00000' });
  w.title(`Căn cứ: ${template.basis}. Mẫu "${template.id}", phiên bản ${template.version}.`, 1, STYLE.note, 32);
  w.row++;
  w.title('CÁCH ĐIỀN MẪU', 1, { bold: true });
  const optional = template.sections.filter((s) => !s.requiredFor.includes(options.period.kind)).map((s) => s.code);
  const expected = template.nominations.expected.filter((e) => e.count > 0).map((e) => `${String(e.count).padStart(2, '0')} ${e.kind.toLowerCase()}`);
  const steps = [
    `Trang "${TEMPLATE_SHEETS.metadata}": chọn tên đơn vị trong danh sách thả xuống, kiểm tra kỳ báo cáo, ghi ngày báo cáo, người lập và số điện thoại.`,
    `Trang "${TEMPLATE_SHEETS.sections}": viết nội dung từng mục của đề cương vào ô nền vàng ngay dưới tên mục. Xuống dòng trong ô bằng Alt+Enter.${optional.length > 0 ? ` Ở kỳ này có thể để trống ${optional.length === 1 ? 'mục' : 'các mục'} ${optional.join(', ')}.` : ''}`,
    `Trang "${TEMPLATE_SHEETS.indicators}": chỉ nhập số nguyên, không kèm đơn vị tính, không dùng dấu chấm hay dấu cách phân cách hàng nghìn. Nếu không có thì ghi 0. Tỷ lệ phần trăm được tự tính.`,
    `Trang "${TEMPLATE_SHEETS.nominations}": ${expected.length > 0 ? `giới thiệu ${expected.join(' và ')} điển hình` : 'giới thiệu các điển hình (nếu có)'}, chọn loại và hình thức đề xuất trong danh sách thả xuống.`,
    'Chỉ nhập vào các ô nền vàng; các ô khác được khóa để giữ đúng mẫu (nếu cần, bỏ khóa tại Xem lại › Bỏ bảo vệ trang tính, không cần mật khẩu).',
    'Có thể chèn thêm dòng; không xóa, không đổi thứ tự các cột, không xóa cột mã ở bên trái, không xóa trang tính.',
    'Lưu tệp dạng Excel (.xlsx), đặt tên tệp theo tên đơn vị, rồi gửi trước hạn. Không cần chuyển sang PDF.',
  ];
  steps.forEach((text, i) => {
    w.set(w.row, 0, `${i + 1}.`, { vAlign: 'top', hAlign: 'right' });
    w.set(w.row, 1, text, { wrap: true, vAlign: 'top' });
    w.height(w.row, text.length > 95 ? 34 : 18);
    w.row++;
  });
  w.row++;
  w.set(w.row, 0, '', STYLE.input);
  w.set(w.row, 1, 'Ô nền vàng: ô nhập liệu.', { italic: true });
  return sheet;
}


function buildMetadataSheet(template: ReportTemplate, options: TemplateOptions, name: NameFn): SheetSpec {
  const sheet = createSheet(TEMPLATE_SHEETS.metadata, [10, 30, 60], { protect: true });
  const w = new SheetWriter(sheet);
  w.title('THÔNG TIN CHUNG', 2, STYLE.title, 24);
  w.title(template.title, 2, STYLE.note, 32);
  w.row++;
  w.set(w.row, 0, 'Mã', STYLE.header);
  w.set(w.row, 1, 'Thông tin', STYLE.header);
  w.set(w.row, 2, 'Nội dung', STYLE.header);
  w.row++;
  const { period } = options;
  const prefill: Record<string, string | number> = {
    ky_bao_cao: PERIOD_KIND_LABELS[period.kind],
    nam: period.year,
    tu_ngay: isoDateToSerial(period.from),
    den_ngay: isoDateToSerial(period.to),
  };
  if (options.unit) prefill['don_vi'] = options.unit.name;
  for (const field of template.metadata) {
    const r = w.row++;
    w.set(r, 0, field.code, STYLE.code);
    w.set(r, 1, field.label + (field.required ? ' (*)' : ''), STYLE.label);
    const isDate = field.type === 'date';
    w.set(r, 2, prefill[field.code] ?? null, withStyle(STYLE.input, isDate ? { numFmt: 'dd/mm/yyyy', hAlign: 'left' } : { hAlign: 'left' }));
    w.height(r, 20);
    name(metadataCellName(field.code), sheet.name, r, 2);
    const rule = metadataRule(field.type, field.label, options.registry !== undefined);
    if (rule) sheet.validations.push({ range: { row: r, col: 2 }, rule });
  }
  w.row++;
  w.title('(*) bắt buộc. Ngày ghi theo dạng ngày/tháng/năm, ví dụ 10/04/2024.', 2, STYLE.note);
  return sheet;
}

function metadataRule(type: string, label: string, hasRegistry: boolean): ValidationRule | undefined {
  switch (type) {
    case 'unit':
      return hasRegistry ? { type: 'list', source: LIST_NAMES.units, prompt: 'Chọn tên đơn vị trong danh sách.', error: 'Tên đơn vị phải chọn trong danh sách.' } : undefined;
    case 'periodKind':
      return { type: 'list', source: LIST_NAMES.periods, error: 'Chọn kỳ báo cáo trong danh sách.' };
    case 'year':
      return { type: 'whole', min: LIMITS.years.min, max: LIMITS.years.max, error: 'Năm phải là số có 4 chữ số, ví dụ 2024.' };
    case 'date':
      return { type: 'date', min: DATE_MIN, max: DATE_MAX, prompt: 'Ghi ngày theo dạng ngày/tháng/năm.', error: `${label}: ghi ngày theo dạng ngày/tháng/năm, ví dụ 10/04/2024.` };
    default:
      return undefined;
  }
}

function buildSectionsSheet(template: ReportTemplate, name: NameFn): SheetSpec {
  const sheet = createSheet(TEMPLATE_SHEETS.sections, [8, 110], { protect: true });
  const w = new SheetWriter(sheet);
  w.title('NỘI DUNG BÁO CÁO', 1, STYLE.title, 24);
  w.title('Viết nội dung mỗi mục vào ô nền vàng ngay dưới tên mục; Alt+Enter để xuống dòng.', 1, STYLE.note);
  w.row++;
  const groupsShown = new Set<string>();
  const standalone = template.sections.filter((s) => !s.group);
  for (const section of template.sections) {
    if (section.group && !groupsShown.has(section.group)) {
      groupsShown.add(section.group);
      const group = present(template.groups.find((g) => g.code === section.group), `group ${section.group}`);
      w.set(w.row, 0, '', STYLE.group);
      w.set(w.row, 1, `${group.code}. ${group.title.toUpperCase()}`, STYLE.group);
      w.height(w.row, 22);
      w.row++;
    }
    const number = section.group ? section.code.slice(section.group.length + 1) : section.code;
    const title = section.group ? `${number}. ${section.title}` : `${section.code}. ${section.title.toUpperCase()}`;
    const optional = section.requiredFor.length === 0 ? ' (không bắt buộc)' : section.requiredFor.length < template.periodKinds.length ? ' (không bắt buộc ở báo cáo quý)' : '';
    w.set(w.row, 0, '', standalone.includes(section) ? STYLE.group : STYLE.label);
    w.set(w.row, 1, title + optional, withStyle(standalone.includes(section) ? STYLE.group : STYLE.label, { bold: true }));
    w.height(w.row, title.length > 100 ? 36 : 20);
    w.row++;
    if (section.hint) {
      w.set(w.row, 0, '', STYLE.label);
      w.set(w.row, 1, `Gợi ý: ${section.hint}`, withStyle(STYLE.note, { border: true }));
      w.height(w.row, section.hint.length > 110 ? 30 : 17);
      w.row++;
    }
    const r = w.row++;
    w.set(r, 0, section.code, withStyle(STYLE.code, { vAlign: 'top' }));
    w.set(r, 1, null, STYLE.input);
    w.height(r, 150);
    name(sectionCellName(section.code), sheet.name, r, 1);
    sheet.validations.push({ range: { row: r, col: 1 }, rule: { type: 'textLength', max: LIMITS.excel.cellCharacters, error: CELL_LIMIT_TEXTS.templateLengthRule } });
  }
  sheet.freeze = { rows: 1, cols: 0 };
  return sheet;
}

function buildNominationsSheet(template: ReportTemplate, name: NameFn): SheetSpec {
  const def = template.nominations;
  const sheet = createSheet(TEMPLATE_SHEETS.nominations, [7, ...def.columns.map((c) => c.width)], {
    protect: true,
    print: { orientation: 'landscape', fitToWidth: true },
  });
  const w = new SheetWriter(sheet);
  const last = def.columns.length;
  w.title(def.title.toUpperCase(), last, STYLE.title, 24);
  const expected = def.expected.map((e) => `${String(e.count).padStart(2, '0')} ${e.kind.toLowerCase()}`).join(' và ');
  w.title(`Mỗi đơn vị giới thiệu ${expected}; chọn loại và hình thức đề xuất trong danh sách thả xuống.`, last, STYLE.note);
  w.row++;
  const headerRow = w.row++;
  w.set(headerRow, 0, 'Dòng', STYLE.header);
  def.columns.forEach((c, i) => w.set(headerRow, i + 1, c.label + (c.required ? ' (*)' : ''), STYLE.header));
  w.height(headerRow, 34);
  for (let r = 0; r < def.rows; r++) {
    const row = w.row++;
    w.set(row, 0, nominationRowKey(r), withStyle(STYLE.code, { vAlign: 'top' }));
    def.columns.forEach((column, i) => {
      w.set(row, i + 1, null, STYLE.input);
      name(nominationCellName(r, column.code), sheet.name, row, i + 1);
      if (column.choices) {
        const source = column.choices === 'kinds' ? LIST_NAMES.kinds : LIST_NAMES.forms;
        sheet.validations.push({ range: { row, col: i + 1 }, rule: { type: 'list', source, error: `Chọn "${column.label}" trong danh sách.` } });
      }
    });
    w.height(row, 75);
  }
  sheet.freeze = { rows: headerRow + 1, cols: 0 };
  sheet.print.titleRows = { from: headerRow, to: headerRow };
  return sheet;
}

/** Kept apart from the lists so a reader gets the id without parsing thousands of list rows. */
export function buildTemplateIdSheet(template: ReportTemplate, name: NameFn): SheetSpec {
  const sheet = createSheet(TEMPLATE_SHEETS.templateId, [18, 24], { state: 'hidden', protect: true });
  const w = new SheetWriter(sheet);
  w.set(0, 0, TEMPLATE_ID_LABEL);
  w.set(0, 1, template.id);
  w.set(1, 0, TEMPLATE_VERSION_LABEL);
  w.set(1, 1, template.version);
  name(NAME_TEMPLATE_ID, sheet.name, 0, 1);
  name(NAME_TEMPLATE_VERSION, sheet.name, 1, 1);
  return sheet;
}

function buildListsSheet(template: ReportTemplate, options: TemplateOptions, name: NameFn): SheetSpec {
  const sheet = createSheet(TEMPLATE_SHEETS.lists, [18, 40, 24, 14, 52], { state: 'hidden', protect: true });
  const w = new SheetWriter(sheet);
  const first = 1;
  ['Mã đơn vị', 'Tên đơn vị', 'Kỳ báo cáo', 'Loại', 'Hình thức đề xuất'].forEach((h, c) => w.set(0, c, h, { bold: true }));
  const units = options.registry?.units ?? [];
  units.forEach((u, i) => {
    w.set(first + i, 0, u.code);
    w.set(first + i, 1, u.name);
  });
  if (units.length > 0) name(LIST_NAMES.units, sheet.name, first, 1, first + units.length - 1, 1);
  const kinds = template.periodKinds.map((k) => PERIOD_KIND_LABELS[k]);
  kinds.forEach((k, i) => w.set(first + i, 2, k));
  name(LIST_NAMES.periods, sheet.name, first, 2, first + kinds.length - 1, 2);
  template.nominations.kinds.forEach((k, i) => w.set(first + i, 3, k));
  name(LIST_NAMES.kinds, sheet.name, first, 3, first + template.nominations.kinds.length - 1, 3);
  template.nominations.forms.forEach((f, i) => w.set(first + i, 4, f));
  name(LIST_NAMES.forms, sheet.name, first, 4, first + template.nominations.forms.length - 1, 4);
  return sheet;
}
