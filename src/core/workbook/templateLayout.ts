import type { ReportTemplate } from '../template/ReportTemplate';

/** Sheet names of a template workbook; all Vietnamese, with full diacritics. */
export const TEMPLATE_SHEETS = {
  guide: 'Hướng dẫn',
  metadata: 'Thông tin chung',
  sections: 'Nội dung',
  indicators: 'Số liệu',
  nominations: 'Điển hình',
  /** Hidden: the template id and version, two cells. */
  templateId: 'Mã mẫu',
  /** Hidden: the drop-down lists (the registry may run to thousands of rows). */
  lists: 'Danh mục',
} as const;

/**
 * Where the input cell sits relative to the code cell of its row. Reading looks for a cell by
 * its defined name first; if the names are lost it finds the code and steps this many columns.
 */
export const INPUT_OFFSET = { metadata: 2, sections: 1, indicators: 3, nominations: 1 } as const;

/** Labels in the hidden sheet that carry the template id and version, for reading without names. */
export const TEMPLATE_ID_LABEL = 'template_id';
export const TEMPLATE_VERSION_LABEL = 'template_version';

export const NAME_TEMPLATE_ID = 'TH_MAU_ID';
export const NAME_TEMPLATE_VERSION = 'TH_MAU_PHIEN_BAN';
export const LIST_NAMES = { units: 'DS_DON_VI', periods: 'DS_KY_BAO_CAO', kinds: 'DS_LOAI_DIEN_HINH', forms: 'DS_HINH_THUC' } as const;

const safe = (code: string) => code.replace(/[^A-Za-z0-9_]/g, '_');

export const metadataCellName = (code: string) => `TH_TT_${safe(code)}`;
export const sectionCellName = (code: string) => `TH_ND_${safe(code)}`;
export const indicatorCellName = (code: string) => `TH_SL_${safe(code)}`;
/** Row is zero-based in the core, one-based in the name a person reads. */
export const nominationCellName = (row: number, column: string) => `TH_DH_${row + 1}_${safe(column)}`;
/** The key written in column A of each nominations row. */
export const nominationRowKey = (row: number) => `DH${row + 1}`;

/** All defined names a template of this definition carries, for checks and tests. */
export function listTemplateCellNames(template: ReportTemplate): string[] {
  return [
    NAME_TEMPLATE_ID,
    NAME_TEMPLATE_VERSION,
    ...template.metadata.map((m) => metadataCellName(m.code)),
    ...template.sections.map((s) => sectionCellName(s.code)),
    ...template.indicators.filter((i) => i.aggregation === 'sum').map((i) => indicatorCellName(i.code)),
    ...Array.from({ length: template.nominations.rows }, (_, r) =>
      template.nominations.columns.map((c) => nominationCellName(r, c.code)),
    ).flat(),
  ];
}

/** Gives a range of a template's sheet a defined name: how a reader finds each input whatever the layout. */
export type NameFn = (n: string, sheet: string, row: number, col: number, rowEnd?: number, colEnd?: number) => void;
