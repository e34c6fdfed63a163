import type { AnalyzedWorkbook } from "union-ledger";

/** How many analyses the worker keeps: the one shown and the one being read in its place. */
const KEEP = 2;

/** The worker's analyses by key, the newest few: a report is written from the one the views name. */
export class KeptAnalyses {
  readonly #byKey = new Map<number, AnalyzedWorkbook>();

  keep(key: number, workbook: AnalyzedWorkbook): void {
    this.#byKey.set(key, workbook);
    for (const old of this.#byKey.keys()) if (this.#byKey.size > KEEP) this.#byKey.delete(old);
  }

  get(key: number): AnalyzedWorkbook | undefined {
    return this.#byKey.get(key);
  }
}
