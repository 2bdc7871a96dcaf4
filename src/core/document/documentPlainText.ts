import type { DocumentBlock, DocumentSpec } from './DocumentSpec';

const paragraphText = (runs: { text: string }[]) => runs.map((r) => r.text).join('');

function blockText(block: DocumentBlock): string {
  if (block.kind === 'paragraph') return paragraphText(block.runs);
  // A table as tab-separated rows: pasted into Word or Excel it becomes a table again.
  return block.rows.map((row) => row.cells.map((cell) => cell.paragraphs.map((p) => paragraphText(p.runs)).join(' ')).join('\t')).join('\n');
}

/**
 * A document's text without its formatting, one paragraph a line: what the user can copy and
 * paste into Word where a file cannot be saved from the pane.
 */
export function documentPlainText(spec: DocumentSpec): string {
  return spec.sections
    .flatMap((s) => s.blocks)
    .map(blockText)
    .join('\n')
    .normalize('NFC');
}
