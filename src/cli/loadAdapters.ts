/* eslint-disable @typescript-eslint/no-require-imports -- on purpose: loaded when first used, synchronously */

/*
 * The file-format libraries, loaded the first time a command needs one. Together ExcelJS,
 * SheetJS (with its code pages) and docx take about a third of a second to load, longer than
 * `tonghop tong-hop` spends reading a hundred reports: the reading threads start first, and
 * each library is loaded when its step comes. Types are imported as usual; only the code waits.
 */

type SheetJsAdapters = typeof import('../adapters/sheetjs/readWorkbookGrid') & typeof import('../adapters/sheetjs/readRegistryBytes') & typeof import('../adapters/sheetjs/convertWorkbook');
type ExcelWriter = typeof import('../adapters/exceljs/writeWorkbook');
type StreamWriter = typeof import('../adapters/exceljs/writeWorkbookToStream');
type WordWriter = typeof import('../adapters/docx/writeDocumentInChunks');

function once<T>(load: () => T): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load());
}

/** SheetJS readers, with Node's zlib installed as their inflater. */
export const sheetJs = once((): SheetJsAdapters => {
  (require('../adapters/sheetjs/useNativeZlib') as typeof import('../adapters/sheetjs/useNativeZlib')).useNativeZlib();
  return { ...require('../adapters/sheetjs/readWorkbookGrid'), ...require('../adapters/sheetjs/readRegistryBytes'), ...require('../adapters/sheetjs/convertWorkbook') } as SheetJsAdapters;
});

/** The ExcelJS writer of whole workbooks in memory (templates, lists, previews). */
export const excelWriter = once((): ExcelWriter => require('../adapters/exceljs/writeWorkbook') as ExcelWriter);

/** The summary's writer, streaming row by row (it loads only ExcelJS's streaming part). */
export const streamWriter = once((): StreamWriter => require('../adapters/exceljs/writeWorkbookToStream') as StreamWriter);

/** The Word writer: the report's body written and deflated a chunk at a time. */
export const wordWriter = once((): WordWriter => require('../adapters/docx/writeDocumentInChunks') as WordWriter);
