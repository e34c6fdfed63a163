import type { ProblemCode, ProblemParams } from "../problems.js";

/** One message function per problem code; the mapped type makes a missing code a compile error. */
export type ProblemMessageTable = {
  readonly [C in ProblemCode]: (p: ProblemParams[C]) => string;
};
