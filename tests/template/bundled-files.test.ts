import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { workbookBytes } from "../../src/template/generate.js";
import { BUNDLED, bundledTemplate, exampleWorkbook } from "../../tools/sample/bundled.js";

/** Every cell of every sheet as "sheet!A1 = value", plus sheet states and validations. */
async function cells(bytes: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: string[] = [];
  for (const ws of wb.worksheets) {
    out.push(`${ws.name} state=${ws.state}`);
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        out.push(
          `${ws.name}!${c.address} = ${JSON.stringify(c.value)} ${c.numFmt ?? ""} ${JSON.stringify(c.dataValidation ?? null)}`,
        );
      }),
    );
  }
  return out;
}

describe("the committed files in templates/", () => {
  it.each([
    ["template", BUNDLED.template, async () => workbookBytes(await bundledTemplate())],
    ["example", BUNDLED.example, async () => workbookBytes((await exampleWorkbook()).wb)],
  ] as const)(
    "%s is what the generator makes today (run `npm run templates` when this fails)",
    async (_, path, make) => {
      const committed = await cells(new Uint8Array(await readFile(path)));
      const fresh = await cells(await make());
      expect(committed.length).toBeGreaterThan(100);
      expect(fresh).toEqual(committed);
    },
  );
});
