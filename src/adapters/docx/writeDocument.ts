import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  type ICommentOptions,
  Document,
  FileChild,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
} from 'docx';
import type { DocumentBlock, DocumentSection, DocumentSpec, ParagraphSpec, RunSpec, TableSpec } from '../../core/document/DocumentSpec';
import { isPlain, xmlSafe } from './plainParagraphXml';

/** A4 in twentieths of a point, portrait; the library turns it for landscape sections. */
const A4 = { width: 11906, height: 16838 };

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;

/** Only what a paragraph sets differently from the defaults is written: thousands of paragraphs stay small. */
function paragraphProperties(p: Omit<ParagraphSpec, 'kind' | 'runs'>) {
  const spacing = p.spaceBeforePt !== undefined || p.spaceAfterPt !== undefined || p.lineSpacing !== undefined;
  return {
    alignment: p.align ? ALIGN[p.align] : undefined,
    indent: p.firstLineIndentMm !== undefined ? { firstLine: convertMillimetersToTwip(p.firstLineIndentMm) } : undefined,
    spacing: spacing
      ? {
          before: p.spaceBeforePt !== undefined ? p.spaceBeforePt * 20 : undefined,
          after: p.spaceAfterPt !== undefined ? p.spaceAfterPt * 20 : undefined,
          ...(p.lineSpacing !== undefined ? { line: Math.round(240 * p.lineSpacing), lineRule: LineRuleType.AUTO } : {}),
        }
      : undefined,
  };
}

function renderRun(r: RunSpec): TextRun {
  return new TextRun({ text: xmlSafe(r.text), bold: r.bold, italics: r.italic, underline: r.underline ? {} : undefined, size: r.sizePt !== undefined ? r.sizePt * 2 : undefined });
}

/** The comments of a document, gathered as its paragraphs are rendered. */
type Comments = ICommentOptions[];

function renderParagraph(p: ParagraphSpec, comments?: Comments): Paragraph {
  const runs = p.runs.map(renderRun);
  let children: (TextRun | CommentRangeStart | CommentRangeEnd)[] = runs;
  if (p.comment && comments) {
    // The comment spans the whole paragraph; its date is the document's, so a round writes the same file.
    const id = comments.length;
    comments.push({ id, author: p.comment.author, date: new Date(`${p.comment.date}T00:00:00Z`), children: [new Paragraph({ children: [new TextRun(xmlSafe(p.comment.text))] })] });
    children = [new CommentRangeStart(id), ...runs, new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })];
  }
  return new Paragraph({
    ...paragraphProperties(p),
    keepNext: p.keepWithNext,
    // An outline level lists the heading in Word's navigation pane without Word's blue heading style.
    outlineLevel: p.heading !== undefined ? p.heading - 1 : undefined,
    children,
  });
}

function renderTable(t: TableSpec): Table {
  const total = t.columnWidths.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: t.borders ? undefined : TableBorders.NONE,
    rows: t.rows.map(
      (row) =>
        new TableRow({
          tableHeader: row.header,
          cantSplit: true,
          children: row.cells.map(
            (c, i) =>
              new TableCell({
                width: { size: (t.columnWidths[i] / total) * 100, type: WidthType.PERCENTAGE },
                columnSpan: c.columnSpan,
                shading: c.shade ? { fill: c.shade, type: ShadingType.CLEAR, color: 'auto' } : undefined,
                children: c.paragraphs.map((p) => renderParagraph(p)),
              }),
          ),
        }),
    ),
  });
}

/**
 * Renders a run of consecutive plain body paragraphs some other way than one by one
 * (writeDocumentInChunks leaves a placeholder and writes their XML itself).
 */
export type PlainRunRenderer = (paragraphs: ParagraphSpec[]) => FileChild;

const renderBlock = (b: DocumentBlock, comments: Comments): FileChild => (b.kind === 'paragraph' ? renderParagraph(b, comments) : renderTable(b));

function renderBlocks(blocks: readonly DocumentBlock[], comments: Comments, plainRun?: PlainRunRenderer): FileChild[] {
  const out: FileChild[] = [];
  let run: ParagraphSpec[] = [];
  const flush = () => {
    if (plainRun && run.length > 0) out.push(plainRun(run));
    run = [];
  };
  // A section's last paragraph stays the package's own: the package writes the section break into
  // it, and a placeholder there would leave an extra empty paragraph carrying the break instead.
  blocks.forEach((b, i) => {
    if (plainRun && b.kind === 'paragraph' && isPlain(b) && i < blocks.length - 1) run.push(b);
    else {
      flush();
      out.push(renderBlock(b, comments));
    }
  });
  flush();
  return out;
}

function pageNumberHeader(): Header {
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 28 })] })] });
}

function renderSection(s: DocumentSection, spec: DocumentSpec, comments: Comments, plainRun?: PlainRunRenderer) {
  const m = spec.margins;
  return {
    properties: {
      titlePage: s.pageNumbers?.skipFirst ?? false,
      page: {
        size: { ...A4, orientation: s.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: convertMillimetersToTwip(m.top), bottom: convertMillimetersToTwip(m.bottom), left: convertMillimetersToTwip(m.left), right: convertMillimetersToTwip(m.right) },
      },
    },
    headers: s.pageNumbers ? { default: pageNumberHeader(), ...(s.pageNumbers.skipFirst ? { first: new Header({ children: [] }) } : {}) } : undefined,
    children: renderBlocks(s.blocks, comments, plainRun),
  };
}

/** The docx package's document for a spec; every paragraph the package's own unless told otherwise. */
export function buildDocxDocument(spec: DocumentSpec, plainRun?: PlainRunRenderer): Document {
  const comments: Comments = [];
  const sections = spec.sections.map((s) => renderSection(s, spec, comments, plainRun));
  return new Document({
    creator: spec.creator,
    title: spec.title,
    styles: { default: { document: { run: { font: spec.font.name, size: spec.font.sizePt * 2 }, paragraph: paragraphProperties(spec.paragraphDefaults) } } },
    ...(comments.length > 0 ? { comments: { children: comments } } : {}),
    sections,
  });
}

/**
 * Renders a document spec to the bytes of a .docx, all of it through the package: the reference
 * writeDocumentInChunks is tested against, and its fallback where raw deflate is missing.
 */
export async function writeDocument(spec: DocumentSpec): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildDocxDocument(spec)));
}
