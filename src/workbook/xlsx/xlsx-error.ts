/**
 * A part of the package that cannot be read: ill-formed XML, a missing part a sheet refers to, a
 * shared-string index past the table. Thrown inside src/workbook/xlsx only; `openXlsx` turns it
 * into the input error `corrupt`, with this message (plain Chinese, shown to the clerk) as detail.
 */
export class XlsxError extends Error {
  override readonly name = "XlsxError";
}
