/** True when engineCheck.js found this engine lacking and already shows why: the pane must not start over it. */
export function engineRefused(doc: Document = document): boolean {
  return doc.documentElement.hasAttribute('data-old-engine');
}
