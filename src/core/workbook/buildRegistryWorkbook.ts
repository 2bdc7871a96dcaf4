import { REGISTRY_SHEET, type UnitRegistry } from '../registry/UnitRegistry';

/** The columns of the list the tool writes; the contacts are for the office, to chase reports. */
export const REGISTRY_HEADERS = ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Người phụ trách', 'Điện thoại', 'Email'];
import { STYLE } from './styles';
import { DEFAULT_FONT, SheetWriter, createSheet, type WorkbookSpec } from './WorkbookSpec';

/** The office's list of units as a workbook it can edit and give back to the tool. */
export function buildRegistryWorkbook(registry: UnitRegistry): WorkbookSpec {
  const sheet = createSheet(REGISTRY_SHEET, [14, 44, 24, 26, 16, 30]);
  const w = new SheetWriter(sheet);
  REGISTRY_HEADERS.forEach((h, i) => w.set(0, i, h, STYLE.header));
  registry.units.forEach((u, i) => {
    [u.code, u.name, u.kind, u.contact?.person ?? '', u.contact?.phone ?? '', u.contact?.email ?? ''].forEach((v, c) => w.set(i + 1, c, v, STYLE.label));
  });
  sheet.freeze = { rows: 1, cols: 0 };
  return {
    sheets: [sheet],
    names: [],
    properties: { title: registry.sample ? 'Danh sách đơn vị (dữ liệu mẫu)' : 'Danh sách đơn vị', creator: 'Tổng hợp báo cáo' },
    font: DEFAULT_FONT,
  };
}
