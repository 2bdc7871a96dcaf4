import * as fs from 'node:fs';
import { localIsoDate, type IsoDate } from '../core/text/calendarDate';

/** The file's modification day in local time: when it was saved into the folder. */
export function fileModifiedOn(file: string): IsoDate {
  return localIsoDate(fs.statSync(file).mtime);
}
