import * as fs from 'node:fs';
import * as path from 'node:path';
import { excelWriter, sheetJs } from './loadAdapters';
import { buildAuthorWorkbook } from '../core/authoring/buildAuthorWorkbook';
import { readAuthorWorkbook } from '../core/authoring/readAuthorWorkbook';
import { formatIssue, formatIssueWithPlace } from '../core/issues/issueMessages';
import { defaultDeadline, makePeriod, type ReportingPeriod } from '../core/period/ReportingPeriod';
import { addToCatalogueIndex, catalogueEntryFor, CATALOGUE_INDEX, parseCatalogueIndex, templateFileName } from '../core/template/catalogue';
import type { ReportTemplate } from '../core/template/ReportTemplate';
import { splitIsoDate, type IsoDate } from '../core/text/calendarDate';
import { buildTemplateWorkbook } from '../core/workbook/buildTemplateWorkbook';
import { UserError, writeFileSafely } from './fileIo';
import { OutputSet } from './outputSet';

export type AuthorOutcome =
  | { ok: true; template: ReportTemplate; written: string; preview?: string; published?: string; lines: string[] }
  | { ok: false; errors: number; lines: string[] };

export interface AuthorOptions {
  /** The template file to write; default beside the author workbook. */
  out?: string;
  /** The preview workbook; null for none, undefined for the default name. */
  preview?: string | null;
  /** A catalogue folder to publish into (template file copied, index.json updated). */
  catalogue?: string;
  overwrite: boolean;
  today: IsoDate;
}

/** Writes the author workbook for an existing template, so an office starts from last year's. */
export async function writeAuthorFile(template: ReportTemplate, target: string, overwrite: boolean): Promise<string> {
  return writeFileSafely(target, await excelWriter().writeWorkbook(buildAuthorWorkbook(template)), overwrite);
}

/** The template as a file: pretty JSON, so a reviewer can read the differences between versions. */
export function templateFileText(template: ReportTemplate): string {
  return `${JSON.stringify(template, null, 2)}\n`;
}

/** Author workbook → template file (+ preview workbook, + catalogue entry), or every mistake with its cell. */
export async function authorTemplate(file: string, options: AuthorOptions): Promise<AuthorOutcome> {
  if (!fs.existsSync(file)) throw new UserError(`Không tìm thấy sổ soạn mẫu "${file}".`);
  const read = sheetJs().readWorkbookGrid(new Uint8Array(fs.readFileSync(file)));
  if (!read.ok) throw new UserError(`Không đọc được sổ soạn mẫu "${file}": ${read.issues.map(formatIssue).join(' ')}`);
  const result = readAuthorWorkbook(read.grid);
  const lines = result.issues.map(formatIssueWithPlace);
  if (!result.ok) return { ok: false, errors: result.issues.filter((i) => i.severity === 'error').length, lines };
  const template = result.template;
  const dir = path.dirname(file);
  const text = templateFileText(template);
  const written = writeFileSafely(options.out ?? path.join(dir, templateFileName(template)), new TextEncoder().encode(text), options.overwrite);
  let preview: string | undefined;
  if (options.preview !== null) {
    const period = previewPeriod(template, options.today);
    const spec = buildTemplateWorkbook(template, { period, deadline: defaultDeadline(period) });
    preview = writeFileSafely(options.preview ?? path.join(dir, `${template.id}.v${template.version} - xem trước.xlsx`), await excelWriter().writeWorkbook(spec), options.overwrite);
  }
  const published = options.catalogue ? publishToCatalogue(template, text, options.catalogue, options.overwrite, options.today) : undefined;
  return { ok: true, template, written, preview, published, lines };
}

/** Adds (or replaces, with --ghi-de) a template version in a catalogue folder and its index. */
export function publishToCatalogue(template: ReportTemplate, text: string, folder: string, overwrite: boolean, today: IsoDate): string {
  fs.mkdirSync(folder, { recursive: true });
  const indexFile = path.join(folder, CATALOGUE_INDEX);
  let index = null;
  if (fs.existsSync(indexFile)) {
    const parsed = parseCatalogueIndex(fs.readFileSync(indexFile, 'utf8'));
    if (!parsed.ok) throw new UserError(`Danh mục "${indexFile}" không đọc được: ${parsed.issues.map(formatIssue).join(' ')}`);
    index = parsed.index;
  }
  const name = templateFileName(template);
  const target = path.join(folder, name);
  // Republishing the same content is harmless; changing a published version needs --ghi-de.
  if (fs.existsSync(target) && fs.readFileSync(target, 'utf8') !== text && !overwrite) {
    throw new UserError(`Danh mục đã có "${name}" với nội dung khác. Phiên bản đã phát hành không nên sửa: hãy tăng "Phiên bản" trong sổ soạn mẫu, hoặc thêm --ghi-de nếu chắc chắn.`);
  }
  const updated = addToCatalogueIndex(index, catalogueEntryFor(template, name), today);
  // The template and the index that lists it are one set: both new, or both as they were.
  const set = new OutputSet();
  const encode = (t: string) => new TextEncoder().encode(t);
  set.stageBytes(set.claim(target, true), encode(text));
  set.stageBytes(set.claim(indexFile, true), encode(`${JSON.stringify(updated, null, 2)}\n`));
  set.commit();
  return target;
}

/** A period to show the preview with: the template's first standard kind, this year. */
function previewPeriod(template: ReportTemplate, today: IsoDate): ReportingPeriod {
  const { year } = splitIsoDate(today);
  const kind = template.periodKinds.find((k) => k !== 'custom');
  return kind ? makePeriod(kind, year) : makePeriod('custom', year, { from: `${year}-01-01`, to: `${year}-12-31` });
}
