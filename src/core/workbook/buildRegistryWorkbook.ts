import { REGISTRY_SHEET, type UnitRegistry } from '../registry/UnitRegistry';
import { STYLE } from './styles';
import { DEFAULT_FONT, SheetWriter, createSheet, type WorkbookSpec } from './WorkbookSpec';

/** The office's list of units as a workbook it can edit and give back to the tool. */
export function buildRegistryWorkbook(registry: UnitRegistry): WorkbookSpec {
  const sheet = createSheet(REGISTRY_SHEET, [14, 44, 24]);
  const w = new SheetWriter(sheet);
  ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'].forEach((h, i) => w.set(0, i, h, STYLE.header));
  registry.units.forEach((u, i) => {
    w.set(i + 1, 0, u.code, STYLE.label);
    w.set(i + 1, 1, u.name, STYLE.label);
    w.set(i + 1, 2, u.kind, STYLE.label);
  });
  sheet.freeze = { rows: 1, cols: 0 };
  return {
    sheets: [sheet],
    names: [],
    properties: { title: registry.sample ? 'Danh sách đơn vị (dữ liệu mẫu)' : 'Danh sách đơn vị', creator: 'Tổng hợp báo cáo' },
    font: DEFAULT_FONT,
  };
}
