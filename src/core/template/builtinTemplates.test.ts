import { BUILTIN_DEFINITIONS, BUILTIN_TEMPLATES } from './builtinTemplates';
import { parseReportTemplate } from './parseReportTemplate';

describe('built-in templates', () => {
  it.each(BUILTIN_DEFINITIONS.map((data, i) => [i, data] as const))('definition %i passes the template checker without a change, so the program need not run it at start', (i, data) => {
    const result = parseReportTemplate(data);
    expect(result.issues).toEqual([]);
    expect(result.ok && result.template).toEqual(BUILTIN_TEMPLATES[i]);
    // NFC already, as the checker would make it.
    expect(JSON.stringify(BUILTIN_TEMPLATES[i]).normalize('NFC')).toBe(JSON.stringify(BUILTIN_TEMPLATES[i]));
  });

});
