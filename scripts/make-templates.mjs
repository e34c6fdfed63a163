// Regenerates the committed files of templates/ from the layout definition and the example
// generator (run by `npm run templates`; a test fails when they are stale).
import { writeFile } from "node:fs/promises";
import { BUNDLED, bundledTemplate, exampleWorkbook } from "../dist/tools/sample/bundled.js";

const template = await bundledTemplate();
await writeFile(BUNDLED.template, new Uint8Array(await template.xlsx.writeBuffer()));
const { wb } = await exampleWorkbook();
await writeFile(BUNDLED.example, new Uint8Array(await wb.xlsx.writeBuffer()));
console.log(`wrote ${BUNDLED.template} and ${BUNDLED.example}`);
