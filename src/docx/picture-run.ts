import { ImageRun, type ParagraphChild } from "docx";
import type { ChartSpec } from "../charts/spec.js";

/** Width of a chart in the document: 15 cm of the 15.6 cm text width of an A4 公文 page. */
const WIDTH_PX = 567;

/**
 * The pictures wait here while the docx package lays the document out: it is given a short placeholder for each
 * (unique), and write.ts puts the picture in its placeholder's place in the parts it unzips anyway (`placePictures`).
 * Handed the picture itself, the package would hash it (SHA-1 in JavaScript) and deflate it, and write.ts would
 * inflate it again and deflate it once more: three passes over every 40–70 kB chart for nothing. And a picture still
 * being drawn (the CLI draws PNG charts on a worker thread) is waited for only then, so the document is laid out and
 * packed meanwhile.
 */
const PLACEHOLDER = "union-ledger:picture:";
const waiting = new Map<string, Uint8Array | Promise<Uint8Array>>();
let serial = 0;

/**
 * A chart drawn as PNG (by resvg in Node or a canvas in the pane) → the picture a paragraph holds. `png` may still be
 * coming: only its pixel size is needed now.
 */
export function pictureRun(spec: ChartSpec, png: Uint8Array | Promise<Uint8Array>, pixelWidth: number, pixelHeight: number): ParagraphChild {
  const key = `${PLACEHOLDER}${++serial}`;
  if (png instanceof Promise) png.catch(() => undefined); // a failure is thrown where the picture is placed
  waiting.set(key, png);
  return new ImageRun({
    type: "png",
    data: new TextEncoder().encode(key),
    transformation: { width: WIDTH_PX, height: Math.round((WIDTH_PX * pixelHeight) / pixelWidth) },
    altText: { name: spec.title, title: spec.title, description: spec.description },
  });
}

/** Puts each picture in place of its placeholder among a package's parts (word/media/…), once. */
export async function placePictures(parts: Record<string, Uint8Array>): Promise<void> {
  for (const [name, data] of Object.entries(parts)) {
    if (!name.startsWith("word/media/") || data.length > 64) continue;
    const key = new TextDecoder().decode(data);
    if (!key.startsWith(PLACEHOLDER)) continue;
    const png = waiting.get(key);
    if (png === undefined) throw new Error(`picture ${key} was placed already`);
    waiting.delete(key);
    parts[name] = await png;
  }
}
