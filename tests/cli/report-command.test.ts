import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { runCli, runMain } from "../fixtures-hand/cli.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanData, ledgerBytes } from "../helpers/ledger.js";

// What the command writes and answers: main() in process (runMain). Spawned as a clerk's shell runs
// it (runCli): a write that fails (exit status and stderr of the process) and PNG charts (drawn on a
// worker thread of the built CLI).
const cli = runMain;

/** The text of a .docx's body, runs joined (a paragraph's text may be split over runs). */
const documentText = (bytes: Uint8Array): string =>
  [
    ...new TextDecoder()
      .decode(unzipSync(new Uint8Array(bytes))["word/document.xml"])
      .matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu),
  ]
    .map((m) => m[1])
    .join("");

let dir: string;
let current: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ul-report-"));
  current = join(dir, "2024.xlsx");
  await writeFile(current, await ledgerBytes(cleanData()));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("union-ledger report", () => {
  it("writes a .docx (exit 0 for a clean workbook) and refuses to overwrite it without --force", async () => {
    const out = join(dir, "r.docx");
    const first = await cli(["report", current, "-o", out]);
    expect(first.code).toBe(0);
    const bytes = await readFile(out);
    expect(Object.keys(unzipSync(new Uint8Array(bytes)))).toContain("word/document.xml");
    const again = await cli(["report", current, "-o", out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("已存在");
    expect(again.stderr).toContain("--force");
    expect(await readFile(out)).toEqual(bytes);
    expect((await cli(["report", current, "-o", out, "--force"])).code).toBe(0);
  });

  it("exits 2 with a plain message and leaves nothing behind when the output cannot be written", async () => {
    // Tests run as root in CI, where permission bits do not stop a write: use a missing folder.
    const missing = await runCli(["report", current, "-o", join(dir, "no-such-folder", "r.docx")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("无法写入");
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("computes 同比 with last year's workbook of the same union", async () => {
    const prior = join(dir, "2023.xlsx");
    await writeFile(prior, await ledgerBytes({ ...cleanData(), info: { ...cleanData().info, fiscalYear: 2023 } }));
    const r = await cli(["report", current, "--prior", prior, "-o", join(dir, "yoy.docx")]);
    expect(r.code).toBe(0);
    const xml = new TextDecoder().decode(
      unzipSync(new Uint8Array(await readFile(join(dir, "yoy.docx"))))["word/document.xml"],
    );
    // The text with the runs' markup taken out (the figure 持平 is a run of its own).
    expect(xml.replace(/<[^>]+>/gu, "")).toContain("会员总数与上年持平");
  });

  it("refuses a prior workbook of another union or another year, with no output", async () => {
    const other = join(dir, "other.xlsx");
    await writeFile(
      other,
      await ledgerBytes({ ...cleanData(), info: { ...cleanData().info, unionName: "别的工会", fiscalYear: 2023 } }),
    );
    const r1 = await cli(["report", current, "--prior", other, "-o", join(dir, "x1.docx")]);
    expect(r1.code).toBe(2);
    // Names both unions and says how to go on when they are the same union renamed.
    expect(r1.stderr).toContain("工会名称是“别的工会”，本年是“测试工会”，无法确认是同一个工会");
    expect(r1.stderr).toContain('--prior-union "别的工会"');
    const sameYear = join(dir, "same-year.xlsx");
    await writeFile(sameYear, await ledgerBytes(cleanData()));
    const r2 = await cli(["report", current, "--prior", sameYear, "-o", join(dir, "x2.docx")]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain("应为 2023");
    expect(await readdir(dir)).not.toContain("x1.docx");
    expect(await readdir(dir)).not.toContain("x2.docx");
  });

  it("accepts last year's workbook under the same name spelled otherwise (工会委员会, full width, spaces)", async () => {
    const prior = join(dir, "2023-variant.xlsx");
    await writeFile(
      prior,
      await ledgerBytes({
        ...cleanData(),
        info: { ...cleanData().info, unionName: "测试\u3000工会委员会", fiscalYear: 2023 },
      }),
    );
    const r = await cli(["report", current, "--prior", prior, "-o", join(dir, "variant.docx")]);
    expect(r.code, r.stderr).toBe(0);
    const text = documentText(await readFile(join(dir, "variant.docx")));
    expect(text).toContain("会员总数与上年持平");
    expect(text).not.toContain("经核对为同一工会");
  });

  it("accepts another union's name with --prior-union naming it, and says so in the report", async () => {
    const other = join(dir, "renamed.xlsx");
    await writeFile(
      other,
      await ledgerBytes({
        ...cleanData(),
        info: { ...cleanData().info, unionName: "测试机械厂工会", fiscalYear: 2023 },
      }),
    );
    const out = join(dir, "renamed.docx");
    const r = await cli(["report", current, "--prior", other, "--prior-union", "测试机械厂工会", "-o", out]);
    expect(r.code, r.stderr).toBe(0);
    const text = documentText(await readFile(out));
    expect(text).toContain("会员总数与上年持平");
    expect(text).toContain(
      "注：文中同比所用的上年数据取自“测试机械厂工会”2023年的台账，该台账的工会名称与本年“测试工会”不同，经核对为同一工会。",
    );
    // A name that is not last year's workbook's is refused, and the option needs --prior.
    const wrong = await cli([
      "report",
      current,
      "--prior",
      other,
      "--prior-union",
      "别的工会",
      "-o",
      join(dir, "w.docx"),
    ]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("--prior-union 给出的是“别的工会”");
    const alone = await cli(["report", current, "--prior-union", "别的工会", "-o", join(dir, "a.docx")]);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain("需与 --prior 一起使用");
    expect(await readdir(dir)).not.toContain("w.docx");
  });

  it("draws PNG charts with --charts png and rejects an unknown mode", async () => {
    const out = join(dir, "png.docx");
    expect((await runCli(["report", current, "-o", out, "--charts", "png"])).code).toBe(0);
    const media = Object.keys(unzipSync(new Uint8Array(await readFile(out)))).filter(
      (k) => k.startsWith("word/media/") && k.endsWith(".png"),
    );
    expect(media.length).toBeGreaterThanOrEqual(3);
    const bad = await runMain(["report", current, "-o", join(dir, "bad.docx"), "--charts", "svg"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("native 或 png");
  });

  it("still writes the report for a workbook with errors, exit 1", async () => {
    const data = cleanData();
    const cond = data.sheets["慰问金台账"] ?? [];
    cond[1] = { ...cond[1], amount: 5000 };
    const bad = join(dir, "errors.xlsx");
    await writeFile(bad, await ledgerBytes(data));
    const r = await cli(["report", bad, "-o", join(dir, "errors.docx")]);
    expect(r.code).toBe(1);
    expect(await readdir(dir)).toContain("errors.docx");
  });
});
