/** The main-thread reader (SheetJS), fetched into its own chunk only where the browser has no workers. */
export const loadSliceReader = () => import(/* webpackChunkName: "reader" */ '../../app/readFilesInSlices');
