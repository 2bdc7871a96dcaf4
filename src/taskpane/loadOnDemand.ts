/**
 * The heavy tabs of the pane, each fetched into its own chunk the first time it is opened, so the
 * script loaded before the tabs are usable holds only React, Fluent and the first tab.
 */
export const loadCheckTab = () => import(/* webpackChunkName: "check" */ './components/CheckTab');

export const loadConsolidateTab = () => import(/* webpackChunkName: "consolidate" */ './components/ConsolidateTab');
