import type { Totals } from "./totals.js";

/**
 * 退会、转出 proper: the members who left in the year other than by death. `leftThisYear` counts
 * both (cli.md, the 汇总 sheet); the deceased are reported apart, never among 退会、转出.
 */
export const leftAliveThisYear = (m: Totals["members"]): number => m.leftThisYear - m.diedThisYear;
