import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import type { SheetSpec } from "../../src/layout/column.js";
import { LEDGER_SHEETS, SHEET_NAMES } from "../../src/layout/template-layout.js";
import { EXAMPLE_OPTIONS, makeExample } from "../../tools/sample/example.js";
import { libreOffice } from "../helpers/libreoffice-results.js";

const run = promisify(execFile);

/**
 * At 100 % an A4 landscape page holds about 28 rows of 15 pt below the title and header rows (the
 * margins of src/template/print-setup.ts); fitting a wide sheet to the page width only shrinks it,
 * so more rows fit. 25 leaves room for font metrics: a ledger of n rows prints on at most
 * ceil(n / 25) pages, where before every sheet printed its 3,000 prepared rows and columns cut.
 */
const MIN_ROWS_PER_PAGE = 25;
/** LibreOffice's PDF of the example before issue 13 item 7. */
const PAGES_BEFORE = 184;

let pages: string[];

beforeAll(async () => {
  const pdf = (await libreOffice("printed", "pdf")).output;
  const dir = await mkdtemp(join(tmpdir(), "ul-printed-"));
  try {
    await writeFile(join(dir, "p.pdf"), pdf);
    const { stdout } = await run("pdftotext", ["-layout", join(dir, "p.pdf"), "-"], { maxBuffer: 64 * 1024 * 1024 });
    pages = stdout.split("\f").slice(0, -1);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

const squash = (s: string): string => s.replace(/\s+/g, "");
/** The footer is the page's last line: union, 第N页 共M页, and the sheet's name (&A). */
const footer = (page: string): string => page.trim().split("\n").at(-1)?.trim() ?? "";
const pagesOf = (sheet: string): string[] => pages.filter((p) => footer(p).endsWith(sheet));

describe("the example printed by LibreOffice (issue 13, item 7)", () => {
  it("numbers every page 第N页 共M页 beside the union's name, on far fewer pages than before", () => {
    expect(pages.length).toBeLessThan(PAGES_BEFORE / 4);
    pages.forEach((p, i) => {
      expect(squash(footer(p)), `page ${i + 1}`).toContain(`第${i + 1}页共${pages.length}页`);
    });
    const named = pages.filter((p) => footer(p).startsWith(EXAMPLE_OPTIONS.unionName));
    // 填表说明 is the same for every union: its footer has no name.
    expect(named.length).toBe(pages.length - pagesOf(SHEET_NAMES.instructions).length);
  });

  it("prints each ledger's filled rows only, one page wide, with the title and header rows on every page", () => {
    const { data } = makeExample(EXAMPLE_OPTIONS);
    for (const spec of LEDGER_SHEETS as readonly SheetSpec[]) {
      const rows = data.sheets?.[spec.name] ?? [];
      const printed = pagesOf(spec.name);
      expect(printed.length, spec.name).toBeGreaterThan(0);
      expect(printed.length, spec.name).toBeLessThanOrEqual(Math.ceil(rows.length / MIN_ROWS_PER_PAGE));
      const first = spec.columns[0]?.header ?? "";
      const last = spec.columns.at(-1)?.header ?? "";
      printed.forEach((p, i) => {
        const where = `${spec.name} page ${i + 1}`;
        expect(squash(p), where).toContain(`${EXAMPLE_OPTIONS.unionName}${spec.title}（${EXAMPLE_OPTIONS.year}年度）`);
        // One page wide: the first and last headers on every page, so no column went to another.
        expect(p, where).toContain(first);
        expect(p, where).toContain(last);
      });
      // The last filled row ends the sheet's last page: no empty pages after it.
      const key = spec.columns.find((c) => c.required && c.kind === "text")?.key ?? "";
      const lastValue = String(rows.at(-1)?.[key] ?? "");
      expect(lastValue, spec.name).not.toBe("");
      expect(printed.at(-1), spec.name).toContain(lastValue);
    }
  });

  it("prints 汇总 with its signature lines, and 填表说明 readable on A4", () => {
    const summary = pagesOf(SHEET_NAMES.summary);
    expect(summary.length).toBeGreaterThan(0);
    const end = squash(summary.at(-1) ?? "");
    for (const who of ["经办人：", "审核人：", "工会主席：", "经审委员会主任：", "日期："]) expect(end).toContain(who);
    const instructions = pagesOf(SHEET_NAMES.instructions);
    expect(instructions.length).toBeGreaterThan(0);
    expect(squash(instructions[0] ?? "")).toContain("工会台账填表说明");
  });
});
