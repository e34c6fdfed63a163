import { readFile } from "node:fs/promises";
import { strFromU8, unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { analyzeBytes, type Analysis } from "../../src/analysis/analyze.js";
import { linkFromProperties, type LinkRecord } from "../../src/docx/link.js";
import { textHash } from "../../src/docx/text-hash.js";
import { controlTexts } from "../../src/docx/units.js";
import { buildReport } from "../../src/narrative/build.js";
import type { Report } from "../../src/report/model.js";
import { ROOT } from "./harness.js";

export const EXAMPLE = `${ROOT}templates/example-2024.xlsx`;

/** Widest element past the pane's right edge (CSS px): 0 when nothing is cut off at 350 px. */
export async function horizontalOverflow(page: Page): Promise<{ overflow: number; culprit: string }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    let worst = { overflow: 0, culprit: "" };
    for (const el of document.querySelectorAll("body *")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const over = Math.round(r.right - width);
      if (over > worst.overflow)
        worst = {
          overflow: over,
          culprit: `${el.tagName}.${String(el.className).slice(0, 40)} “${(el.textContent ?? "").slice(0, 30)}”`,
        };
    }
    return worst;
  });
}

const sha256 = async (t: string | Uint8Array): Promise<string> =>
  Buffer.from(
    await crypto.subtle.digest(
      "SHA-256",
      typeof t === "string" ? new TextEncoder().encode(t) : (t as Uint8Array<ArrayBuffer>),
    ),
  ).toString("hex");

/** The example analysed by the core in Node: what the pages must agree with. */
export async function exampleAnalysis(): Promise<{ bytes: Uint8Array; analysis: Analysis; sha256: string }> {
  const bytes = new Uint8Array(await readFile(EXAMPLE));
  const r = await analyzeBytes(bytes);
  if (!r.ok) throw new Error(r.error.code);
  return { bytes, analysis: r.value, sha256: await sha256(bytes) };
}

export function reportFor(analysis: Analysis, fileName: string, fileSha: string): Report {
  return buildReport(analysis, {
    source: {
      fileName,
      sha256: fileSha,
      templateVersion: analysis.ledger.template?.version ?? null,
      generatedAt: "",
      profileId: analysis.profile.id,
    },
  });
}

/** The hashes a report's controls must carry, computed from the model in Node. */
export async function expectedHashes(report: Report): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const u of controlTexts(report)) out[u.tag] = await textHash(u.text, sha256);
  return out;
}

/** A .docx read back: its control tags in order, its link record, its pictures and its plain text. */
export function readDocx(bytes: Uint8Array): {
  tags: string[];
  link: LinkRecord | undefined;
  pictures: Uint8Array[];
  text: string;
} {
  const files = unzipSync(bytes);
  const xml = strFromU8(files["word/document.xml"] ?? new Uint8Array());
  const custom = strFromU8(files["docProps/custom.xml"] ?? new Uint8Array());
  const props = new Map(
    [...custom.matchAll(/name="([^"]+)"><vt:lpwstr>([^<]*)</g)].map((m) => [m[1] ?? "", m[2] ?? ""]),
  );
  return {
    tags: [...xml.matchAll(/<w:tag w:val="([^"]+)"\/>/g)].map((m) => m[1] ?? ""),
    link: linkFromProperties(props),
    pictures: Object.entries(files)
      .filter(([k]) => /^word\/media\/.+\.png$/.test(k))
      .map(([, v]) => v),
    text: [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""),
  };
}
