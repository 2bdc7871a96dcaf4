import { sheetJsInflateRaw } from '../../adapters/sheetjs/readWorkbookGrid';
import { readWordFile } from '../../adapters/word/readWordFile';
import { isWordReport } from '../../adapters/word/sniffWordFile';
import type { WordFileReader } from '../../app/checkFileBytes';

/** Word reports read in the page: .docx and web pages; an old .doc is refused with what to do (open it in Word, save as .docx). */
export const browserWordReader: WordFileReader = {
  recognises: isWordReport,
  read: (bytes, name) => readWordFile(bytes, name, { inflate: sheetJsInflateRaw }),
};
