import { Button, Text } from "@fluentui/react-components";
import { useId, useRef } from "react";
import { useStrings } from "../i18n/locale.js";
import { useWelcome } from "./use-welcome.js";
import { useWelcomeStyles } from "./welcome.styles.js";

export interface WelcomeProps {
  /** Which pane this is: the lines say what it does there. */
  readonly host: "excel" | "word" | "none";
  /** Opens the bundled example; undefined where it cannot (Excel without createWorkbook). */
  readonly onExample: (() => void) | undefined;
  readonly disabled?: boolean;
}

/** The first screen: what the pane does in this host, the example to try, and 知道了. */
export function Welcome({ host, onExample, disabled }: WelcomeProps) {
  const s = useStrings();
  const styles = useWelcomeStyles();
  const headingId = useId();
  const ref = useRef<HTMLElement>(null);
  const { shown, dismiss } = useWelcome();
  if (!shown) return null;

  // The card goes away with the focused button in it: focus the view around it, not <body>.
  const close = (): void => {
    const main = ref.current?.closest("main");
    dismiss();
    if (main) {
      main.tabIndex = -1;
      main.focus();
    }
  };
  const lines = host === "excel" ? s.welcomeExcel : host === "word" ? s.welcomeWord : s.welcomeStandalone;
  return (
    <section ref={ref} className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {s.welcomeTitle}
      </h2>
      <ul className={styles.list}>
        {lines.map((line) => (
          <li key={line}>
            <Text>{line}</Text>
          </li>
        ))}
      </ul>
      {!onExample && host === "excel" && <Text>{s.exampleUnavailable}</Text>}
      <div className={styles.actions}>
        {onExample && (
          <Button
            appearance="primary"
            disabled={disabled === true}
            onClick={() => {
              close();
              onExample();
            }}
          >
            {s.tryExample}
          </Button>
        )}
        <Button onClick={close}>{s.dismissWelcome}</Button>
      </div>
    </section>
  );
}
