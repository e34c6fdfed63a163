// `npm run demo`: the bundled example workbook → findings → totals → report.docx, through the real CLI.
// Outputs go to out/ (created here; the example itself is never written to).
import { mkdir, writeFile } from "node:fs/promises";
import { main } from "../dist/cli/main.mjs";

const example = "templates/example-2024.xlsx";
await mkdir("out", { recursive: true });

console.log(`== union-ledger validate ${example}`);
const validateCode = await main(["validate", example]);
console.log(
  `(exit code ${validateCode}: ${validateCode === 1 ? "the example has error findings, on purpose" : "no errors"})\n`,
);

console.log(`== union-ledger totals ${example}`);
await main(["totals", example]);

console.log(`\n== union-ledger report ${example} -o out/report.docx`);
const reportCode = await main(["report", example, "-o", "out/report.docx", "--force"]);
console.log(`(exit code ${reportCode}: the report is written and says on page 1 that the data has errors)`);

// Machine-readable copies for the curious.
const capture = async (args) => {
  const chunks = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (c) => (chunks.push(String(c)), true);
  try {
    await main(args);
  } finally {
    process.stdout.write = write;
  }
  return chunks.join("");
};
await writeFile("out/findings.json", await capture(["validate", example, "--json"]));
await writeFile("out/totals.json", await capture(["totals", example, "--json"]));
console.log("\nwrote out/report.docx, out/findings.json and out/totals.json");
process.exitCode = 0;
