import type { CellAddress } from '../issues/Issue';
import type { MetadataFieldDef, MetadataType } from '../template/ReportTemplate';
import type { GridSheet } from '../workbook/WorkbookGrid';
import type { TableRow } from './readAuthorTable';
import { AUTHOR_SHEETS, METADATA_COLUMNS, METADATA_TYPES } from './authorLayout';
import type { AuthorReader } from './makeAuthorReader';

type MetadataKey = (typeof METADATA_COLUMNS)[number]['key'];

/** The metadata sheet: the fields on the template's first page (unit, period, dates, who filled it). */
export function readAuthorMetadata(metadata: TableRow<MetadataKey>[], metadataSheet: GridSheet | undefined, paths: Map<string, CellAddress>, reader: AuthorReader): MetadataFieldDef[] {
  const { yesNo, choose } = reader;
  const fields: MetadataFieldDef[] = [];
  metadata.forEach((row) => {
    const at = `metadata[${fields.length}]`;
    for (const c of METADATA_COLUMNS) paths.set(`${at}.${c.key}`, row.cell(c.key));
    paths.set(at, row.cell('code'));
    const type = choose<MetadataType, MetadataKey>(row, 'type', METADATA_TYPES) ?? 'text';
    fields.push({ code: row.text('code'), label: row.text('label'), type, required: yesNo(row, 'required') });
  });
  // A rule about the fields as a whole (a required code missing) points at the sheet.
  paths.set('metadata', { sheet: metadataSheet?.name ?? AUTHOR_SHEETS.metadata, row: 0, col: 0 });
  return fields;
}
