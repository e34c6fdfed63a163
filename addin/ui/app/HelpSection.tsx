import { Link } from "@fluentui/react-components";
import { useId, useState } from "react";
import { useStrings } from "../i18n/locale.js";
import { useAppStyles } from "./app.styles.js";

/**
 * 使用说明 inside the page, for the standalone page mailed as one file: help.html is not beside it then, so its
 * text comes built in (addin/help/help.html's <main>, the same words, no script) and opens below the footer as a
 * disclosure. Not a modal dialog: Fluent's Dialog leaves tabster's focusable guard elements in the page, which axe
 * reports (aria-hidden-focus). The text is ours, from the build, never from a file the clerk chose.
 */
export function HelpSection({ html }: { readonly html: string }) {
  const s = useStrings();
  const styles = useAppStyles();
  const [open, setOpen] = useState(false);
  const regionId = useId();
  return (
    <>
      <Link as="button" aria-expanded={open} aria-controls={regionId} onClick={() => setOpen(!open)}>
        {s.help}
      </Link>
      {/* Only while open: closed, its text is not part of the page (search, copy, the pane's own checks). */}
      <section id={regionId} aria-label={s.help} hidden={!open} className={styles.helpSection}>
        {open && <div dangerouslySetInnerHTML={{ __html: html }} />}
      </section>
    </>
  );
}
