import { Button, MessageBarActions } from "@fluentui/react-components";
import { LabelledMessageBar } from "../../components/Notice.js";
import { useStrings } from "../../i18n/locale.js";

/** The results on screen predate an edit of the ledger sheets: say so, and offer the check again. */
export function StaleBanner({ onRecheck, disabled }: { readonly onRecheck: () => void; readonly disabled: boolean }) {
  const s = useStrings();
  return (
    <LabelledMessageBar
      intent="warning"
      actions={
        <MessageBarActions>
          <Button onClick={onRecheck} disabled={disabled}>
            {s.revalidate}
          </Button>
        </MessageBarActions>
      }
    >
      {s.stale}
    </LabelledMessageBar>
  );
}
