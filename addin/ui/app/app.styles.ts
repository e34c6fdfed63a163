import { makeStyles, tokens } from "@fluentui/react-components";

/** The shell around every view: the provider fills the page (a dark theme reaches the bottom), header, footer. */
export const useAppStyles = makeStyles({
  provider: { minHeight: "100vh", display: "flex", flexDirection: "column" },
  // Native controls (the file input, scroll bars) follow the theme too.
  light: { colorScheme: "light" },
  dark: { colorScheme: "dark" },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  lang: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  body: { flexGrow: 1 },
  footer: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground3,
  },
  // The built-in 使用说明 (HelpSection): the whole width of the footer, after the link and the versions.
  helpSection: {
    flexBasis: "100%",
    order: 1,
    color: tokens.colorNeutralForeground1,
    lineHeight: tokens.lineHeightBase400,
  },
  footerLine: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  // Read by screen readers, not shown: "opens in a new window" after the help link's text.
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});
