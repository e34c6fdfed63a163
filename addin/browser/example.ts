/** The name the example goes by in the panes, as if the clerk had chosen the file. */
export const EXAMPLE_FILE_NAME = "example-2024.xlsx";

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The example's bytes, loaded on first use (a lazy chunk: the first screen's 用示例试一试 only). */
export async function loadExampleBytes(): Promise<Uint8Array> {
  const { exampleBytes } = await import(/* webpackChunkName: "example" */ "./example-bytes.js");
  return exampleBytes();
}

/**
 * Hands the example to `open` as a File, exactly as a file the clerk chose. Loading it can only fail
 * as a chunk fails to load (the pane's server gone); that goes to `fail`, which words it.
 */
export function openExampleWith(open: (f: File) => void, fail: (e: unknown) => void): void {
  loadExampleBytes().then(
    (bytes) => open(new File([bytes as Uint8Array<ArrayBuffer>], EXAMPLE_FILE_NAME, { type: XLSX_MIME })),
    fail,
  );
}
