/**
 * The writers, each fetched into its own chunk the first time a file is written. Apart from the
 * tabs' loaders (loadOnDemand.ts): a tab imports these, and the module that loads a tab must not
 * be one the tab imports.
 */
export const loadWorkbookWriter = () => import(/* webpackChunkName: "writer" */ '../adapters/exceljs/writeWorkbook');

export const loadDocumentWriter = () => import(/* webpackChunkName: "word" */ '../adapters/docx/writeDocumentInChunks');
