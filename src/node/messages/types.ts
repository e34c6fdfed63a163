import type { FileErrorCode } from "../file-error.js";

/** One message per file-error code, given the path and the detail ("" when none); a missing code is a compile error. */
export type FileErrorMessageTable = {
  readonly [C in FileErrorCode]: (path: string, detail: string) => string;
};
