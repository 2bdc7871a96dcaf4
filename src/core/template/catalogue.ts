import * as z from 'zod';
import { makeIssue, type Issue } from '../issues/Issue';
import type { IsoDate } from '../text/calendarDate';
import { formatPath, parseJsonText, parseReportTemplateText } from './parseReportTemplate';
import type { ReportTemplate } from './ReportTemplate';
import type { AvailableTemplate } from './availableTemplates';
import { compareVietnamese } from '../text/compareVietnamese';

/**
 * A catalogue is a folder (or a folder at the add-in's web origin) holding `index.json` and one
 * JSON file per template version. The office that hosts the add-in publishes a template by
 * adding its file and a line in the index; units' task panes pull it from there.
 */
export const CATALOGUE_INDEX = 'index.json';

const entrySchema = z
  .object({
    file: z.string().regex(/^(?!.*\.\.)[\p{L}\p{N}_.\- /]+\.json$/u),
    id: z.string().min(1),
    version: z.int().min(1),
    title: z.string().min(1),
    issuer: z.string().min(1),
    published: z.iso.date().optional(),
  })
  .strict();

const indexSchema = z
  .object({
    $schema: z.string().optional(),
    title: z.string().optional(),
    publisher: z.string().optional(),
    updated: z.iso.date().optional(),
    templates: z.array(entrySchema),
  })
  .strict();

export type CatalogueEntry = z.output<typeof entrySchema>;
export type CatalogueIndex = z.output<typeof indexSchema>;

export interface LoadedCatalogue {
  index: CatalogueIndex | null;
  templates: AvailableTemplate[];
  issues: Issue[];
}

/** Reads a catalogue through a reader of its files (the file system, or fetch at the add-in's origin). */
export async function loadCatalogue(readText: (file: string) => Promise<string>): Promise<LoadedCatalogue> {
  let text: string;
  try {
    text = await readText(CATALOGUE_INDEX);
  } catch (error) {
    return { index: null, templates: [], issues: [makeIssue('CATALOGUE_UNREADABLE', {}, { detail: describeError(error) })] };
  }
  const index = parseCatalogueIndex(text);
  if (!index.ok) return { index: null, templates: [], issues: index.issues };
  const issues: Issue[] = [];
  const templates: AvailableTemplate[] = [];
  const read = await Promise.all(
    index.index.templates.map(async (entry) => {
      try {
        return { entry, text: await readText(entry.file) };
      } catch (error) {
        return { entry, error: describeError(error) };
      }
    }),
  );
  for (const r of read) {
    if ('error' in r) {
      issues.push(makeIssue('CATALOGUE_FILE_UNREADABLE', {}, { file: r.entry.file, detail: r.error ?? '' }));
      continue;
    }
    const parsed = parseReportTemplateText(r.text);
    if (!parsed.ok) {
      issues.push(makeIssue('CATALOGUE_FILE_UNREADABLE', {}, { file: r.entry.file, detail: `${parsed.issues.length} lỗi, ví dụ ${parsed.issues[0].params.path ?? ''} ${parsed.issues[0].params.detail ?? parsed.issues[0].code}`.trim() }));
      continue;
    }
    const t = parsed.template;
    if (t.id !== r.entry.id || t.version !== r.entry.version) {
      issues.push(makeIssue('CATALOGUE_ENTRY_MISMATCH', {}, { file: r.entry.file, listed: `${r.entry.id}@${r.entry.version}`, found: `${t.id}@${t.version}` }));
      continue;
    }
    templates.push({ template: { ...t, published: t.published ?? r.entry.published }, source: 'catalogue', file: r.entry.file });
  }
  return { index: index.index, templates, issues };
}

export function parseCatalogueIndex(text: string): { ok: true; index: CatalogueIndex } | { ok: false; issues: Issue[] } {
  const json = parseJsonText(text);
  if ('error' in json) return { ok: false, issues: [makeIssue('CATALOGUE_UNREADABLE', {}, { detail: `${CATALOGUE_INDEX} không phải JSON hợp lệ: ${json.error}` })] };
  const parsed = indexSchema.safeParse(json.data);
  if (!parsed.success) {
    return { ok: false, issues: [makeIssue('CATALOGUE_UNREADABLE', {}, { detail: `${CATALOGUE_INDEX} sai ở "${formatPath(parsed.error.issues[0].path)}"` })] };
  }
  return { ok: true, index: parsed.data };
}

/** The index entry for a template file placed in a catalogue. */
export function catalogueEntryFor(template: ReportTemplate, file: string): CatalogueEntry {
  return { file, id: template.id, version: template.version, title: template.title, issuer: template.issuer, ...(template.published ? { published: template.published } : {}) };
}

/** The index with this entry added, or replacing the one for the same id and version. */
export function addToCatalogueIndex(index: CatalogueIndex | null, entry: CatalogueEntry, updated: IsoDate): CatalogueIndex {
  const others = (index?.templates ?? []).filter((e) => !(e.id === entry.id && e.version === entry.version));
  return { ...(index ?? {}), updated, templates: [...others, entry].sort((a, b) => compareVietnamese(a.id, b.id) || b.version - a.version) };
}

/** The file name a template version is published under: "hn-kl01.v2.json". */
export function templateFileName(template: Pick<ReportTemplate, 'id' | 'version'>): string {
  return `${template.id}.v${template.version}.json`;
}


function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
