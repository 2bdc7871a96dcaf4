import { present } from '../present';
import type { ReportTemplate } from '../template/ReportTemplate';
import type { NameFn } from './templateLayout';
import { STYLE, withStyle } from './styles';
import { TEMPLATE_SHEETS, indicatorCellName } from './templateLayout';
import { SheetWriter, createSheet, type SheetSpec } from './WorkbookSpec';

/** Số liệu: one row per indicator under its section's heading; counts are typed in, ratios are formulas. */
export function buildTemplateIndicatorsSheet(template: ReportTemplate, name: NameFn): SheetSpec {
  const sheet = createSheet(TEMPLATE_SHEETS.indicators, [14, 62, 12, 16], { protect: true });
  const w = new SheetWriter(sheet);
  w.title('SỐ LIỆU', 3, STYLE.title, 24);
  w.title('Chỉ nhập số nguyên vào ô nền vàng; nếu không có ghi 0. Tỷ lệ % được tự tính.', 3, STYLE.note);
  w.row++;
  const headerRow = w.row++;
  ['Mã', 'Chỉ tiêu', 'Đơn vị tính', 'Số liệu'].forEach((h, c) => w.set(headerRow, c, h, STYLE.header));
  w.height(headerRow, 22);
  const rowOf = new Map<string, number>();
  const sectionTitle = (code: string) => (code === 'context' ? 'Thông tin chung về đảng bộ' : `Mục ${code}. ${template.sections.find((s) => s.code === code)?.title ?? ''}`);
  let currentSection = '';
  const pendingRatios: { row: number; numerator: string; denominator: string }[] = [];
  for (const indicator of template.indicators) {
    if (indicator.section !== currentSection) {
      currentSection = indicator.section;
      w.set(w.row, 0, '', STYLE.group);
      w.set(w.row, 1, sectionTitle(currentSection), STYLE.group);
      w.merge(w.row, 1, w.row, 3);
      w.height(w.row, sectionTitle(currentSection).length > 85 ? 34 : 20);
      w.row++;
    }
    const r = w.row++;
    rowOf.set(indicator.code, r);
    w.set(r, 0, indicator.code, STYLE.code);
    w.set(r, 1, indicator.label, STYLE.label);
    w.set(r, 2, indicator.unit, withStyle(STYLE.label, { hAlign: 'center' }));
    w.height(r, indicator.label.length > 62 ? 34 : 19);
    if (indicator.aggregation === 'sum') {
      w.set(r, 3, null, withStyle(STYLE.input, { hAlign: 'right', vAlign: 'middle', numFmt: '#,##0' }));
      name(indicatorCellName(indicator.code), sheet.name, r, 3);
      sheet.validations.push({
        range: { row: r, col: 3 },
        rule: {
          type: 'whole',
          min: indicator.min,
          max: indicator.max,
          prompt: `Số nguyên${indicator.min > 0 ? ` từ ${indicator.min}` : ' từ 0'} trở lên, không kèm đơn vị.`,
          error: `"${indicator.label}" phải là số nguyên từ ${indicator.min} trở lên.`,
        },
      });
    } else {
      pendingRatios.push({ row: r, numerator: indicator.numerator, denominator: indicator.denominator });
    }
  }
  for (const ratio of pendingRatios) {
    const num = { row: present(rowOf.get(ratio.numerator), `row of ${ratio.numerator}`), col: 3 };
    const den = { row: present(rowOf.get(ratio.denominator), `row of ${ratio.denominator}`), col: 3 };
    w.formula(ratio.row, 3, { text: 'IF(AND(ISNUMBER({1}),{1}>0,ISNUMBER({0})),ROUND({0}/{1}*100,2),"")', refs: [num, den], result: '' }, STYLE.percent);
  }
  sheet.freeze = { rows: headerRow + 1, cols: 0 };
  sheet.print.titleRows = { from: headerRow, to: headerRow };
  return sheet;
}
