import type { ExcelRun, ExcelRunOn } from "./excel-run.js";

type Changed = Excel.WorksheetChangedEventArgs;
type Registration = OfficeExtension.EventHandlerResult<Changed>;

/**
 * Watches the ledger sheets for edits after a check, so the pane can say its results are out of date.
 *
 * Office facts (learn.microsoft.com, "Work with events using the Excel JavaScript API"):
 * - `WorksheetCollection.onChanged` (ExcelApi 1.7) fires when cell data of any sheet changes; the args name the
 *   sheet by `worksheetId`, so the ids of the watched sheets are loaded in the batch that adds the handler.
 * - A handler takes effect with `context.sync()`, and must be removed on the RequestContext that added it:
 *   `Excel.run(result.context, …)`. A new watch reuses that context: the old handler is removed and the new one
 *   added in the same sync.
 * - `triggerSource` (ExcelApi 1.14) is "ThisLocalAddin" for this add-in's own writes. Before 1.14 the add-in's
 *   writes are told apart by sheet: it writes only its findings sheet, which is never watched (its highlights
 *   are conditional formats: onFormatChanged, not onChanged).
 */
export function editWatch(run: ExcelRun, runOn: ExcelRunOn, isSetSupported: (set: string, version: string) => boolean) {
  let current: Registration | undefined;

  const watch = async (sheets: readonly string[], onEdit: () => void): Promise<boolean> => {
    if (!isSetSupported("ExcelApi", "1.7")) return false;
    const ids = new Set<string>();
    const handler = async (e: Changed): Promise<void> => {
      if (e.triggerSource !== "ThisLocalAddin" && ids.has(e.worksheetId)) onEdit();
    };
    const previous = current;
    const batch = async (context: Excel.RequestContext): Promise<Registration> => {
      previous?.remove();
      const all = context.workbook.worksheets.load("items/name,items/id");
      const added = context.workbook.worksheets.onChanged.add(handler);
      await context.sync();
      for (const ws of all.items) if (sheets.includes(ws.name)) ids.add(ws.id);
      return added;
    };
    current = undefined;
    current = await (previous ? runOn(previous.context, batch) : run(batch));
    return true;
  };

  const stop = async (): Promise<void> => {
    const registered = current;
    if (!registered) return;
    current = undefined;
    await runOn(registered.context, async (context) => {
      registered.remove();
      await context.sync();
    });
  };

  return { watch, stop };
}
