import { makeStyles, tokens } from "@fluentui/react-components";

/** The question's three answers: each on one line (a sheet name in quotes must not break), wrapping as a row. */
export const useSheetQuestionStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", rowGap: tokens.spacingVerticalXS },
  answer: { whiteSpace: "nowrap" },
});
