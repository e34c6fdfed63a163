/** The list of unions that should submit (`--expect UNITS.csv`), or why it cannot be used. */
import { err, ok, type Result } from "../result.js";
import type { ExpectIssue } from "./issues.js";

export const EXPECT_HEADER = "工会名称";

/**
 * RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks; CRLF, LF and
 * CR all end a record. Written by hand because the file is tiny and a dependency is not.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = (): void => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") endField();
    else if (c === "\r" || c === "\n") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endField();
      rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** Full-width spaces and stray blanks are typing noise, not part of a union's name. */
export const normalizeName = (s: string): string => s.replace(/[\s\u3000]+/gu, "");

/** UTF-8 bytes (BOM or not) → the names in the first column under the 工会名称 header, or why not. */
export function parseExpect(bytes: Uint8Array): Result<readonly string[], ExpectIssue> {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return err({ code: "expect_not_utf8", params: {} });
  }
  const rows = parseCsv(text.replace(/^\uFEFF/u, ""));
  const header = (rows[0]?.[0] ?? "").trim();
  if (header !== EXPECT_HEADER)
    return err({ code: "expect_header", params: { expected: EXPECT_HEADER, found: header } });
  const names: string[] = [];
  for (const r of rows.slice(1)) {
    const name = (r[0] ?? "").trim();
    if (name !== "" && !names.includes(name)) names.push(name);
  }
  return ok(names);
}

/** Expected unions with no unit of that name among those submitted. */
export function missingUnits(expected: readonly string[], submitted: Iterable<string>): string[] {
  const have = new Set([...submitted].map(normalizeName));
  return expected.filter((n) => !have.has(normalizeName(n)));
}
