import { makeStyles, tokens } from "@fluentui/react-components";

export const useBusyStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  line: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  stage: { color: tokens.colorNeutralForeground2 },
  cancel: { marginLeft: "auto" },
});
