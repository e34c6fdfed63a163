import { Document, Packer, Paragraph } from "docx";
import { nativeChart } from "../../src/charts/native-chart.js";
import type { ChartSpec } from "../../src/charts/spec.js";

/** A .docx holding each chart natively, under a caption naming it. */
export async function chartsDocx(specs: readonly ChartSpec[]): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: specs.flatMap((s) => [
          new Paragraph({ text: `图：${s.id}` }),
          new Paragraph({ children: [nativeChart(s)] }),
        ]),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
