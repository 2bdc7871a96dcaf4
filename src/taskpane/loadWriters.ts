/**
 * The writers and the page's own reader, each fetched into its own chunk the first time it is
 * needed (apart from the tabs, in loadOnDemand.ts, so no tab imports the module that loads it).
 */
export const loadWorkbookWriter = () => import(/* webpackChunkName: "writer" */ '../adapters/exceljs/writeWorkbook');

export const loadDocumentWriter = () => import(/* webpackChunkName: "word" */ '../adapters/docx/writeDocumentInChunks');

export const loadSliceReader = () => import(/* webpackChunkName: "reader" */ './files/readFilesOnPage');
