import { FluentProvider, Select, Spinner, mergeClasses } from "@fluentui/react-components";
import { Suspense, lazy, useId, useState } from "react";
import type { Locale } from "union-ledger";
import type { Host } from "../../host/host.js";
import { LocaleProvider } from "../i18n/locale.js";
import { STRINGS } from "../i18n/strings.js";
import { AppFooter } from "./AppFooter.js";
import { useAppStyles } from "./app.styles.js";
import { FLUENT_THEMES, type OfficeThemeColors } from "./theme.js";
import { useAppTheme } from "./use-app-theme.js";

// Each host loads only its own view: the Excel pane never downloads the .docx writer.
const ExcelView = lazy(() =>
  import(/* webpackChunkName: "excel-view" */ "../views/excel/ExcelView.js").then((m) => ({ default: m.ExcelView })),
);
const WordView = lazy(() =>
  import(/* webpackChunkName: "word-view" */ "../views/word/WordView.js").then((m) => ({ default: m.WordView })),
);
const StandaloneView = lazy(() =>
  import(/* webpackChunkName: "standalone-view" */ "../views/standalone/StandaloneView.js").then((m) => ({
    default: m.StandaloneView,
  })),
);

export interface AppProps {
  readonly host: Host;
  readonly initialLocale?: Locale;
  readonly templateBytes?: () => Promise<Uint8Array>;
  /** Office's theme, read when needed (the task pane: Office.context.officeTheme); none on the standalone page. */
  readonly officeTheme?: () => OfficeThemeColors | undefined;
  /** Office's openBrowserWindow, where the host has it (links to 使用说明 open in the browser, not in the pane). */
  readonly openBrowserWindow?: (url: string) => void;
  /** 使用说明 built into the page (the standalone page): see AppFooter. */
  readonly helpHtml?: string;
}

/** The pane (or page): header with language choice, the view for the host it runs in, then help and versions. */
export function App({
  host,
  initialLocale = "zh-CN",
  templateBytes,
  officeTheme,
  openBrowserWindow,
  helpHtml,
}: AppProps) {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const theme = useAppTheme(officeTheme);
  const styles = useAppStyles();
  const langId = useId();
  const s = STRINGS[locale];
  return (
    <FluentProvider
      theme={FLUENT_THEMES[theme]}
      lang={locale}
      className={mergeClasses(styles.provider, theme === "dark" ? styles.dark : styles.light)}
      data-theme={theme}
    >
      <LocaleProvider locale={locale}>
        <header className={styles.header}>
          <h1 className={styles.title}>{s.appName}</h1>
          <div className={styles.lang}>
            <label htmlFor={langId}>{s.language}</label>
            <Select id={langId} value={locale} onChange={(_, d) => setLocale(d.value === "en" ? "en" : "zh-CN")}>
              <option value="zh-CN">中文</option>
              <option value="en">English</option>
            </Select>
          </div>
        </header>
        <div className={styles.body}>
          <Suspense fallback={<Spinner size="tiny" />}>
            {host.kind === "excel" ? (
              <ExcelView host={host.workbook} {...(templateBytes ? { templateBytes } : {})} />
            ) : host.kind === "word" ? (
              <WordView host={host.document} />
            ) : (
              <StandaloneView />
            )}
          </Suspense>
        </div>
        <AppFooter openBrowserWindow={openBrowserWindow} helpHtml={helpHtml} />
      </LocaleProvider>
    </FluentProvider>
  );
}
