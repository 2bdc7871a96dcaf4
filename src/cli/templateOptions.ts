import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatIssue, formatIssueWithPlace } from '../core/issues/issueMessages';
import type { Issue } from '../core/issues/Issue';
import { BUILTIN_TEMPLATES } from '../core/template/builtinTemplates';
import { chooseRoundTemplate } from '../app/round/chooseRoundTemplate';
import type { LoadedCatalogue } from '../core/template/catalogue';
import { mergeAvailableTemplates, type AvailableTemplate } from '../core/template/availableTemplates';
import { templateKey } from '../core/template/templateKey';
import type { ReportTemplate } from '../core/template/ReportTemplate';
import { UserError } from './fileIo';

/** Where templates come from on the command line: built in, a catalogue folder, a file sent by hand. */
export interface TemplateFlags {
  mau?: string;
  danhMuc?: string;
  tepMau?: string;
  nhanPhienBan?: string;
}

export interface TemplateChoice {
  available: AvailableTemplate[];
  /** Every definition the reader may pick from, by id and version. */
  templates: ReportTemplate[];
  warnings: Issue[];
}

/** A catalogue folder on disk (index.json and template files), read like the task pane reads one over HTTP. */
export async function loadCatalogueFolder(folder: string): Promise<LoadedCatalogue> {
  const root = path.resolve(folder);
  // The catalogue's and the templates' checkers (zod schemas) load only when a catalogue is used.
  const { loadCatalogue } = await import('../core/template/catalogue');
  return loadCatalogue(async (file) => {
    const target = path.resolve(root, file);
    // An index naming "../x.json" must not reach outside its folder.
    if (path.relative(root, target).startsWith('..')) throw new Error(`"${file}" nằm ngoài thư mục danh mục`);
    return fs.promises.readFile(target, 'utf8');
  });
}

/** A template file (.json) given by path: checked like any other, or a clear refusal. */
export async function readTemplateFile(file: string): Promise<ReportTemplate> {
  if (!fs.existsSync(file)) throw new UserError(`Không tìm thấy tệp mẫu "${file}".`);
  const { parseReportTemplateText } = await import('../core/template/parseReportTemplate');
  const parsed = parseReportTemplateText(fs.readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new UserError(`Tệp mẫu "${file}" không dùng được:\n${parsed.issues.map((i) => `  - ${formatIssueWithPlace(i)}`).join('\n')}`);
  return parsed.template;
}

export async function resolveTemplates(flags: TemplateFlags): Promise<TemplateChoice> {
  const builtin: AvailableTemplate[] = BUILTIN_TEMPLATES.map((template) => ({ template, source: 'builtin' }));
  let pulled: AvailableTemplate[] = [];
  const warnings: Issue[] = [];
  if (flags.danhMuc) {
    if (!fs.existsSync(flags.danhMuc)) throw new UserError(`Không tìm thấy thư mục danh mục mẫu "${flags.danhMuc}".`);
    const catalogue = await loadCatalogueFolder(flags.danhMuc);
    if (!catalogue.index) throw new UserError(catalogue.issues.map(formatIssue).join('\n'));
    pulled = catalogue.templates;
    warnings.push(...catalogue.issues);
  }
  const opened: AvailableTemplate[] = flags.tepMau ? [{ template: await readTemplateFile(flags.tepMau), source: 'file', file: flags.tepMau }] : [];
  // A file given by hand wins over a catalogue copy of the same version.
  const available = mergeAvailableTemplates(opened, builtin, pulled);
  return { available, templates: available.map((a) => a.template), warnings };
}

/**
 * The template of the job: `--mau id` (newest version) or `id@version`; else the file given with
 * --tep-mau; else the newest version of the built-in template.
 */
export function chooseTemplate(flags: TemplateFlags, choice: TemplateChoice): ReportTemplate {
  const opened = flags.tepMau ? choice.available.find((a) => a.source === 'file')?.template : undefined;
  const found = chooseRoundTemplate(choice.templates, { key: flags.mau, opened });
  if (!found) throw new UserError(`Không có mẫu "${flags.mau}". Các mẫu hiện có: ${choice.templates.map(templateKey).join(', ')}.${flags.danhMuc ? ' Kiểm tra lại mã mẫu (và phiên bản sau dấu @).' : ' Mẫu mới phát hành: thêm --danh-muc <thư mục> hoặc --tep-mau <tệp.json>.'}`);
  return found;
}

/** Other versions of the round's template accepted with --nhan-phien-ban "1,2" or "tat-ca". */
export function chooseAcceptedVersions(flags: TemplateFlags, template: ReportTemplate, choice: TemplateChoice): ReportTemplate[] {
  if (!flags.nhanPhienBan) return [];
  const sameId = choice.templates.filter((t) => t.id === template.id && t.version !== template.version);
  if (/^(tat-ca|tất-cả|tất cả|all)$/i.test(flags.nhanPhienBan.trim())) return sameId;
  return flags.nhanPhienBan
    .split(/[,;\s]+/)
    .filter((v) => v !== '')
    .map((v) => {
      const version = Number(v);
      if (version === template.version) return null;
      const found = sameId.find((t) => t.version === version);
      if (!found) throw new UserError(`--nhan-phien-ban: không có phiên bản ${v} của mẫu "${template.id}". Các phiên bản hiện có: ${[template, ...sameId].map((t) => t.version).sort((a, b) => a - b).join(', ')}.`);
      return found;
    })
    .filter((t): t is ReportTemplate => t !== null);
}
