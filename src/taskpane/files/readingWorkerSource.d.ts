/** The reading worker's code, built first as one classic script (scripts/singleFilePage.js). */
declare module '@tonghop/reading-worker-source' {
  const source: string;
  export default source;
}
