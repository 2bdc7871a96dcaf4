import { makeIssue, type Issue } from '../../core/issues/Issue';
import { REGISTRY_SHEET, buildRegistry, registryRowsFromGrid, type UnitRegistry } from '../../core/registry/UnitRegistry';
import { foldForMatch } from '../../core/text/normalizeText';
import type { WorkbookGrid } from '../../core/workbook/WorkbookGrid';

/**
 * The round's units from the sheet "Danh sách đơn vị" of a workbook (the one open in Excel), with
 * a line for each row left out; or the issue saying what is missing.
 */
export function registryFromWorkbook(grid: WorkbookGrid): { registry: UnitRegistry; warnings: string[] } | { issue: Issue } {
  const sheet = grid.sheets.find((s) => foldForMatch(s.name) === foldForMatch(REGISTRY_SHEET));
  if (!sheet) return { issue: makeIssue('REGISTRY_SHEET_MISSING') };
  const { registry, problems } = buildRegistry(registryRowsFromGrid([sheet]));
  if (registry.units.length === 0) return { issue: makeIssue('REGISTRY_EMPTY', {}, { file: REGISTRY_SHEET }) };
  return { registry, warnings: problems.map((p) => `Dòng ${p.row + 1}: ${p.value} (${p.problem === 'duplicate-code' ? 'mã trùng' : 'thiếu mã hoặc tên'}).`) };
}
