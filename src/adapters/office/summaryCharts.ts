import type { ChartSpec } from '../../core/workbook/WorkbookSpec';
import { encodeRange } from '../a1';
import type { ExcelRun } from './excelRun';

const CHART_TYPES = { pie: 'Pie', column: 'ColumnClustered', bar: 'BarClustered' } as const;

/** Adds the summary's native charts; one round trip for all of them. */
export async function addCharts(run: ExcelRun, charts: readonly ChartSpec[], sheetName: (name: string) => string = (n) => n): Promise<number> {
  if (charts.length === 0) return 0;
  return run(async (context) => {
    for (const spec of charts) {
      const ws = context.workbook.worksheets.getItem(sheetName(spec.sheet));
      const source = context.workbook.worksheets.getItem(sheetName(spec.source.sheet ?? spec.sheet)).getRange(encodeRange(spec.source));
      const chart = ws.charts.add(CHART_TYPES[spec.type], source, 'Columns');
      chart.title.text = spec.title;
      chart.setPosition(encodeRange(spec.anchor), encodeRange({ row: spec.anchor.row + spec.size.rows, col: spec.anchor.col + spec.size.cols }));
      chart.legend.visible = spec.type === 'pie';
    }
    await context.sync();
    return 1;
  });
}
