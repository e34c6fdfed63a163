import * as z from "zod/mini";
import { LEDGER_IDS, LEDGER_LABEL, type LedgerId } from "./ledgers.js";

/**
 * MAP.json: how a clerk's workbook was read, written beside the imported workbook. The clerk may correct it (which
 * sheet holds which ledger, the header row, which column goes where, `null` to keep a column to the right) and pass
 * it back with `--map`: the import then detects nothing and reads the workbook exactly as the file says. Keys are
 * English; ledgers and targets are the template's Chinese names, as the clerk sees them in the workbook.
 */
export const IMPORT_MAP_FORMAT = "union-ledger/import-map";

const LEDGER_LABELS = LEDGER_IDS.map((l) => LEDGER_LABEL[l]) as [string, ...string[]];

const mapColumn = z.object({
  column: z.string().check(z.regex(/^[A-Z]{1,3}$/u), z.describe("列字母，如 C")),
  header: z.string().check(z.describe("该列的表头（核对用：与工作簿不符时拒绝导入）")),
  to: z.nullable(z.string()).check(z.describe("对应的标准模板表头，如“日期”“费用(元)”；null 表示不对应，保留在右侧")),
  confidence: z.optional(z.enum(["map", "header", "synonym", "content"])),
});

const mapSheet = z.object({
  sheet: z.string().check(z.describe("原工作簿中的工作表名称")),
  ledger: z
    .enum(LEDGER_LABELS)
    .check(z.describe("导入到的台账：会员名册、会费台账、会费台账（逐笔）、活动台账、慰问金台账")),
  headerRow: z.int().check(z.minimum(1), z.describe("表头所在行（两行表头时为下面一行）")),
  headerRows: z.optional(z.union([z.literal(1), z.literal(2)])),
  columns: z.array(mapColumn),
});

export const importMapSchema = z.object({
  format: z.literal(IMPORT_MAP_FORMAT),
  version: z.literal(1),
  year: z.optional(z.int().check(z.minimum(2000), z.maximum(2100))),
  union: z.optional(z.string()),
  sheets: z.array(mapSheet),
});

export type ImportMap = z.infer<typeof importMapSchema>;

export const ledgerOfLabel = (label: string): LedgerId | undefined => LEDGER_IDS.find((l) => LEDGER_LABEL[l] === label);

/** MAP.json's text → the map, or the problems as "path: message" lines (for the clerk, in the CLI's words). */
export function parseImportMap(text: string): { ok: true; map: ImportMap } | { ok: false; problems: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    // JSON.parse's SyntaxError is the expected failure of a hand-edited file: its message says where.
    return { ok: false, problems: [e instanceof Error ? e.message : String(e)] };
  }
  const parsed = importMapSchema.safeParse(data);
  if (parsed.success) return { ok: true, map: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => `${i.path.map(String).join(".") || "（根）"}: ${i.message}`),
  };
}
