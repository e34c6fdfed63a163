import type { InputErrorCode } from "../input-error.js";

/**
 * A package that cannot be read, or may not be: damage (ill-formed XML, a directory that disagrees
 * with itself, a wrong checksum, a missing part a sheet refers to) or a limit passed (src/workbook/
 * limits.ts). Thrown inside src/workbook/zip and src/workbook/xlsx only; `openXlsx` turns it into
 * the input error `code`, with this message (plain Chinese, shown to the clerk) as detail.
 */
export class XlsxError extends Error {
  override readonly name = "XlsxError";
  readonly code: InputErrorCode;

  constructor(message: string, code: InputErrorCode = "corrupt") {
    super(message);
    this.code = code;
  }
}
