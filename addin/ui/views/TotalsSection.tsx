import { useId } from "react";
import type { Totals } from "union-ledger";
import { TotalsPanel } from "../components/TotalsPanel.js";
import { useStrings } from "../i18n/locale.js";
import { useViewStyles } from "./view.styles.js";

/** 数据一览 under its heading: the same section in the Excel, Word and standalone views. */
export function TotalsSection({ totals }: { readonly totals: Totals }) {
  const s = useStrings();
  const styles = useViewStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {s.totals}
      </h2>
      <TotalsPanel totals={totals} />
    </section>
  );
}
