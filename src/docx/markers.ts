import { Paragraph, TextRun } from "docx";

/**
 * The docx package has no general block-level content control, so the writer brackets each
 * section with two marker paragraphs and `wrapContentControls` turns them into a `<w:sdt>` in
 * document.xml. Markers carry a per-document nonce, so no cell text can imitate one.
 */
export interface ControlSpec {
  readonly tag: string;
  readonly title: string;
}

export class Markers {
  readonly #nonce: string;
  readonly #controls: ControlSpec[] = [];

  constructor(nonce: string) {
    this.#nonce = nonce;
  }

  /** The two marker paragraphs that bracket one control's content. */
  control(control: ControlSpec): { readonly begin: Paragraph; readonly end: Paragraph } {
    const index = this.#controls.push(control) - 1;
    return {
      begin: new Paragraph({ children: [new TextRun(this.#text("B", index))] }),
      end: new Paragraph({ children: [new TextRun(this.#text("E", index))] }),
    };
  }

  #text(kind: "B" | "E", index: number): string {
    return `ULMARK${this.#nonce}${kind}${index}END`;
  }

  get controls(): readonly ControlSpec[] {
    return this.#controls;
  }

  get nonce(): string {
    return this.#nonce;
  }
}

/** Raised when the marker paragraphs are not where the writer put them: a bug, not bad input. */
export class MarkerError extends Error {
  override readonly name = "MarkerError";
}

const escapeAttr = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The paragraph (`<w:p>…</w:p>`) that holds `needle`, as [start, end) offsets. */
function paragraphAround(xml: string, needle: string): [number, number] {
  const at = xml.indexOf(needle);
  if (at < 0) throw new MarkerError(`marker ${needle} not found`);
  const open = Math.max(xml.lastIndexOf("<w:p>", at), xml.lastIndexOf("<w:p ", at));
  const close = xml.indexOf("</w:p>", at);
  if (open < 0 || close < 0) throw new MarkerError(`marker ${needle} is not inside a paragraph`);
  return [open, close + "</w:p>".length];
}

/** Replaces each marker pair in document.xml with a block-level content control (w:sdt). */
export function wrapContentControls(documentXml: string, markers: Markers): string {
  let xml = documentXml;
  markers.controls.forEach((c, i) => {
    const id = 1_000 + i;
    const open = `<w:sdt><w:sdtPr><w:alias w:val="${escapeAttr(c.title)}"/><w:tag w:val="${escapeAttr(c.tag)}"/><w:id w:val="${id}"/></w:sdtPr><w:sdtContent>`;
    const [bs, be] = paragraphAround(xml, `ULMARK${markers.nonce}B${i}END`);
    xml = xml.slice(0, bs) + open + xml.slice(be);
    const [es, ee] = paragraphAround(xml, `ULMARK${markers.nonce}E${i}END`);
    xml = `${xml.slice(0, es)}</w:sdtContent></w:sdt>${xml.slice(ee)}`;
  });
  if (xml.includes(`ULMARK${markers.nonce}`)) throw new MarkerError("a marker was left in the document");
  return xml;
}
