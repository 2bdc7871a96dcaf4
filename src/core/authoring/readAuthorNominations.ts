import type { CellAddress } from '../issues/Issue';
import type { NominationColumnDef, ReportTemplate } from '../template/ReportTemplate';
import type { TableRow } from './readAuthorTable';
import { LIST_COLUMNS, LIST_NAMES, NOMINATION_COLUMNS } from './authorLayout';
import type { AuthorReader } from './makeAuthorReader';

type ListRow = TableRow<(typeof LIST_COLUMNS)[number]['key']>;
type NominationRow = TableRow<(typeof NOMINATION_COLUMNS)[number]['key']>;

/** The lists sheet: the kinds of nominees (with how many each unit proposes) and the forms of recognition. */
function readAuthorLists(lists: ListRow[], paths: Map<string, CellAddress>, reader: AuthorReader) {
  const { integer, choose } = reader;
  const kinds: string[] = [];
  const forms: string[] = [];
  const expected: { kind: string; count: number }[] = [];
  lists.forEach((row) => {
    const list = choose(row, 'list', LIST_NAMES);
    const value = row.text('value');
    if (list === 'kinds') {
      paths.set(`nominations.kinds[${kinds.length}]`, row.cell('value'));
      kinds.push(value);
      const count = integer(row, 'count', undefined);
      if (count !== undefined) {
        paths.set(`nominations.expected[${expected.length}].kind`, row.cell('value'));
        paths.set(`nominations.expected[${expected.length}].count`, row.cell('count'));
        expected.push({ kind: value, count });
      }
    } else if (list === 'forms') {
      paths.set(`nominations.forms[${forms.length}]`, row.cell('value'));
      forms.push(value);
    }
  });
  const lastListRow = lists.length > 0 ? lists[lists.length - 1].cell('list') : undefined;
  if (lastListRow) {
    paths.set('nominations.kinds', lastListRow);
    paths.set('nominations.forms', lastListRow);
  }
  return { kinds, forms, expected };
}

/** The nominations sheet: the columns of the table units fill. */
function readAuthorNominationColumns(nominations: NominationRow[], paths: Map<string, CellAddress>, reader: AuthorReader): NominationColumnDef[] {
  const { integer, yesNo, choose } = reader;
  const columns: NominationColumnDef[] = [];
  nominations.forEach((row) => {
    const at = `nominations.columns[${columns.length}]`;
    for (const c of NOMINATION_COLUMNS) paths.set(`${at}.${c.key}`, row.cell(c.key));
    paths.set(at, row.cell('code'));
    const choicesText = row.text('choices');
    const choices = choicesText === '' ? undefined : choose(row, 'choices', LIST_NAMES);
    columns.push({
      code: row.text('code'),
      label: row.text('label'),
      required: yesNo(row, 'required'),
      ...(choices ? { choices } : {}),
      width: integer(row, 'width', 20, 4) ?? 20,
    });
  });
  return columns;
}

/** The nominations part of the template but its title and rows (settings): the lists, then the columns. */
export function readAuthorNominations(
  lists: ListRow[],
  nominations: NominationRow[],
  paths: Map<string, CellAddress>,
  reader: AuthorReader,
): Pick<ReportTemplate['nominations'], 'kinds' | 'forms' | 'expected' | 'columns'> {
  const { kinds, forms, expected } = readAuthorLists(lists, paths, reader);
  const columns = readAuthorNominationColumns(nominations, paths, reader);
  return { kinds, forms, expected, columns };
}
