// The worst inputs under the limits (issue 10: no input under the file-size limit may take more
// than ~10 s or 600 MB on the CLI path). Each workbook is built to sit just under one limit of
// src/workbook/limits.ts (or just past it, where refusing must be quick too), then `validate` runs
// on it as a clerk would run it; wall time and peak memory (maxRSS, from /usr/bin/time) printed.
// `node bench/worst.mjs` after `npm run build`; part of `npm run bench`.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/** Runs a command with stdout discarded; its exit code and stderr. */
const run = (cmd, args) =>
  new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stderr }));
  });
const dir = "out/bench-worst";
await mkdir(dir, { recursive: true });
const example = unzipSync(new Uint8Array(await readFile("templates/example-2024.xlsx")));
const text = (name) => strFromU8(example[name]);
const sheetPart = (sheet) => {
  const rid = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(text("xl/workbook.xml"))[1];
  return `xl/${new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(text("xl/_rels/workbook.xml.rels"))[1]}`;
};
// xorshift32: varied content, as real sheets have (repeated text compresses past the zip-bomb ratio).
let seed = 12345;
const next = () => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) >>> 8;
};

/** The example with one ledger sheet's sheetData replaced by `rows` (an array of row XML strings). */
function withRows(sheet, rows, extra = {}) {
  const part = sheetPart(sheet);
  const xml = text(part);
  const head = xml.slice(0, xml.indexOf("<sheetData>") + "<sheetData>".length);
  const tail = xml.slice(xml.indexOf("</sheetData>"));
  const keep =
    xml.slice(head.length, xml.indexOf("</sheetData>")).split("</row>").slice(0, 2).join("</row>") + "</row>"; // title + header rows
  return zipSync({ ...example, [part]: strToU8(head + keep + rows.join("") + tail), ...extra }, { level: 6 });
}

const numberRow = (r, cols) =>
  `<row r="${r}">${Array.from({ length: cols }, (_, c) => `<c r="${String.fromCharCode(65 + (c % 26))}${r}"><v>${next() % 100000}</v></c>`).join("")}</row>`;
const rowsOf = (n, cols, from = 3) => Array.from({ length: n }, (_, i) => numberRow(from + i, cols));

const cases = [
  ["1,999,000 cells in 会费台账 (under 2,000,000 a sheet)", () => withRows("会费台账", rowsOf(76_885, 26))],
  ["200,000 rows of 会员名册 (the row limit)", () => withRows("会员名册", rowsOf(199_997, 9))],
  ["200,001 rows (refused)", () => withRows("会员名册", rowsOf(199_999, 2))],
  [
    "100,000 merged ranges of 20 rows in 活动台账",
    () => {
      const part = sheetPart("活动台账");
      const merges = Array.from(
        { length: 100_000 },
        (_, i) =>
          `<mergeCell ref="${String.fromCharCode(65 + (i % 13))}${3 + Math.floor(i / 13) * 20}:${String.fromCharCode(65 + (i % 13))}${22 + Math.floor(i / 13) * 20}"/>`,
      );
      const xml = text(part)
        .replace(/<mergeCells[^]*?<\/mergeCells>/u, "")
        .replace("</sheetData>", `</sheetData><mergeCells count="100000">${merges.join("")}</mergeCells>`);
      return zipSync({ ...example, [part]: strToU8(xml) }, { level: 6 });
    },
  ],
  [
    "31 million Chinese characters of shared strings",
    () => {
      const letters = () => Array.from({ length: 30_000 }, () => String.fromCharCode(0x4e00 + (next() % 256))).join("");
      const sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${text("xl/sharedStrings.xml").match(/<si>[^]*<\/si>/u)[0]}${Array.from({ length: 1_030 }, () => `<si><t>${letters()}</t></si>`).join("")}</sst>`;
      return zipSync({ ...example, "xl/sharedStrings.xml": strToU8(sst) }, { level: 6 });
    },
  ],
  [
    "900,000 inline texts of 30 characters in 会员名册",
    () => {
      const cell = (r, c) =>
        `<c r="${String.fromCharCode(65 + c)}${r}" t="inlineStr"><is><t>${Array.from({ length: 30 }, () => String.fromCharCode(0x4e00 + (next() % 256))).join("")}</t></is></c>`;
      return withRows(
        "会员名册",
        Array.from(
          { length: 90_000 },
          (_, i) => `<row r="${3 + i}">${Array.from({ length: 10 }, (_, c) => cell(3 + i, c)).join("")}</row>`,
        ),
      );
    },
  ],
  [
    "2,986,000 cells across the four ledger sheets (under 3,000,000)",
    () => {
      const parts = {};
      for (const [sheet, n] of [
        ["会员名册", 28_700],
        ["会费台账", 28_700],
        ["活动台账", 28_700],
        ["慰问金台账", 28_700],
      ]) {
        const part = sheetPart(sheet);
        const xml = text(part);
        const head = xml.slice(0, xml.indexOf("<sheetData>") + "<sheetData>".length);
        const keep =
          xml.slice(head.length, xml.indexOf("</sheetData>")).split("</row>").slice(0, 2).join("</row>") + "</row>";
        parts[part] = strToU8(head + keep + rowsOf(n, 26).join("") + xml.slice(xml.indexOf("</sheetData>")));
      }
      return zipSync({ ...example, ...parts }, { level: 6 });
    },
  ],
  [
    "127 MB of skipped XML (comments and extensions) in 会员名册",
    () => {
      const part = sheetPart("会员名册");
      const junk = Array.from({ length: 1_300_000 }, () => `<ext uri="{${next()}}"><x v="${next()}"/></ext>`).join("");
      return zipSync(
        { ...example, [part]: strToU8(text(part).replace("</worksheet>", `<extLst>${junk}</extLst></worksheet>`)) },
        { level: 6 },
      );
    },
  ],
  [
    "a zip of 10,000 entries",
    () =>
      zipSync(
        {
          ...example,
          ...Object.fromEntries(
            Array.from({ length: 9_970 }, (_, i) => [`customXml/item${i}.xml`, strToU8(`<a>${next()}</a>`)]),
          ),
        },
        { level: 6 },
      ),
  ],
];

const timed = existsSync("/usr/bin/time");
console.log(
  `worst inputs under the limits: validate, wall time and peak memory${timed ? "" : " (no /usr/bin/time: memory not measured)"}`,
);
for (const [name, make] of cases) {
  const file = join(dir, `${name.replace(/[^\w]+/gu, "-").slice(0, 40)}.xlsx`);
  await writeFile(file, make());
  const size = (await stat(file)).size;
  const args = ["bin/union-ledger.js", "validate", file, "--json"];
  const t = process.hrtime.bigint();
  const r = await run(
    timed ? "/usr/bin/time" : process.execPath,
    timed ? ["-f", "%M", process.execPath, ...args] : args,
  );
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const rss = timed ? Number(String(r.stderr).trim().split("\n").pop()) / 1024 : NaN;
  const exit = r.code;
  const said = exit === 2 ? ` — ${String(r.stderr).trim().split("\n")[0].slice(0, 80)}` : "";
  console.log(
    `  ${name.padEnd(58)} ${(size / 1048576).toFixed(1).padStart(5)} MB  exit ${exit}  ${(ms / 1000).toFixed(1).padStart(5)} s  ${rss.toFixed(0).padStart(5)} MB${said}`,
  );
}
