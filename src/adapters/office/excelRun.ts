/** The one way into Excel: `Excel.run`, or a fake of it in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The requirement sets we may use beyond ExcelApi 1.8, detected at run time. */
export interface HostCapabilities {
  /** ExcelApi 1.9: page layout (A4, fit to width), indent levels, RangeAreas. */
  pageLayout: boolean;
}

export function detectCapabilities(isSetSupported: (name: string, version: string) => boolean): HostCapabilities {
  return { pageLayout: isSetSupported('ExcelApi', '1.9') };
}

export function defaultExcelRun(): ExcelRun {
  return (batch) => Excel.run(batch);
}
