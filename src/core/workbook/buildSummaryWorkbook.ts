import { compareWithPrevious } from '../consolidation/compareWithPrevious';
import type { Consolidation } from '../consolidation/Consolidation';
import { labelPeriod } from '../period/ReportingPeriod';
import type { IsoDate } from '../text/calendarDate';
import { reportContentOf } from '../document/ReportContent';
import { synthesizeContent } from '../document/synthesizeContent';
import type { SynthesizedParagraph } from '../synthesis/synthesizeSections';
import { buildRollUpSheets } from './buildRollUpReport';
import { defaultDocument, type OfficialDocument } from './OfficialDocument';
import { buildFiguresSheet } from './summary/buildFiguresSheet';
import { buildIssuesSheet } from './summary/buildIssuesSheet';
import { buildCopiesSheet } from './summary/buildCopiesSheet';
import { buildNominationsSheet } from './summary/buildNominationsSheet';
import { buildOverviewSheet } from './summary/buildOverviewSheet';
import { buildStatusSheet } from './summary/buildStatusSheet';
import { buildTextsSheet } from './summary/buildTextsSheet';
import { DEFAULT_FONT, type WorkbookSpec } from './WorkbookSpec';

export { SUMMARY_SHEETS } from './summary/summarySheets';
export { describeDifferences } from './summary/describeDifferences';
export { CHARTED_INDICATORS } from './summary/buildOverviewSheet';
export { fitCellText } from './summary/buildTextsSheet';
export { describeSource } from './summary/describeSource';

export interface SummaryOptions {
  generatedOn: IsoDate;
  /** Header and signature of the roll-up report; defaults name the consolidating body and leave the rest to fill in. */
  document?: OfficialDocument;
  /** The synthesis of the units' texts, when already made for the Word report (the same in both). */
  synthesis?: Record<string, SynthesizedParagraph[]>;
  /** Pages of body the synthesis is written for, when it is made here. */
  pages?: number;
}

/** The summary workbook for the consolidating office. */
export function buildSummaryWorkbook(c: Consolidation, options: SummaryOptions): WorkbookSpec {
  const comparison = compareWithPrevious(c);
  const figures = buildFiguresSheet(c, comparison);
  const overview = buildOverviewSheet(c, options, figures);
  const document = options.document ?? defaultDocument(c.round.body, options.generatedOn);
  const nominations = buildNominationsSheet(c);
  const synthesis = options.synthesis ?? synthesizeContent(reportContentOf(c, comparison), { document, pages: options.pages }).sections;
  const rollUp = buildRollUpSheets(c, document, { sheet: figures.sheet.name, totalRow: figures.totalRow, columnOf: figures.columnOf }, nominations.ref, comparison, synthesis);
  const [form, ...rollUpInputs] = rollUp.sheets;
  return {
    sheets: [overview.sheet, form, buildStatusSheet(c), figures.sheet, buildTextsSheet(c), nominations.sheet, buildIssuesSheet(c), buildCopiesSheet(c), ...rollUpInputs],
    names: rollUp.names,
    charts: overview.charts,
    properties: { title: `Tổng hợp báo cáo ${labelPeriod(c.round.period)}`, subject: c.round.template.title, creator: 'Tổng hợp báo cáo', created: options.generatedOn },
    font: DEFAULT_FONT,
  };
}
