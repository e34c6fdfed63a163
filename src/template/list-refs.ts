import { LISTS, type ListId } from "../layout/lists.js";
import { SHEET_NAMES } from "../layout/template-layout.js";
import { columnLetter } from "../workbook/address.js";
import type { TemplateLists } from "./template-lists.js";

/**
 * The hidden `_lists` sheet: one list per column, header in row 1. Drop-downs refer to these
 * ranges, because a literal list over 255 characters corrupts the file (template-v1.md).
 */
export const LIST_IDS = Object.keys(LISTS) as ListId[];

export function listRange(id: ListId, lists: TemplateLists): string {
  const col = columnLetter(LIST_IDS.indexOf(id) + 1);
  return `'${SHEET_NAMES.lists}'!$${col}$2:$${col}$${lists[id].length + 1}`;
}
