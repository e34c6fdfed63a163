import { Checkbox, Field, Text, Textarea } from "@fluentui/react-components";
import { useStrings } from "../i18n/locale.js";
import { useAcknowledgementStyles } from "./acknowledgement.styles.js";
import { LabelledMessageBar } from "./Notice.js";
import type { AcknowledgementState } from "./use-acknowledgement.js";

export interface AcknowledgementProps {
  readonly state: AcknowledgementState;
  /** What the button does, as the tick confirms it ("插入年度总结"): the tick and the button say the same. */
  readonly action: string;
}

/**
 * The errors warning with the tick and the reason (Word pane, standalone page); once a report was written with the
 * reason, a plain statement of what the document says. Nothing when the workbook has no errors.
 */
export function Acknowledgement({ state, action }: AcknowledgementProps) {
  const s = useStrings();
  const styles = useAcknowledgementStyles();
  if (state.errors === 0) return null;
  if (state.written && state.given !== undefined)
    return (
      <section className={styles.root}>
        <Text>{s.acknowledgedWritten(state.errors, state.given)}</Text>
      </section>
    );
  return (
    <section className={styles.root}>
      <LabelledMessageBar intent="warning">{s.errorsBlock(state.errors)}</LabelledMessageBar>
      <Checkbox
        checked={state.acknowledged}
        onChange={(_, d) => state.setAcknowledged(d.checked === true)}
        label={s.acknowledge(action)}
      />
      <Field label={s.reason} required={state.acknowledged}>
        <Textarea
          value={state.reason}
          placeholder={s.reasonPlaceholder}
          onChange={(_, d) => state.setReason(d.value)}
          disabled={!state.acknowledged}
        />
      </Field>
    </section>
  );
}

/**
 * Beside a held-back button: why it does nothing yet. The button names it with aria-describedby={id} and stays
 * focusable (Fluent's disabledFocusable), so a keyboard or screen-reader user finds the reason too.
 */
export function HoldbackHint({ state, id }: { readonly state: AcknowledgementState; readonly id: string }) {
  const s = useStrings();
  const styles = useAcknowledgementStyles();
  if (state.holdback === undefined) return null;
  return (
    <Text id={id} className={styles.hint}>
      {state.holdback === "unacknowledged" ? s.holdbackErrors(state.errors) : s.holdbackReason}
    </Text>
  );
}
