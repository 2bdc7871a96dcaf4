import type { CellAddress } from '../issues/Issue';
import type { IndicatorDef } from '../template/ReportTemplate';
import { foldForMatch } from '../text/normalizeText';
import type { TableRow } from './readAuthorTable';
import { AGGREGATIONS, CONTEXT_SECTION, INDICATOR_COLUMNS, INDICATOR_TYPES } from './authorLayout';
import type { AuthorReader } from './makeAuthorReader';

type IndicatorRow = TableRow<(typeof INDICATOR_COLUMNS)[number]['key']>;

/** The figures sheet: one indicator a row, a count or a ratio of two counts. */
export function readAuthorIndicators(indicators: IndicatorRow[], paths: Map<string, CellAddress>, reader: AuthorReader): IndicatorDef[] {
  const { invalidIn, integer, yesNo, choose } = reader;
  const indicatorDefs: IndicatorDef[] = [];
  indicators.forEach((row) => {
    const at = `indicators[${indicatorDefs.length}]`;
    for (const c of INDICATOR_COLUMNS) paths.set(`${at}.${c.key}`, row.cell(c.key));
    paths.set(at, row.cell('code'));
    const type = choose(row, 'type', INDICATOR_TYPES);
    const aggregationText = row.text('aggregation');
    if (aggregationText !== '' && type !== undefined && foldForMatch(aggregationText) !== foldForMatch(AGGREGATIONS[type])) {
      invalidIn(row, 'aggregation', `chỉ tiêu ${INDICATOR_TYPES[type]} thì cách tổng hợp là "${AGGREGATIONS[type]}"`);
    }
    const sectionText = row.text('section');
    const phrase = row.text('phrase');
    const common = { code: row.text('code'), section: foldForMatch(sectionText) === CONTEXT_SECTION || sectionText === 'context' ? 'context' : sectionText, label: row.text('label'), unit: row.text('unit'), ...(phrase ? { phrase } : {}) };
    if (type === 'ratio') {
      indicatorDefs.push({ ...common, aggregation: 'ratio', numerator: row.text('numerator'), denominator: row.text('denominator'), decimals: integer(row, 'decimals', 2) ?? 2 });
    } else {
      const max = integer(row, 'max', undefined);
      const atMost = row.text('atMost');
      indicatorDefs.push({
        ...common,
        aggregation: 'sum',
        min: integer(row, 'min', 0) ?? 0,
        ...(max !== undefined ? { max } : {}),
        ...(atMost ? { atMost } : {}),
        ...(yesNo(row, 'required') ? { required: true } : {}),
      });
    }
  });
  return indicatorDefs;
}
