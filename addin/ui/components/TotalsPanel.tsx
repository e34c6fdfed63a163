import { Text } from "@fluentui/react-components";
import { Suspense, lazy } from "react";
import { chartSpecs, collectionRateText, memberParts, type Totals } from "union-ledger";
import { useStrings } from "../i18n/locale.js";
import { Typeset } from "../i18n/typeset.js";
import { useTotalsPanelStyles } from "./totals-panel.styles.js";

// ECharts is the largest part of a view: loaded after the totals are on screen.
const MiniChart = lazy(() =>
  import(/* webpackChunkName: "mini-chart" */ "./MiniChart.js").then((m) => ({ default: m.MiniChart })),
);

/** Totals at a glance, with the monthly chart of the report. */
export function TotalsPanel({ totals }: { readonly totals: Totals }) {
  const s = useStrings();
  const styles = useTotalsPanelStyles();
  const t = totals;
  const monthly = chartSpecs(t).find((c) => c.role === "monthly");
  const rows: [string, string][] = [
    [s.members, s.membersValue(t.members.total, memberParts(t.members).map(s.memberPart))],
    [
      s.dues,
      s.duesValue(
        s.money(t.dues.paidFen),
        collectionRateText(t.dues),
        t.dues.overpaidFen > 0 ? s.money(t.dues.overpaidFen) : null,
      ),
    ],
    [s.activities, s.activitiesValue(t.activities.count, t.activities.participants, s.money(t.activities.costFen))],
    [s.condolences, s.condolencesValue(t.condolences.count, s.money(t.condolences.amountFen))],
  ];
  return (
    <div className={styles.root}>
      <Text as="p">
        <Typeset text={s.unionYear(t.unionName, t.fiscalYear)} />
      </Text>
      <dl className={styles.facts}>
        {rows.map(([k, v]) => [
          <dt key={`${k}-t`} className={styles.term}>
            {k}
          </dt>,
          <dd key={`${k}-v`} className={styles.value}>
            <Typeset text={v} />
          </dd>,
        ])}
      </dl>
      {monthly && (
        <Suspense fallback={<div className={styles.chart} />}>
          <MiniChart spec={monthly} className={styles.chart} />
        </Suspense>
      )}
    </div>
  );
}
