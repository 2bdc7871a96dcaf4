import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { makeIssue, type Issue } from '../../core/issues/Issue';
import { BUILTIN_TEMPLATES } from '../../core/template/builtinTemplates';
import { loadCatalogue, type CatalogueIndex } from '../../core/template/catalogue';
import { mergeAvailableTemplates, type AvailableTemplate } from '../../core/template/availableTemplates';
import { templateKey } from '../../core/template/templateKey';
import { parseReportTemplate, parseReportTemplateText } from '../../core/template/parseReportTemplate';
import type { ReportTemplate } from '../../core/template/ReportTemplate';
import { storageFull } from '../host/browserFaults';
import { formatDate, type IsoDate } from '../../core/text/calendarDate';

/** Reads a file of the catalogue published at the add-in's own origin ("catalogue/index.json"). */
export type CatalogueReader = (file: string) => Promise<string>;

/** What is kept between sessions: the last pulled catalogue and templates opened by hand. */
export interface SavedLibrary {
  fetchedOn?: IsoDate;
  index?: CatalogueIndex;
  /** Template definitions as JSON data: checked again on every load, never trusted as stored. */
  pulled: unknown[];
  opened: { file: string; data: unknown }[];
}

export interface LibraryStore {
  load(): SavedLibrary | null;
  /** Saves the library; the reason when the browser refused (storage full), told to the user. */
  save(library: SavedLibrary, what: string): Issue | null;
}

export type CatalogueStatus =
  | { kind: 'loading' }
  | { kind: 'online'; fetchedOn: IsoDate; index: CatalogueIndex; issues: Issue[] }
  | { kind: 'offline'; fetchedOn?: IsoDate; index?: CatalogueIndex; issues: Issue[] }
  | { kind: 'none' };

export interface TemplateLibrary {
  available: AvailableTemplate[];
  templates: ReportTemplate[];
  status: CatalogueStatus;
  refresh(): Promise<void>;
  /** False in the single-file page: no catalogue is pulled over the network there, only picked by hand. */
  canRefresh: boolean;
  /** A catalogue picked by hand (its index.json with the template files it lists), read as if pulled. */
  openCatalogue(files: { name: string; bytes: Uint8Array }[]): Promise<void>;
  /** A template file the user picked (sent by email or Zalo): added, or the reasons it was refused. */
  openFile(name: string, bytes: Uint8Array): { ok: true; template: ReportTemplate; unsaved?: Issue } | { ok: false; issues: Issue[] };
}

const STORAGE_KEY = 'tonghop.templateLibrary.v1';

/** localStorage under one key; a broken or missing store just means nothing was saved. */
export function createLibraryStore(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage): LibraryStore {
  return {
    load() {
      try {
        const raw = storage?.getItem(STORAGE_KEY);
        const data = raw ? (JSON.parse(raw) as SavedLibrary) : null;
        return data && Array.isArray(data.pulled) && Array.isArray(data.opened) ? data : null;
      } catch {
        return null;
      }
    },
    save(library, what) {
      try {
        storage?.setItem(STORAGE_KEY, JSON.stringify(library));
        return null;
      } catch (error) {
        // A full or disabled storage costs only the offline copy; a full one is told.
        return storageFull(error, what);
      }
    },
  };
}

