// Renders assets/icon.svg to the PNG sizes the add-in manifest names: 16, 32 and 80 (required) and 20,
// 24, 40, 48, 64 (the other sizes Office supports, picked at display scaling above 100 %) for the
// ribbon; 32 and 64 for the add-in list (IconUrl, HighResolutionIconUrl: 64 × 64 for a task pane); 128
// for listings outside Office (the admin center, a catalogue page), which the XML manifest cannot name. Run by `npm run icons`; the PNGs are
// committed, and tests/addin-build/manifest.test.ts checks that every icon the manifest names exists
// with the right size.
import { readFile, writeFile } from "node:fs/promises";
import { Resvg } from "@resvg/resvg-js";

const ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128];

const svg = await readFile(new URL("../assets/icon.svg", import.meta.url), "utf8");
for (const size of ICON_SIZES) {
  const png = new Resvg(svg, { fitTo: { mode: "width", value: size }, background: "rgba(0,0,0,0)" }).render().asPng();
  const out = new URL(`../assets/icon-${size}.png`, import.meta.url);
  await writeFile(out, png);
  console.log(`wrote assets/icon-${size}.png (${png.length} bytes)`);
}
