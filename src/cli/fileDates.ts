import * as fs from 'node:fs';
import { localIsoDate, type IsoDate } from '../core/text/calendarDate';
import { plausibleInstant, type IsoInstant } from '../core/text/instant';

/** The file's modification day in local time: when it was saved into the folder. */
export function fileModifiedOn(file: string): IsoDate {
  return localIsoDate(fs.statSync(file).mtime);
}

/** The file's modification instant: which of two files of one unit was saved last. */
export function fileModifiedAt(file: string): IsoInstant | undefined {
  return plausibleInstant(fs.statSync(file).mtime);
}
