import type { ReportTemplate } from '../template/ReportTemplate';
import { foldForMatch } from '../text/normalizeText';
import type { WordTable } from './WordDocument';
import type { WordLine } from './wordLines';

/** A row of the unit's "DANH SÁCH … ĐIỂN HÌNH" table, by the template's nomination columns. */
export interface WordNomination {
  kind: string;
  values: Record<string, string>;
}

const HEADER_WORDS: Record<string, RegExp> = {
  loai: /tập thể\s*\/\s*cá nhân|^loại|phân loại/iu,
  ten: /họ (?:và )?tên|tên tập thể|tên đơn vị|^tên\b/iu,
  chuc_vu: /chức vụ|đơn vị công tác|nơi công tác|địa chỉ/iu,
  thanh_tich: /thành tích|tóm tắt|nội dung/iu,
  hinh_thuc: /hình thức|đề nghị|đề xuất/iu,
  ghi_chu: /ghi chú/iu,
};

/** The nominations tables (after a "DANH SÁCH … ĐIỂN HÌNH" title, or headed by the columns) and their rows. */
export function wordNominations(lines: readonly WordLine[], template: ReportTemplate): { rows: WordNomination[]; tables: WordTable[] } {
  const rows: WordNomination[] = [];
  const tables: WordTable[] = [];
  const kinds = template.nominations.kinds;
  lines.forEach((line, i) => {
    const table = line.table;
    if (!table || table.rows.length < 2) return;
    const header = table.rows[0];
    const columns = new Map<string, number>();
    header.forEach((cell, j) => {
      for (const [code, re] of Object.entries(HEADER_WORDS)) if (!columns.has(code) && re.test(cell.trim())) columns.set(code, j);
    });
    const titled = lines.slice(Math.max(0, i - 3), i).some((l) => !l.table && /điển hình|biểu dương|khen thưởng/iu.test(l.text) && /danh sách/iu.test(l.text));
    if (!columns.has('ten') || (columns.size < 3 && !titled)) return;
    tables.push(table);
    let section = '';
    for (const row of table.rows.slice(1)) {
      const cells = row.map((c) => c.trim());
      // A row that only names the kind ("I. Tập thể") heads the rows under it.
      const only = cells.filter((c) => c !== '');
      const kindRow = only.length <= 2 && kinds.find((k) => only.some((c) => foldForMatch(c).endsWith(foldForMatch(k))));
      if (kindRow) {
        section = kindRow;
        continue;
      }
      const values: Record<string, string> = {};
      for (const [code, j] of columns) values[code] = cells[j] ?? '';
      if (!values.ten) continue;
      const kind = kinds.find((k) => foldForMatch(values.loai ?? '').includes(foldForMatch(k))) ?? section ?? '';
      rows.push({ kind: kind || (/^(?:ông|bà|đồng chí|đ\/c)\s/iu.test(values.ten) ? kinds[1] ?? '' : ''), values });
    }
  });
  return { rows, tables };
}
