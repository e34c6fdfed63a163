import { Button, Field, Text, Textarea, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import { useStrings } from "../i18n/locale.js";

const useStyles = makeStyles({ text: { minHeight: "220px", width: "100%" } });

/** The narrative as plain text, read-only, with a copy button (for clerks who paste into WPS). */
export function NarrativePreview({ text }: { readonly text: string }) {
  const s = useStrings();
  const styles = useStyles();
  const [result, setResult] = useState<"copied" | "failed">();
  // The clipboard may be refused (no permission in some webviews): the clerk is told to copy by hand.
  const copy = (): void => {
    navigator.clipboard.writeText(text).then(
      () => setResult("copied"),
      () => setResult("failed"),
    );
  };
  return (
    <div>
      <Field label={s.narrative}>
        <Textarea className={styles.text} value={text} readOnly resize="vertical" />
      </Field>
      <Button onClick={copy}>{s.copy}</Button>
      {result && <Text role="status">{result === "copied" ? s.copied : s.copyFailed}</Text>}
    </div>
  );
}
