import { mkdtemp, open, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "../../src/index.js";
import { errorMessage, fileErrorMessage, readInputFile, writeOutputFile } from "../../src/node/index.js";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ul-files-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("readInputFile", () => {
  it("reads a file's bytes", async () => {
    await writeFile(join(dir, "a.bin"), new Uint8Array([1, 2, 3]));
    const r = await readInputFile(join(dir, "a.bin"));
    expect(r.ok && [...r.value]).toEqual([1, 2, 3]);
  });

  it("says what is wrong with a missing file, a folder and a file over the size limit, as data", async () => {
    const missing = join(dir, "missing.xlsx");
    expect(await readInputFile(missing)).toEqual({ ok: false, error: { code: "file_not_found", path: missing } });
    expect(await readInputFile(dir)).toEqual({ ok: false, error: { code: "not_a_file", path: dir } });
    const big = join(dir, "big.xlsx");
    const fh = await open(big, "w");
    await fh.truncate(LIMITS.maxFileBytes + 1); // sparse: nothing is written or read
    await fh.close();
    const r = await readInputFile(big);
    expect(r.ok ? undefined : r.error).toEqual({ code: "file_too_large", path: big, detail: "64.0 MB" });
  });

  it("words them in zh-CN (the CLI's words) and en", () => {
    const e = { code: "file_not_found", path: "x.xlsx" } as const;
    expect(fileErrorMessage(e)).toBe("找不到文件“x.xlsx”。");
    expect(errorMessage(e, "en")).toBe('File "x.xlsx" not found.');
    expect(errorMessage({ code: "not_ledger", detail: "会员名册" })).toContain("不是工会台账");
  });
});

describe("writeOutputFile", () => {
  it("writes a new file, refuses to replace one unless asked, and replaces it when asked", async () => {
    const out = join(dir, "out.docx");
    expect((await writeOutputFile(out, new Uint8Array([1]))).ok).toBe(true);
    expect(await writeOutputFile(out, new Uint8Array([2]))).toEqual({
      ok: false,
      error: { code: "file_exists", path: out },
    });
    expect([...(await readFile(out))]).toEqual([1]);
    expect((await writeOutputFile(out, new Uint8Array([3]), { overwrite: true })).ok).toBe(true);
    expect([...(await readFile(out))]).toEqual([3]);
  });

  it("leaves alone a file it did not create where its temporary file would go", async () => {
    const sub = join(dir, "sub");
    await mkdir(sub);
    const out = join(sub, "r.docx");
    const theirs = join(sub, `.r.docx.${process.pid}.tmp`);
    await writeFile(theirs, "not ours");
    const r = await writeOutputFile(out, new Uint8Array([1]));
    expect(r.ok ? undefined : r.error.code).toBe("file_unwritable");
    expect(await readFile(theirs, "utf8")).toBe("not ours");
  });
});
