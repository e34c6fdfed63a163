import { Link, Text } from "@fluentui/react-components";
import { TEMPLATE_VERSION } from "union-ledger";
import { useLocale, useStrings } from "../i18n/locale.js";
import { useAppStyles } from "./app.styles.js";
import { HelpSection } from "./HelpSection.js";
import { helpUrl } from "./help-link.js";
import { APP_VERSION } from "./version.js";

export interface AppFooterProps {
  /** Office's openBrowserWindow (OpenBrowserWindowApi 1.1) where the host has it: a link in the pane would open inside Office's webview. */
  readonly openBrowserWindow?: ((url: string) => void) | undefined;
  /** 使用说明 built in (the standalone page, one file with nothing beside it): shown in the page, not linked. */
  readonly helpHtml?: string | undefined;
}

/** What every page ends with: nothing leaves the machine, the 使用说明 link, and the versions. */
export function AppFooter({ openBrowserWindow, helpHtml }: AppFooterProps) {
  const s = useStrings();
  const locale = useLocale();
  const styles = useAppStyles();
  const url = helpUrl(locale);
  return (
    <footer className={styles.footer}>
      <Text size={200}>{s.offlineNote}</Text>
      <div className={styles.footerLine}>
        {helpHtml !== undefined ? (
          <HelpSection html={helpHtml} />
        ) : (
          <Link
            href={url}
            target="_blank"
            rel="noopener noreferrer"
            onClick={
              openBrowserWindow
                ? (e) => {
                    e.preventDefault();
                    openBrowserWindow(url);
                  }
                : undefined
            }
          >
            {s.help}
            <span className={styles.visuallyHidden}>{s.opensNewWindow}</span>
          </Link>
        )}
        <Text size={200}>{s.version(APP_VERSION, TEMPLATE_VERSION)}</Text>
      </div>
    </footer>
  );
}
