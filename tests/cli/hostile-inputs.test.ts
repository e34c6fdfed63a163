/**
 * Files that are not a usable ledger, through analyzeBytes and through the CLI (`validate FILE`):
 * an input error with its code; exit code 2 with exactly one plain Chinese message on stderr, no
 * stack trace, nothing on stdout; the input file untouched (same SHA-256).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeBytes } from "../../src/analysis/analyze.js";
import { cliInputErrorMessage } from "../../src/cli/messages/index.js";
import type { InputErrorCode } from "../../src/workbook/input-error.js";
import { LIMITS } from "../../src/workbook/limits.js";
import { cleanData, ledgerBytes } from "../helpers/ledger.js";
import { oneMessageProblems, READ_SPY, runCli, sha256, type CliRun } from "../fixtures-hand/cli.js";
import {
  corruptZip,
  encryptedOle,
  legacyXls,
  manyRowsXlsx,
  pngFile,
  textFile,
  truncated,
  writeBigFile,
  zipBomb,
} from "../fixtures-hand/hostile.js";
import { libreOffice } from "../helpers/libreoffice-results.js";
import { minimalDocx, plainWorkbook } from "../fixtures-hand/xlsx.js";

interface Case {
  readonly name: string;
  readonly file: string;
  readonly code: InputErrorCode;
  readonly make: () => Uint8Array;
  /** Also through the CLI (each run costs a Node start-up; the extra variants are checked through analyzeBytes only). */
  readonly cli: boolean;
}

let dir: string;
let real: Uint8Array;
let office: { encryptedXlsx: Uint8Array; legacyXls: Uint8Array };

const CASES: readonly Case[] = [
  { name: "a text file", file: "名单.xlsx", code: "not_xlsx", make: textFile, cli: true },
  { name: "a PNG image", file: "photo.xlsx", code: "not_xlsx", make: pngFile, cli: true },
  { name: "an empty file", file: "empty.xlsx", code: "empty", make: () => new Uint8Array(0), cli: true },
  { name: "a corrupt zip", file: "corrupt.xlsx", code: "corrupt", make: corruptZip, cli: true },
  {
    name: "a truncated xlsx (the first half of a real one)",
    file: "truncated.xlsx",
    code: "corrupt",
    make: () => truncated(real),
    cli: true,
  },
  {
    name: "a password-protected xlsx saved by LibreOffice",
    file: "工会台账（加密）.xlsx",
    code: "encrypted",
    make: () => office.encryptedXlsx,
    cli: true,
  },
  {
    name: "a hand-built OLE file with an EncryptionInfo stream",
    file: "encrypted-ole.xlsx",
    code: "encrypted",
    make: encryptedOle,
    cli: false,
  },
  {
    name: "a legacy .xls saved by LibreOffice",
    file: "ledger.xls",
    code: "legacy_xls",
    make: () => office.legacyXls,
    cli: true,
  },
  {
    name: "a legacy .xls renamed .xlsx (hand-built OLE, no EncryptionInfo)",
    file: "legacy.xlsx",
    code: "legacy_xls",
    make: legacyXls,
    cli: false,
  },
  {
    name: "a workbook that is not a ledger (one sheet Sheet1)",
    file: "Book1.xlsx",
    code: "not_ledger",
    make: plainWorkbook,
    cli: true,
  },
  { name: "a .docx renamed .xlsx", file: "总结.xlsx", code: "not_xlsx", make: minimalDocx, cli: true },
  {
    name: "a zip bomb declaring 1.2 GB uncompressed",
    file: "bomb-declared.xlsx",
    code: "too_large",
    make: () => zipBomb("sharedStrings", 1_200_000_000, "honest"),
    cli: true,
  },
  {
    name: "a zip bomb whose shared strings lie about their size (1.2 GB declared as 4 KB)",
    file: "bomb-lying.xlsx",
    code: "corrupt",
    make: () => zipBomb("sharedStrings", 1_200_000_000, "lie"),
    cli: true,
  },
  {
    name: "a zip bomb whose sheet lies about its size",
    file: "bomb-sheet.xlsx",
    code: "corrupt",
    make: () => zipBomb("worksheet", 1_200_000_000, "lie"),
    cli: false,
  },
];

/**
 * Runs `validate FILE` with a preload that logs every open or read of FILE (fixtures-hand/cli.ts):
 * the hostile files must be read (which shows the spy works), the 200 MB one must not.
 */
