/** `Excel.run`, injected so tests pass a fake of the object model. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * `Excel.run(context, batch)`: a batch on the context of an earlier one. Removing an event handler needs the
 * RequestContext that added it (OfficeExtension.EventHandlers.remove).
 */
export type ExcelRunOn = <T>(
  context: OfficeExtension.ClientRequestContext,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;
