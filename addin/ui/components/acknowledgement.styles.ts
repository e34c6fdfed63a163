import { makeStyles, tokens } from "@fluentui/react-components";

export const useAcknowledgementStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // Beside the held-back button: the reason it does nothing yet, in the warning colour of the text (not only colour:
  // the words say it), readable in forced colours.
  hint: { color: tokens.colorPaletteDarkOrangeForeground1, alignSelf: "center" },
});
