import type { FindingCode } from "../codes.js";
import type { FindingPlace } from "../finding.js";
import type { FindingParams } from "../params.js";

/** One message function per code; the mapped type makes a missing code a compile error. */
export type MessageTable = {
  readonly [C in FindingCode]: (p: FindingParams[C], place: FindingPlace) => string;
};

export const Locale = { zhCN: "zh-CN", en: "en" } as const;
export type Locale = (typeof Locale)[keyof typeof Locale];
