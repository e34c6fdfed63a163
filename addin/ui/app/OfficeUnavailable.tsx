import { FluentProvider, Link, mergeClasses } from "@fluentui/react-components";
import type { Locale } from "union-ledger";
import { STRINGS } from "../i18n/strings.js";
import { useAppStyles } from "./app.styles.js";
import { useOfficeUnavailableStyles } from "./office-unavailable.styles.js";
import { FLUENT_THEMES } from "./theme.js";
import { useAppTheme } from "./use-app-theme.js";

/** Why the pane cannot start: office.js never defined `Office`, or Office.onReady did not resolve in time. */
export type OfficeProblem = { readonly kind: "missing" } | { readonly kind: "timeout"; readonly seconds: number };

/** The offline page, built next to the task pane (webpack.config.js). */
const STANDALONE_PAGE = "standalone.html";

/**
 * The task pane without Office: says what happened and where to go instead, never a blank page. Plain
 * text and one link; no Office call (there is no Office), the theme from the browser.
 */
export function OfficeUnavailable({ problem, locale }: { readonly problem: OfficeProblem; readonly locale: Locale }) {
  const s = STRINGS[locale];
  const theme = useAppTheme();
  const app = useAppStyles();
  const styles = useOfficeUnavailableStyles();
  const title = problem.kind === "missing" ? s.officeMissingTitle : s.officeTimeoutTitle;
  const text = problem.kind === "missing" ? s.officeMissing : s.officeTimeout(problem.seconds);
  return (
    <FluentProvider
      theme={FLUENT_THEMES[theme]}
      lang={locale}
      className={mergeClasses(app.provider, theme === "dark" ? app.dark : app.light)}
    >
      <header className={app.header}>
        <h1 className={app.title}>{s.appName}</h1>
      </header>
      <main className={styles.root}>
        <section className={styles.problem} role="alert" aria-labelledby="office-problem-h">
          <h2 id="office-problem-h" className={styles.heading}>
            {title}
          </h2>
          <p className={styles.text}>{text}</p>
        </section>
        <p className={styles.text}>{s.officeFallback}</p>
        <p className={styles.text}>
          <Link href={STANDALONE_PAGE} target="_blank" rel="noopener noreferrer">
            {s.openStandalone}
            <span className={app.visuallyHidden}>{s.opensNewWindow}</span>
          </Link>
        </p>
        <p className={styles.text}>{s.officeAskAdmin}</p>
      </main>
    </FluentProvider>
  );
}
