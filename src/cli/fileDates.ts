import * as fs from 'node:fs';
import { makeIsoDate, type IsoDate } from '../core/text/calendarDate';

/** The file's modification day in local time: when it was saved into the folder. */
export function fileModifiedOn(file: string): IsoDate {
  const t = fs.statSync(file).mtime;
  return makeIsoDate(t.getFullYear(), t.getMonth() + 1, t.getDate())!;
}
