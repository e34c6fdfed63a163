import type { Locale } from "../findings/messages/types.js";
import { inputErrorMessage } from "../workbook/messages/index.js";
import { LEDGER_IDS, LEDGER_LABEL, type LedgerId } from "./ledgers.js";
import type { ImportError, SkipReason } from "./report.js";
import { HEADER_SYNONYMS, SHEET_NAME_SYNONYMS } from "./synonyms.js";

type Of<C extends ImportError["code"]> = Extract<ImportError, { code: C }>;

/** The import's words, zh-CN and en typed to the same keys (the CLI says them; the panes will). */
interface ImportMessageTable {
  readonly ledger: Readonly<Record<LedgerId, string>>;
  readonly skip: Readonly<Record<SkipReason, string>>;
  readonly errors: { readonly [C in ImportError["code"]]: (e: Of<C>) => string };
}

/** What detection looks for, for the `no_ledger` message: each ledger's sheet names and a few headers. */
function lookedFor(ledger: LedgerId): { names: string; headers: string } {
  const table: Readonly<Record<string, readonly string[]>> = HEADER_SYNONYMS[ledger];
  const headers = Object.values(table)
    .map((words) => words.slice(0, 2).join("/"))
    .slice(0, 6)
    .join("、");
  return { names: SHEET_NAME_SYNONYMS[ledger].join("、"), headers };
}

const mismatchZh = (e: Of<"map_mismatch">): string => {
  if (e.detail === "sheet_missing")
    return `MAP.json 中的工作表“${e.sheet}”在该工作簿中不存在；请核对文件或修改 MAP.json。`;
  if (e.detail.startsWith("headerRow:"))
    return `MAP.json 给工作表“${e.sheet}”的表头行（第${e.detail.slice(10)}行）超出了该表的范围。`;
  const [col = "", want = "", got = ""] = e.detail.split(":");
  return `工作表“${e.sheet}”的 ${col} 列表头是“${got}”，而 MAP.json 记的是“${want}”：MAP.json 不是按这个工作簿做的，请重新导入（不带 --map）或改正 MAP.json。`;
};

const mismatchEn = (e: Of<"map_mismatch">): string => {
  if (e.detail === "sheet_missing") return `Sheet "${e.sheet}" of MAP.json is not in this workbook.`;
  if (e.detail.startsWith("headerRow:")) return `MAP.json's header row for sheet "${e.sheet}" is outside the sheet.`;
  const [col = "", want = "", got = ""] = e.detail.split(":");
  return `Column ${col} of sheet "${e.sheet}" is headed "${got}", but MAP.json says "${want}": the map was made for another workbook.`;
};

const zhCN: ImportMessageTable = {
  ledger: { ...LEDGER_LABEL },
  skip: { title: "标题行", blank: "空行", total: "合计行", note: "表尾签字/说明行", seq_only: "只有序号的行" },
  errors: {
    input: (e) => inputErrorMessage(e.input, "zh-CN"),
    no_ledger: (e) =>
      `在工作表${e.sheets.map((s) => `“${s}”`).join("、")}中没有找到可识别的台账。查找的是：` +
      LEDGER_IDS.map((l) => {
        const f = lookedFor(l);
        return `${LEDGER_LABEL[l]}（表名含 ${f.names}；表头如 ${f.headers}）`;
      }).join("；") +
      "。如果表头写法不同，可以用 --map 指定。",
    ambiguous_sheets: (e) =>
      `工作表${e.sheets.map((s) => `“${s}”`).join("、")}都像${LEDGER_LABEL[e.ledger]}，无法确定用哪一张；请合并为一张，或先导入一次再在 MAP.json 中只保留一张后用 --map 导入。`,
    ambiguous_ledger: (e) =>
      `工作表“${e.sheet}”既像${e.ledgers.map((l) => LEDGER_LABEL[l]).join("又像")}，无法确定；请用 --map 指定。`,
    ambiguous_columns: (e) =>
      `工作表“${e.sheet}”中 ${e.columns.map((c) => `${c.column} 列“${c.header}”`).join("、")} 都像“${e.to}”，无法确定用哪一列；请改掉其中一列的表头，或用 --map 指定。`,
    map_invalid: (e) => `MAP.json 有误：${e.problems.join("；")}。`,
    map_mismatch: mismatchZh,
  },
};

const en: ImportMessageTable = {
  ledger: {
    members: "member roster",
    dues: "dues ledger",
    duesPayments: "dues ledger (one row per payment)",
    activities: "activities ledger",
    condolences: "condolence ledger",
  },
  skip: {
    title: "title row",
    blank: "blank row",
    total: "total row",
    note: "signature or note line",
    seq_only: "row with only a number",
  },
  errors: {
    input: (e) => inputErrorMessage(e.input, "en"),
    no_ledger: (e) =>
      `No ledger was recognised in the sheets ${e.sheets.map((s) => `"${s}"`).join(", ")}. Looked for a roster, dues, activities and condolence payments by sheet name and headers; give a map with --map if the headers differ.`,
    ambiguous_sheets: (e) =>
      `The sheets ${e.sheets.map((s) => `"${s}"`).join(", ")} all look like the ${en.ledger[e.ledger]}; keep one, or choose with --map.`,
    ambiguous_ledger: (e) =>
      `Sheet "${e.sheet}" looks as much like the ${e.ledgers.map((l) => en.ledger[l]).join(" as like the ")}; choose with --map.`,
    ambiguous_columns: (e) =>
      `In sheet "${e.sheet}", columns ${e.columns.map((c) => c.column).join(", ")} all look like "${e.to}"; rename one or choose with --map.`,
    map_invalid: (e) => `MAP.json is not valid: ${e.problems.join("; ")}.`,
    map_mismatch: mismatchEn,
  },
};

export const IMPORT_MESSAGES: Readonly<Record<Locale, ImportMessageTable>> = { "zh-CN": zhCN, en };

export function importErrorMessage(e: ImportError, locale: Locale = "zh-CN"): string {
  const f = IMPORT_MESSAGES[locale].errors[e.code] as (x: ImportError) => string;
  return f(e);
}
