import { makeStyles, tokens } from "@fluentui/react-components";

export const useFindingsListStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  groupTitle: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  item: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    width: "100%",
    textAlign: "start",
    // Chinese messages wrap anywhere; nothing is clipped at task-pane width (350 px).
    whiteSpace: "normal",
    wordBreak: "break-word",
    height: "auto",
    minHeight: "32px",
    justifyContent: "flex-start",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  // A finding without a cell takes focus only from script (after 显示全部), so Fluent's keyboard-mode
  // ring (data-fui-focus-visible, set on Tab) does not reach it: the browser's :focus-visible does.
  static: {
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": {
      outlineStyle: "solid",
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
  cell: { fontFamily: tokens.fontFamilyMonospace, minWidth: "3.5em", flexShrink: 0 },
  message: { flexGrow: 1, fontWeight: tokens.fontWeightRegular },
});
