import { err, type Err } from "../result.js";

/**
 * Why a file could not be read or written (the library's file helpers; the CLI's exit code 2): data, worded by
 * ./messages/. Distinct codes from the workbook's InputError, so `FileError | InputError` tells them apart.
 */
export const FileErrorCode = {
  notFound: "file_not_found",
  notAFile: "not_a_file",
  tooLarge: "file_too_large",
  unreadable: "file_unreadable",
  exists: "file_exists",
  unwritable: "file_unwritable",
} as const;
export type FileErrorCode = (typeof FileErrorCode)[keyof typeof FileErrorCode];

export interface FileError {
  readonly code: FileErrorCode;
  readonly path: string;
  /** The file's size for file_too_large; the system's words for file_unreadable and file_unwritable. */
  readonly detail?: string;
}

const CODES: ReadonlySet<string> = new Set(Object.values(FileErrorCode));

export const isFileError = (e: { readonly code: string }): e is FileError => CODES.has(e.code);

export const fileFailed = (code: FileErrorCode, path: string, detail?: string): Err<FileError> =>
  err(detail === undefined ? { code, path } : { code, path, detail });
