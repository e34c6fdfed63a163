import type { FakeSheet, FakeWorkbookState } from "./excel-state.js";
import type { RequestContext } from "./office-runtime.js";

/**
 * `WorksheetCollection.onChanged` as Office.js has it (learn.microsoft.com, "Work with events using the Excel
 * JavaScript API"): `add` takes effect with the next sync (ExcelApi 1.7 checked there); the result's `remove`
 * is queued on the context that added the handler, so removing it through another context leaves it in place,
 * as Office requires the same RequestContext. Events arrive after the change, never synchronously.
 */
export interface ChangeArgs {
  readonly type: "WorksheetChanged";
  readonly worksheetId: string;
  readonly address: string;
  readonly changeType: "RangeEdited";
  readonly source: "Local";
  /** ExcelApi 1.14: "ThisLocalAddin" for the add-in's own writes; absent before. */
  readonly triggerSource?: "ThisLocalAddin" | "Unknown";
}

export type ChangeHandler = (args: ChangeArgs) => Promise<unknown>;

export class ChangeRegistration {
  constructor(
    readonly context: RequestContext,
    private readonly book: FakeWorkbookState,
    private readonly handler: ChangeHandler,
  ) {}

  remove(): void {
    this.context.enqueue({ execute: () => void this.book.changeHandlers.delete(this.handler) });
  }
}

export class ChangedEvent {
  constructor(
    private readonly context: RequestContext,
    private readonly book: FakeWorkbookState,
  ) {}

  add(handler: ChangeHandler): ChangeRegistration {
    this.context.enqueue(this.context.runtime.requires("ExcelApi", "1.7", "WorksheetCollection.onChanged"));
    this.context.enqueue({ execute: () => void this.book.changeHandlers.add(handler) });
    return new ChangeRegistration(this.context, this.book, handler);
  }
}

/**
 * Tells the handlers registered now that `address` of `sheet` changed, after the current task (Office sends
 * events after the change is made). Failures of a handler reject the delivery: nothing is swallowed.
 */
export function fireChanged(
  book: FakeWorkbookState,
  sheet: FakeSheet,
  address: string,
  triggerSource: ChangeArgs["triggerSource"],
): Promise<void> {
  const args: ChangeArgs = {
    type: "WorksheetChanged",
    worksheetId: sheet.id,
    address,
    changeType: "RangeEdited",
    source: "Local",
    ...(triggerSource ? { triggerSource } : {}),
  };
  const handlers = [...book.changeHandlers];
  const delivery = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(async () => {
    await Promise.all(handlers.map((h) => h(args)));
  });
  book.deliveries.add(delivery);
  const done = (): void => void book.deliveries.delete(delivery);
  // A failing handler stays an unhandled rejection (the test run reports it) besides failing `delivery`.
  void delivery.then(done, (e: unknown) => {
    done();
    throw e;
  });
  return delivery;
}
