// Writes the benchmark's large workbook: 10,000 members with 12 months of dues, 5,000 activities,
// 20,000 condolence rows, from the same generator as the bundled example (issue 3).
import { writeFile } from "node:fs/promises";
import { exampleWorkbook } from "../dist/tools/sample/bundled.js";
import { EXAMPLE_OPTIONS } from "../dist/tools/sample/example.js";

const [out] = process.argv.slice(2);
const { wb } = await exampleWorkbook({
  ...EXAMPLE_OPTIONS,
  seed: 7,
  members: 10_000,
  activities: 5_000,
  condolences: 20_000,
});
await writeFile(out, new Uint8Array(await wb.xlsx.writeBuffer()));
