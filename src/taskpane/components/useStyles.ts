import { makeStyles, tokens } from '@fluentui/react-components';

/** Layout that holds from 320 to 450 px: one column, full-width controls, wrapping button rows. */
export const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: 'center' },
  twoColumns: { display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)', columnGap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  dropZone: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalL,
    textAlign: 'center',
    cursor: 'pointer',
    ':focus-visible': { outline: `2px solid ${tokens.colorBrandStroke1}` },
  },
  dropZoneActive: { backgroundColor: tokens.colorBrandBackground2, border: `2px dashed ${tokens.colorBrandStroke1}` },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  cell: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '4px 2px', verticalAlign: 'top', textAlign: 'left' },
  /** The first row of a table row's pair (what was read, then the choice under it): no line between them. */
  cellTop: { padding: '4px 2px 0', verticalAlign: 'top', textAlign: 'left' },
  fullWidth: { width: '100%', minWidth: 0 },
  /** A table whose columns keep the pane's width whatever a cell holds (a list of long titles). */
  fixedTable: { tableLayout: 'fixed', overflowWrap: 'anywhere' },
  contact: { margin: 0, color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  issueButton: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'flex-start',
    width: '100%',
    textAlign: 'left',
    background: 'none',
    border: 'none',
    padding: '6px 4px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    font: 'inherit',
    color: 'inherit',
  },
  clickable: { cursor: 'pointer', ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover }, ':focus-visible': { outline: `2px solid ${tokens.colorBrandStroke1}` } },
  groupTitle: { marginTop: tokens.spacingVerticalS, fontWeight: tokens.fontWeightSemibold },
});
