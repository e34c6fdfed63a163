/**
 * Clerks' own workbooks for the panes' 导入已有台账 (issue 15 item 3), written to temporary files for the file
 * chooser, with the sums of their data rows computed here from the rows themselves (never from the import).
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { analyzeBytes } from "../../src/analysis/analyze.js";
import type { Analysis } from "../../src/analysis/analyze.js";
import { ACTIVITIES, CONDOLENCES, d, fenOf, ROSTER, sum, workbookOf } from "./clerk-workbooks.js";

/** The activities' spending typed as WPS users type it, and their 花费（元） header, which no synonym names. */
const COSTS = ["3,200.50元", "¥600.00", "1850.25", "0"] as const;

/** A unit's workbook: a roster, a titled 活动记录 whose spending column detection cannot place, a 慰问登记. */
export async function clerkWorkbook(): Promise<Uint8Array> {
  return workbookOf([
    {
      name: "会员花名册",
      rows: [["姓名", "会员号", "性别", "部门", "会籍状态"], ...ROSTER.map((m) => [m[1], m[0], m[2], m[3], m[4]])],
    },
    {
      name: "活动记录",
      merges: ["A1:G1"],
      rows: [
        ["某某公司工会2024年活动记录", null, null, null, null, null, null],
        ["序号", "活动时间", "活动名称", "参加人数", "花费（元）", "经办人", "审批人"],
        ...ACTIVITIES.map((a, i) => [i + 1, d(a[0]), a[1], a[3], COSTS[i] ?? "", "赵敏", "孙主席"]),
        ["合计", null, null, sum(ACTIVITIES.map((a) => a[3])), "5,650.75元", null, null],
      ],
    },
    {
      name: "慰问登记",
      rows: [
        ["日期", "会员号", "姓名", "慰问事由", "慰问形式", "金额", "经手人", "批准"],
        ...CONDOLENCES.map((c) => [d(c[0]), c[1], c[2], c[3], c[4], c[5], "赵敏", "孙主席"]),
      ],
    },
  ]);
}

/** The source's sums, from the rows above: what the standard workbook's totals must be. */
export const CLERK_SUMS = {
  members: ROSTER.length,
  activities: ACTIVITIES.length,
  participants: sum(ACTIVITIES.map((a) => a[3])),
  costFen: sum(ACTIVITIES.map((a) => fenOf(a[4]))),
  condolences: CONDOLENCES.length,
  condolenceFen: sum(CONDOLENCES.map((c) => fenOf(c[5]))),
} as const;

/** Two sheets that both look like activities: the ambiguity the clerk settles with the sheet's drop-down. */
export async function ambiguousWorkbook(): Promise<Uint8Array> {
  const sheet = (name: string) => ({
    name,
    rows: [["活动时间", "活动名称", "参加人数", "支出金额"], ...ACTIVITIES.map((a) => [d(a[0]), a[1], a[3], a[4]])],
  });
  return workbookOf([sheet("活动记录"), sheet("Sheet1")]);
}

export async function tempFile(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), "import-pane-")), name);
  await writeFile(path, bytes);
  return path;
}

/** The core's reading of a standard workbook (the one `validate` runs). */
export async function analysed(bytes: Uint8Array): Promise<Analysis> {
  const a = await analyzeBytes(bytes);
  if (!a.ok) throw new Error(a.error.code);
  return a.value;
}

/** The package's parts as text, the times the writer stamps masked: two imports of the same map compare equal. */
export function parts(bytes: Uint8Array): Record<string, string> {
  const time = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/g;
  return Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data).replace(time, "<time>")]),
  );
}
