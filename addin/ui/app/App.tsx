import { FluentProvider, Select, Spinner, Text, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { Suspense, lazy, useId, useState } from "react";
import type { Locale } from "union-ledger";
import type { Host } from "../../host/host.js";
import { LocaleProvider } from "../i18n/locale.js";
import { STRINGS } from "../i18n/strings.js";

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

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  lang: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  footer: { padding: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground3 },
});

export interface AppProps {
  readonly host: Host;
  readonly initialLocale?: Locale;
  readonly templateBytes?: () => Promise<Uint8Array>;
}

/** The pane (or page): header with language choice, then the view for the host it runs in. */
export function App({ host, initialLocale = "zh-CN", templateBytes }: AppProps) {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const styles = useStyles();
  const langId = useId();
  const s = STRINGS[locale];
  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
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
        <Suspense fallback={<Spinner size="tiny" />}>
          {host.kind === "excel" ? (
            <ExcelView host={host.workbook} {...(templateBytes ? { templateBytes } : {})} />
          ) : host.kind === "word" ? (
            <WordView host={host.document} />
          ) : (
            <StandaloneView />
          )}
        </Suspense>
        <footer className={styles.footer}>
          <Text size={200}>{s.offlineNote}</Text>
        </footer>
      </LocaleProvider>
    </FluentProvider>
  );
}
