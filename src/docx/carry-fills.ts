import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { FILL_TAG_PREFIX } from "../report/model.js";

const DOCUMENT = "word/document.xml";

/** What carrying the 【请补充】 places over did: the places kept from the old file, and those left as new. */
export interface CarriedFills {
  readonly bytes: Uint8Array;
  /** Tags whose content came from the old file. */
  readonly kept: readonly string[];
  /**
   * Tags the old file has but that could not be carried: content that refers to other parts of the old
   * package (a picture, a link: r:id / r:embed) would dangle in the new one. The clerk is told.
   */
  readonly skipped: readonly string[];
}

/** Each fill control of a document.xml: its tag and its whole `<w:sdt>…</w:sdt>` element, with where it is. */
function fillControls(xml: string): { tag: string; start: number; end: number }[] {
  const out: { tag: string; start: number; end: number }[] = [];
  const tagRe = new RegExp(`<w:tag w:val="(${FILL_TAG_PREFIX}[^"]*)"\\s*/>`, "gu");
  for (const m of xml.matchAll(tagRe)) {
    const at = m.index;
    const start = xml.lastIndexOf("<w:sdt>", at);
    if (start < 0 || m[1] === undefined) continue;
    // The matching end: nested controls (a chairman may add one) are counted.
    let depth = 0;
    let end = -1;
    const re = /<w:sdt>|<\/w:sdt>/gu;
    re.lastIndex = start;
    for (let t = re.exec(xml); t; t = re.exec(xml)) {
      depth += t[0] === "<w:sdt>" ? 1 : -1;
      if (depth === 0) {
        end = t.index + t[0].length;
        break;
      }
    }
    if (end > 0) out.push({ tag: m[1], start, end });
  }
  return out;
}

/**
 * A re-run's new report with the 【请补充】 places of the old one (docx the program wrote before): what the
 * chairman wrote there stays, whatever the new ledger says (narrative.md: refreshes keep them). Only our own
 * fill controls are touched; everything else is the new report. Returns the new bytes unchanged when the
 * old file has none.
 */
export function carryFills(oldDocx: Uint8Array, newDocx: Uint8Array): CarriedFills {
  const oldParts = unzipSync(oldDocx);
  const oldXml = oldParts[DOCUMENT];
  if (!oldXml) return { bytes: newDocx, kept: [], skipped: [] };
  const old = strFromU8(oldXml);
  const oldFills = new Map(fillControls(old).map((c) => [c.tag, old.slice(c.start, c.end)]));
  if (oldFills.size === 0) return { bytes: newDocx, kept: [], skipped: [] };
  const parts = unzipSync(newDocx);
  const newXml = parts[DOCUMENT];
  if (!newXml) return { bytes: newDocx, kept: [], skipped: [] };
  let xml = strFromU8(newXml);
  const kept: string[] = [];
  const skipped: string[] = [];
  // From the end, so earlier positions stay valid while later ones are replaced.
  for (const c of fillControls(xml).reverse()) {
    const was = oldFills.get(c.tag);
    if (was === undefined || was === xml.slice(c.start, c.end)) continue;
    if (/\br:(id|embed|link)=/u.test(was)) {
      skipped.push(c.tag);
      continue;
    }
    xml = xml.slice(0, c.start) + was + xml.slice(c.end);
    kept.push(c.tag);
  }
  if (kept.length === 0) return { bytes: newDocx, kept, skipped };
  parts[DOCUMENT] = strToU8(xml);
  return { bytes: zipSync(parts, { level: 6 }), kept: kept.reverse(), skipped: skipped.reverse() };
}
