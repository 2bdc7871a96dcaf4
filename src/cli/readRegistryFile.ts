import * as path from 'node:path';
import { sheetJs } from './loadAdapters';
import { readRegistryJson } from '../core/registry/registryFromRows';
import type { Issue } from '../core/issues/Issue';
import { formatIssue } from '../core/issues/issueMessages';
import type { UnitRegistry } from '../core/registry/UnitRegistry';
import { UserError, readInputFile } from './fileIo';

/** Reads the office's list of units from a file on disk; problems with rows come back as warnings. */
export function readRegistryFile(file: string): { registry: UnitRegistry; issues: Issue[] } {
  const bytes = readInputFile(file, `Không tìm thấy danh sách đơn vị "${file}".`);
  // A JSON list needs no spreadsheet reader, and the round need not wait for one to load.
  const result = path.extname(file).toLowerCase() === '.json' ? readRegistryJson(bytes, path.basename(file)) : sheetJs().readRegistryBytes(bytes, path.basename(file));
  if (!result.ok) throw new UserError(result.issues.map(formatIssue).join(' '));
  return { registry: result.registry, issues: result.issues };
}