async function validateSpied(path: string): Promise<{ cli: CliRun; reads: string }> {
  const log = `${path}.reads.log`;
  await writeFile(log, "");
  const cli = await runCli(["validate", path], {
    nodeArgs: ["--require", join(dir, "spy.cjs")],
    env: { UL_SPY_TARGET: path, UL_SPY_LOG: log },
  });
  return { cli, reads: await readFile(log, "utf8") };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ul-hostile-"));
  await writeFile(join(dir, "spy.cjs"), READ_SPY);
  real = await ledgerBytes(cleanData());
  // The clean ledger saved with a password and as .xls by the global setup (tests/helpers/libreoffice-jobs.ts: ledger).
  const [encrypted, xls] = await Promise.all([libreOffice("ledger", "encrypted"), libreOffice("ledger", "xls")]);
  office = { encryptedXlsx: encrypted.output, legacyXls: xls.output };
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.concurrent("hostile inputs: analyzeBytes gives the input error, the CLI exits 2 with that one message", () => {
  it.for(CASES)("$name", async ({ file, code, make, cli: viaCli }, { expect }) => {
    const bytes = make();
    const started = Date.now();
    const result = await analyzeBytes(bytes);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    if (!viaCli) return;

    const path = join(dir, file);
    await writeFile(path, bytes);
    const hash = await sha256(path);
    const { cli, reads } = await validateSpied(path);
    expect(reads).toContain(path);
    expect(cli.code).toBe(2);
    expect(oneMessageProblems(cli.stderr)).toEqual([]);
    expect(cli.stderr.trim()).toBe(cliInputErrorMessage(result.error));
    expect(cli.stdout).toBe("");
    expect(await sha256(path)).toBe(hash);
  });

  it("the LibreOffice files are what they claim: an OLE container with EncryptionInfo, and a BIFF .xls", ({
    expect,
  }) => {
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    expect([...office.encryptedXlsx.subarray(0, 8)]).toEqual(ole);
    expect([...office.legacyXls.subarray(0, 8)]).toEqual(ole);
    const utf16 = (s: string): Buffer => Buffer.from(s, "utf16le");
    expect(Buffer.from(office.encryptedXlsx).includes(utf16("EncryptionInfo"))).toBe(true);
    expect(Buffer.from(office.encryptedXlsx).includes(utf16("EncryptedPackage"))).toBe(true);
    expect(Buffer.from(office.legacyXls).includes(utf16("Workbook"))).toBe(true);
    expect(Buffer.from(office.legacyXls).includes(utf16("EncryptionInfo"))).toBe(false);
  });
});

describe("a sheet with 1,000,000 rows", () => {
  it("is refused with too_many_rows, quickly, by analyzeBytes and by the CLI", async () => {
    const bytes = manyRowsXlsx(1_000_000);
    expect(bytes.length).toBeLessThan(LIMITS.maxFileBytes); // small enough that only the row count stops it
    let started = Date.now();
    const result = await analyzeBytes(bytes);
    const apiMs = Date.now() - started;
    expect(result.ok ? "ok" : result.error.code).toBe("too_many_rows");
    expect(apiMs).toBeLessThan(15_000);

    const path = join(dir, "million.xlsx");
    await writeFile(path, bytes);
    const hash = await sha256(path);
    started = Date.now();
    const cli = await runCli(["validate", path]);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(cli.code).toBe(2);
    expect(oneMessageProblems(cli.stderr)).toEqual([]);
    expect(cli.stderr).toContain("工作表行数过多");
    expect(await sha256(path)).toBe(hash);
  });
});

describe("a 200 MB file (a zip signature, then random bytes)", () => {
  let path: string;
  beforeAll(() => {
    path = join(dir, "huge.xlsx");
    writeBigFile(path, 200 * 1024 * 1024);
  });

  it("analyzeBytes refuses it by its length: too_large", async () => {
    const bytes = new Uint8Array(await readFile(path));
    expect(bytes.length).toBe(200 * 1024 * 1024);
    const started = Date.now();
    const result = await analyzeBytes(bytes);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(result.ok ? "ok" : result.error.code).toBe("too_large");
  });

  it("the CLI refuses it by its size without opening or reading it", async () => {
    const hash = await sha256(path);
    const { cli, reads } = await validateSpied(path);
    expect(cli.code).toBe(2);
    expect(reads).toBe("");
    expect(oneMessageProblems(cli.stderr)).toEqual([]);
    expect(cli.stderr).toContain("文件太大（200.0 MB）");
    expect(cli.stderr).toContain("64.0 MB");
    expect(cli.ms).toBeLessThan(15_000);
    expect(await sha256(path)).toBe(hash);
  });
});

describe("paths that are not a file", () => {
  it("a missing file: exit 2, 找不到文件", async () => {
    const path = join(dir, "不存在.xlsx");
    const cli = await runCli(["validate", path]);
    expect(cli.code).toBe(2);
    expect(oneMessageProblems(cli.stderr)).toEqual([]);
    expect(cli.stderr.trim()).toBe(`找不到文件“${path}”。`);
  });

  it("a directory: exit 2, 不是文件", async () => {
    const path = join(dir, "a-folder.xlsx");
    await mkdir(path);
    const cli = await runCli(["validate", path]);
    expect(cli.code).toBe(2);
    expect(oneMessageProblems(cli.stderr)).toEqual([]);
    expect(cli.stderr.trim()).toBe(`“${path}”不是文件。`);
  });
});
