import type { FindingPlace } from "../findings/finding.js";
import { placeOf } from "../workbook/findings-sink.js";
import type { Ledger } from "../workbook/ledger.js";
import type { Rule } from "./context.js";

interface Payment {
  readonly handler: string | undefined;
  readonly approver: string | undefined;
  readonly at: (key: "handler" | "approver") => FindingPlace;
}

/** Every condolence payment, and every activity that cost money, needs two people. */
function* payments(ledger: Ledger): Iterable<Payment> {
  const cond = ledger.condolences;
  for (const r of cond.rows)
    yield { handler: r.values.handler, approver: r.values.approver, at: (k) => placeOf(cond, r, k) };
  const act = ledger.activities;
  for (const r of act.rows) {
    if ((r.values.cost ?? 0) > 0)
      yield { handler: r.values.handler, approver: r.values.approver, at: (k) => placeOf(act, r, k) };
  }
}

/** approval_missing and approval_same_person on both spending ledgers. */
export const approvalRules: Rule = ({ ledger, sink }) => {
  for (const p of payments(ledger)) {
    if (p.handler === undefined) sink.add("approval_missing", p.at("handler"), { header: "经手人" });
    if (p.approver === undefined) sink.add("approval_missing", p.at("approver"), { header: "审批人" });
    if (
      p.handler !== undefined &&
      p.approver !== undefined &&
      p.handler.replace(/\s+/gu, "") === p.approver.replace(/\s+/gu, "")
    ) {
      sink.add("approval_same_person", p.at("approver"), { person: p.handler });
    }
  }
};
