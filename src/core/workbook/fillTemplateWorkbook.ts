import { present } from '../present';
import type { ReportTemplate } from '../template/ReportTemplate';
import { isoDateToSerial, type IsoDate } from '../text/calendarDate';
import { indicatorCellName, metadataCellName, nominationCellName, sectionCellName } from './templateLayout';
import type { WorkbookSpec } from './WorkbookSpec';

/** What a unit types into a template; dates as ISO days, anything else as typed. */
export interface TemplateEntries {
  metadata?: Record<string, string | number | { date: IsoDate } | null>;
  sections?: Record<string, string>;
  indicators?: Record<string, string | number | null>;
  nominations?: Record<string, string>[];
}

/**
 * Writes entries into the input cells of a template spec, found by their defined names, as a
 * unit would type them. Used for sample data and tests; returns a new spec.
 */
export function fillTemplateWorkbook(spec: WorkbookSpec, template: ReportTemplate, entries: TemplateEntries): WorkbookSpec {
  const sheets = spec.sheets.map((s) => ({ ...s, cells: s.cells.map((c) => ({ ...c })) }));
  const put = (name: string, value: string | number | null) => {
    const target = spec.names.find((n) => n.name === name);
    if (!target) throw new Error(`Template has no cell named ${name}`);
    const sheet = present(sheets.find((s) => s.name === target.range.sheet), `sheet ${target.range.sheet}`);
    const cell = sheet.cells.find((c) => c.row === target.range.row && c.col === target.range.col);
    if (cell) cell.value = value;
    else sheet.cells.push({ row: target.range.row, col: target.range.col, value });
  };
  for (const [code, value] of Object.entries(entries.metadata ?? {})) {
    put(metadataCellName(code), value !== null && typeof value === 'object' ? isoDateToSerial(value.date) : value);
  }
  for (const [code, text] of Object.entries(entries.sections ?? {})) put(sectionCellName(code), text);
  for (const [code, value] of Object.entries(entries.indicators ?? {})) put(indicatorCellName(code), value);
  (entries.nominations ?? []).forEach((row, r) => {
    if (r >= template.nominations.rows) throw new Error(`Template offers only ${template.nominations.rows} nomination rows`);
    for (const [column, value] of Object.entries(row)) put(nominationCellName(r, column), value);
  });
  return { ...spec, sheets };
}
