/**
 * The heavy tabs of the pane, each fetched into its own chunk the first time it is needed, so
 * the script loaded before the tabs are usable holds only React, Fluent and the first tab. The
 * writers a tab uses are in loadWriters.ts: a tab importing this module would close a cycle.
 */
export const loadCheckTab = () => import(/* webpackChunkName: "check" */ './components/CheckTab');

export const loadConsolidateTab = () => import(/* webpackChunkName: "consolidate" */ './components/ConsolidateTab');

// TemplateTab (the first tab, not loaded on demand) still imports the writer from here.
export { loadWorkbookWriter } from './loadWriters';
