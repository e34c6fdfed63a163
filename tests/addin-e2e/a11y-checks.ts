/**
 * Checks for the accessibility and language tests: axe-core's violations on a page, the element that
 * has focus, Han characters left in the English page once the workbook's own data is taken out, and
 * a workbook with more findings in one sheet than a group shows before 显示全部.
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AxeResults, RunOptions } from "axe-core";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { EXAMPLE } from "./page-checks.js";

/**
 * axe-core's rule violations (the rule's id and its elements), every rule unless `options` says
 * otherwise; run in the page by CDP evaluate, which the page's CSP does not govern.
 */
export async function axeViolations(page: Page, options: RunOptions = {}): Promise<string[]> {
  // Colours mid-transition (a button leaving its disabled look: Fluent fades colours over 100 ms) are
  // not what the clerk reads: let colour transitions end first. Only colours: a progress bar's width
  // moves on while the work runs, and the page must be checked while it does.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => !(a instanceof CSSTransition) || a.playState !== "running" || !/color/.test(a.transitionProperty)),
  );
  const source = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  const results = (await page.evaluate(
    `(async () => { ${source}; return axe.run(document, ${JSON.stringify(options)}); })()`,
  )) as AxeResults;
  return results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** The focused element, described: tag, role, accessible-name parts and text (for asserts and messages). */
export async function focused(page: Page): Promise<{ tag: string; role: string; text: string; attrs: string }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return { tag: "", role: "", text: "", attrs: "" };
    const html = el as HTMLElement;
    return {
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute("role") ?? "",
      text: (html.innerText ?? "").trim(),
      attrs: [...el.attributes].map((a) => `${a.name}=${a.value}`).join(" "),
    };
  });
}

/** Every string the workbook holds (cell texts of every sheet, hidden ones too) and its sheet names: its data. */
export async function workbookTexts(path = EXAMPLE): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out = new Set<string>();
  wb.eachSheet((ws) => {
    out.add(ws.name);
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Merge) return; // the master cell holds the text
        const t = cell.text.trim();
        if (t) out.add(t);
      }),
    );
  });
  return [...out];
}

/** The visible text of the page and the names it gives (aria-label, title, placeholder), as one string. */
export async function shownText(page: Page): Promise<string> {
  return page.evaluate(() =>
    [
      document.body.innerText,
      ...[...document.querySelectorAll("[aria-label],[title],[placeholder],[aria-description]")].flatMap((el) =>
        ["aria-label", "title", "placeholder", "aria-description"].map((a) => el.getAttribute(a) ?? ""),
      ),
    ].join("\n"),
  );
}

const HAN = /\p{Script=Han}+/gu;
const HAS_HAN = /\p{Script=Han}/u;

/**
 * The Han runs left in `text` after taking out each allowed string (longest first, so a name is taken
 * out whole before a shorter one inside it), each with some context. Allowed strings of one character
 * (the workbook's unit cells 元, 人, its 男/女) are not taken out: they would let "451元" through.
 */
export function hanOutside(text: string, allowed: readonly string[]): string[] {
  let rest = text;
  const data = allowed.filter((x) => HAS_HAN.test(x) && [...x].length > 1);
  for (const a of data.sort((x, y) => y.length - x.length)) rest = rest.split(a).join(" ");
  return [...rest.matchAll(HAN)].map((m) => rest.slice(Math.max(0, m.index - 20), m.index + m[0].length + 20));
}

/** The example with 40 activities' 经费来源 emptied: 40 more errors on 活动台账, past the 30 a group shows. */
export async function manyFindingsExample(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  const ws = wb.getWorksheet("活动台账");
  if (!ws) throw new Error("no 活动台账");
  const header = ws.getRow(2);
  let col = 0;
  header.eachCell((c, n) => {
    if (String(c.value).startsWith("经费来源")) col = n;
  });
  if (col === 0) throw new Error("no 经费来源 column");
  for (let r = 3; r < 43; r++) ws.getCell(r, col).value = null;
  const file = join(await mkdtemp(join(tmpdir(), "many-findings-")), "many-findings.xlsx");
  await writeFile(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  return file;
}
