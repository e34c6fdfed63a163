import { Link, Text } from "@fluentui/react-components";
import { useStrings } from "../../i18n/locale.js";

/** The offline page, built next to the task pane (webpack.config.js); it offers the blank template. */
const STANDALONE_PAGE = "standalone.html";

/**
 * Excel without ExcelApi 1.8 has no `Excel.createWorkbook`, so the pane has no 用标准模板新建工作簿 button: say
 * why, and where a blank ledger comes from instead.
 */
export function NewWorkbookUnavailable() {
  const s = useStrings();
  return (
    <Text as="p" size={200}>
      {s.newWorkbookUnavailable}{" "}
      <Link href={STANDALONE_PAGE} target="_blank" rel="noopener noreferrer">
        {s.openStandalone}
        {s.opensNewWindow}
      </Link>
    </Text>
  );
}
