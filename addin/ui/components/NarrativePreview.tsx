import { Button, Field, Text, Textarea, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import { useStrings } from "../i18n/locale.js";

const useStyles = makeStyles({ text: { minHeight: "220px", width: "100%" } });

/** The narrative as plain text, read-only, with a copy button (for clerks who paste into WPS). */
export function NarrativePreview({ text }: { readonly text: string }) {
  const s = useStrings();
  const styles = useStyles();
  const [copied, setCopied] = useState(false);
  const copy = async (): Promise<void> => {
    await navigator.clipboard.writeText(text);
    setCopied(true);
  };
  return (
    <div>
      <Field label={s.narrative}>
        <Textarea className={styles.text} value={text} readOnly resize="vertical" />
      </Field>
      <Button onClick={() => void copy().catch(() => setCopied(false))}>{s.copy}</Button>
      {copied && <Text role="status">{s.copied}</Text>}
    </div>
  );
}
