import type { Analysis } from "../analysis/analyze.js";
import type { Finding } from "../findings/finding.js";
import type { Profile } from "../profiles/profile.js";
import type { Totals } from "../totals/totals.js";
import { figures, type FigureContext, type Figures } from "./figures.js";
import { holidaysOf, type Holiday } from "./holidays.js";

/** Everything a section needs: the numbers, the findings, and a deterministic choice of words. */
export interface NarrativeContext extends FigureContext {
  readonly f: Figures;
  readonly findings: readonly Finding[];
  readonly profile: Profile;
  readonly upperUnion: string | undefined;
  /** The unit's holidays by its 单位类型 (holidays.ts): months whose emptiness is not a weakness. */
  readonly holidays: readonly Holiday[];
  /** One of several phrasings, fixed per union and year so a refresh does not reword the text. */
  readonly vary: (key: string, options: readonly string[]) => string;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

export function narrativeContext(a: Analysis, prior: Totals | undefined): NarrativeContext {
  // By code, plus the pseudo-codes "error" and "warning" for counts by severity.
  const findingCounts: Record<string, number> = { ...a.tally.byCode, error: a.tally.errors, warning: a.tally.warnings };
  const base: FigureContext = prior ? { totals: a.totals, prior, findingCounts } : { totals: a.totals, findingCounts };
  const seed = `${a.totals.unionName}${a.totals.fiscalYear}`;
  return {
    ...base,
    f: figures(base),
    findings: a.findings,
    profile: a.profile,
    upperUnion: a.ledger.info.upperUnion,
    holidays: holidaysOf(a.ledger.info.unitType),
    vary: (key, options) => options[hash(seed + key) % options.length] ?? options[0] ?? "",
  };
}