/** The catalogue at the page's own origin: same origin, so the page's CSP stays connect-src 'self'. */
export function createCatalogueReader(base = 'catalogue/'): CatalogueReader {
  return async (file) => {
    const response = await fetch(`${base}${encodeURIComponent(file)}`, { cache: 'no-store', credentials: 'same-origin' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.text();
  };
}

function revive(data: readonly unknown[], source: 'catalogue' | 'file', files?: readonly string[]): AvailableTemplate[] {
  return data.flatMap((d, i) => {
    const parsed = parseReportTemplate(d);
    return parsed.ok ? [{ template: parsed.template, source, ...(files ? { file: files[i] } : {}) }] : [];
  });
}

const BUILTIN: AvailableTemplate[] = BUILTIN_TEMPLATES.map((template) => ({ template, source: 'builtin' }));

/**
 * The templates the pane offers: built in, pulled from the catalogue (kept for offline use) and
 * opened from files. It shows the saved catalogue at once, then pulls the current one.
 */
export function useTemplateLibrary(read: CatalogueReader | null, store: LibraryStore, today: () => IsoDate): TemplateLibrary {
  const saved = useRef<SavedLibrary>(store.load() ?? { pulled: [], opened: [] });
  const [pulled, setPulled] = useState<AvailableTemplate[]>(() => revive(saved.current.pulled, 'catalogue'));
  const [opened, setOpened] = useState<AvailableTemplate[]>(() =>
    revive(
      saved.current.opened.map((o) => o.data),
      'file',
      saved.current.opened.map((o) => o.file),
    ),
  );
  const [status, setStatus] = useState<CatalogueStatus>({ kind: 'loading' });

  const pull = useCallback(
    async (from: CatalogueReader) => {
      setStatus({ kind: 'loading' });
      const loaded = await loadCatalogue(from);
      const previous = saved.current;
      if (!loaded.index) {
        const detail = loaded.issues[0] ? String(loaded.issues[0].params.detail ?? '') : '';
        const issues = previous.fetchedOn ? [makeIssue('CATALOGUE_OFFLINE', {}, { detail, date: formatDate(previous.fetchedOn) })] : loaded.issues;
        setStatus(previous.fetchedOn || loaded.issues.length > 0 ? { kind: 'offline', fetchedOn: previous.fetchedOn, index: previous.index, issues } : { kind: 'none' });
        return;
      }
      const fetchedOn = today();
      saved.current = { ...previous, fetchedOn, index: loaded.index, pulled: loaded.templates.map((t) => t.template) };
      const unsaved = store.save(saved.current, 'bản danh mục mẫu để dùng khi không có mạng');
      setPulled(loaded.templates);
      setStatus({ kind: 'online', fetchedOn, index: loaded.index, issues: unsaved ? [...loaded.issues, unsaved] : loaded.issues });
    },
    [store, today],
  );
  const refresh = useCallback(async () => (read ? pull(read) : undefined), [read, pull]);
  const openCatalogue = useCallback(
    (files: { name: string; bytes: Uint8Array }[]) => {
      const texts = new Map(files.map((f) => [f.name, new TextDecoder('utf-8').decode(f.bytes)]));
      return pull(async (file) => {
        const text = texts.get(file);
        if (text === undefined) throw new Error(`chưa chọn tệp "${file}"`);
        return text;
      });
    },
    [pull],
  );

  useEffect(() => {
    if (read) void refresh();
    else setStatus({ kind: 'none' });
  }, [read, refresh]);

  const openFile = useCallback(
    (name: string, bytes: Uint8Array) => {
      const parsed = parseReportTemplateText(new TextDecoder('utf-8').decode(bytes));
      if (!parsed.ok) return { ok: false as const, issues: parsed.issues };
      const template = parsed.template;
      const key = templateKey(template);
      // Stored data was written by this code; reading its id and version needs no new check.
      const others = saved.current.opened.filter((o) => templateKey(o.data as ReportTemplate) !== key);
      saved.current = { ...saved.current, opened: [...others, { file: name, data: template }] };
      const unsaved = store.save(saved.current, 'mẫu này để dùng lần sau') ?? undefined;
      setOpened((list) => [...list.filter((t) => templateKey(t.template) !== key), { template, source: 'file', file: name }]);
      return { ok: true as const, template, unsaved };
    },
    [store],
  );

  const available = useMemo(() => mergeAvailableTemplates(BUILTIN, pulled, opened), [pulled, opened]);
  const templates = useMemo(() => available.map((a) => a.template), [available]);
  return { available, templates, status, refresh, canRefresh: read !== null, openCatalogue, openFile };
}
