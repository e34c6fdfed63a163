import type { InputErrorCode } from "../input-error.js";

/**
 * One message function per input-error code, given the error's detail ("" when it has none); the
 * mapped type makes a missing code a compile error. No flag or command names: the CLI adds those.
 */
export type InputErrorMessageTable = {
  readonly [C in InputErrorCode]: (detail: string) => string;
};
