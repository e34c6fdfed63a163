import type { WorkbookSource } from "../../../src/workbook/source/source.js";
import type { CellRef, FindingsTable, WorkbookHost } from "../host.js";

/**
 * A workbook held in memory (the standalone page: a file the clerk chose). It records what the pane
 * asked for — selection, marks, findings sheet — so the same views run, and tests can look.
 */
export class MemoryWorkbook implements WorkbookHost {
  selected: CellRef | undefined;
  readonly marks = new Set<string>();
  findingsSheet: { name: string; table: FindingsTable } | undefined;

  constructor(private readonly source: WorkbookSource) {}

  async readWorkbook(): Promise<WorkbookSource> {
    return this.source;
  }

  async selectCell(ref: CellRef): Promise<void> {
    this.selected = ref;
  }

  async highlight(refs: readonly CellRef[]): Promise<number> {
    this.marks.clear();
    for (const r of refs) this.marks.add(`${r.sheet}!${r.cell}`);
    return this.marks.size;
  }

  async clearHighlights(): Promise<number> {
    const n = this.marks.size;
    this.marks.clear();
    return n;
  }

  async writeFindingsSheet(name: string, table: FindingsTable): Promise<void> {
    this.findingsSheet = { name, table };
  }
}
