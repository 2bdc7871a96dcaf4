import type { Consolidation } from '../../consolidation/Consolidation';
import { labelPeriod } from '../../period/ReportingPeriod';
import { LIMITS } from '../../round/limits';
import { CELL_LIMIT_TEXTS } from '../../issues/issueMessages';
import { STYLE, rowHeightFor, withStyle } from '../styles';
import { SheetWriter, createSheet, defineColumns, type SheetSpec } from '../WorkbookSpec';
import { continuationLabel, splitCellText } from './cellPieces';
import { SUMMARY_SHEETS } from './summarySheets';

const TRUNCATION_NOTE = CELL_LIMIT_TEXTS.textsSheetCutNote;

/** Cuts text to what one Excel cell holds, saying so in the cell. */
export function fitCellText(text: string): string {
  return text.length <= LIMITS.excel.cellCharacters ? text : text.slice(0, LIMITS.excel.cellCharacters - TRUNCATION_NOTE.length) + TRUNCATION_NOTE;
}

const COLUMNS = defineColumns([
  { key: 'unit', header: 'Đơn vị', width: 30 },
  { key: 'text', header: 'Nội dung', width: 100 },
]);

/** Nội dung: each section of the đề cương, then each unit's whole text in registry order. */
export function buildTextsSheet(c: Consolidation): SheetSpec {
  const { col, widths, last } = COLUMNS;
  const sheet = createSheet(SUMMARY_SHEETS.texts, widths);
  const w = new SheetWriter(sheet);
  w.title(`NỘI DUNG BÁO CÁO CỦA CÁC ĐƠN VỊ ${labelPeriod(c.round.period).toUpperCase()}`, last, STYLE.title, 24);
  w.title('Mỗi mục của đề cương, lần lượt từng đơn vị theo thứ tự trong danh sách; bài dài hơn một ô Excel được viết tiếp ở các dòng ngay dưới ("tiếp theo").', last, STYLE.note);
  w.row++;
  const template = c.round.template;
  const sectionOf = new Map(template.sections.map((s) => [s.code, s]));
  for (const compilation of c.sections) {
    const section = sectionOf.get(compilation.section);
    if (!section) continue;
    const group = section.group ? template.groups.find((g) => g.code === section.group) : undefined;
    const heading = `${section.code}. ${section.title}${group ? ` (${group.code}. ${group.title})` : ''}`;
    w.set(w.row, col.unit, heading, STYLE.group);
    w.merge(w.row, col.unit, w.row, col.text);
    w.height(w.row, heading.length > 120 ? 36 : 20);
    w.row++;
    if (compilation.entries.length === 0) {
      w.set(w.row, col.unit, '', STYLE.text);
      w.set(w.row, col.text, '(Không đơn vị nào viết mục này.)', withStyle(STYLE.text, { italic: true }));
      w.row++;
    }
    for (const entry of compilation.entries) {
      // Nothing cut: a text longer than a cell goes on over the rows below, read back whole.
      const pieces = splitCellText(entry.text);
      pieces.forEach((piece, i) => {
        const label = i === 0 ? entry.unit.name : continuationLabel(entry.unit.name, i + 1, pieces.length);
        w.set(w.row, col.unit, label, withStyle(STYLE.text, { bold: i === 0, italic: i > 0 }));
        w.set(w.row, col.text, piece, STYLE.text);
        w.height(w.row, rowHeightFor(piece, 100));
        w.row++;
      });
    }
    w.row++;
  }
  return sheet;
}
