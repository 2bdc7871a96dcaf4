/**
 * The heavy parts of the pane, each fetched into its own chunk the first time it is needed, so
 * the script loaded before the tabs are usable holds only React, Fluent and the first tab.
 */
export const loadWorkbookWriter = () => import(/* webpackChunkName: "writer" */ '../adapters/exceljs/writeWorkbook');

export const loadDocumentWriter = () => import(/* webpackChunkName: "word" */ '../adapters/docx/writeDocumentInChunks');

export const loadCheckTab = () => import(/* webpackChunkName: "check" */ './components/CheckTab');

export const loadConsolidateTab = () => import(/* webpackChunkName: "consolidate" */ './components/ConsolidateTab');

export const loadSliceReader = () => import(/* webpackChunkName: "reader" */ '../app/readFilesInSlices');
