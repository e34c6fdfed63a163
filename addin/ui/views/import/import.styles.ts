import { makeStyles, tokens } from "@fluentui/react-components";

/** The mapping table at task-pane width: the column's name wraps, the drop-down takes the room left. */
export const useImportStyles = makeStyles({
  sheet: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  table: { width: "100%", borderCollapse: "collapse", tableLayout: "fixed" },
  colSource: { width: "34%" },
  colBasis: { width: "22%" },
  th: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  rowHead: {
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    wordBreak: "break-all",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
  },
  cell: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}` },
  // "same header" wraps between its words, never inside one.
  basis: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "break-word",
  },
  select: { minWidth: 0, width: "100%" },
  letter: { color: tokens.colorNeutralForeground3, marginInlineEnd: tokens.spacingHorizontalXS },
  details: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  summary: { cursor: "pointer" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, wordBreak: "break-all" },
  fields: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  field: { flexGrow: 1, minWidth: "120px" },
});
