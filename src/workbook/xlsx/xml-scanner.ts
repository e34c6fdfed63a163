import { XlsxError } from "./xlsx-error.js";
import { AttributeList } from "./xml-attributes.js";
import { BANG, COLON, GT, LT, QUESTION, SLASH, charFrom, grow, isSpace, sameText, startsAt } from "./xml-chars.js";
import { decodeEntities, forbiddenCharAt, normalizeLineEnds } from "./xml-text.js";

export const END = 0;
export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export type Token = typeof END | typeof OPEN | typeof CLOSE | typeof TEXT;

/**
 * A pull scanner over one XML part (no DOM, no Node API: it runs in a browser too). It checks what
 * makes a document well-formed enough to trust (W3C XML 1.0: matching tags, quoted attributes,
 * legal characters and references) and throws XlsxError otherwise, as exceljs' SAX parser does.
 * Names are matched without their namespace prefix: `<x:c>` is `c`, as SpreadsheetML written by
 * the Open XML SDK has it (exceljs ignores such files). Names and attributes stay positions in the
 * text. Comments, processing instructions and a DOCTYPE (never interpreted) are skipped.
 */
export class XmlScanner {
  readonly xml: string;
  readonly #part: string;
  #pos = 0;
  // Open elements: start and end of each qualified name.
  #stack = new Int32Array(64);
  #depth = 0;
  // The current OPEN or CLOSE: its name ends at #nameEnd, its local name starts at #local.
  #local = 0;
  #nameEnd = 0;
  /** The current OPEN has no content (`<c/>`): no TEXT and no CLOSE follow for it. */
  selfClosing = false;
  readonly #attrs = new AttributeList();
  #textStart = 0;
  #textEnd = 0;
  #cdata = false;

  constructor(xml: string, part: string) {
    this.xml = xml;
    this.#part = part;
    const bad = forbiddenCharAt(xml);
    if (bad >= 0)
      this.fail(
        `含有 XML 不允许的控制字符（U+${xml.charCodeAt(bad).toString(16).toUpperCase().padStart(4, "0")}）`,
        bad,
      );
  }

  fail(message: string, at = this.#pos): never {
    throw new XlsxError(`${this.#part} 第${at}字符处：${message}`);
  }

  /** How many elements are open (a self-closing OPEN does not count). */
  get depth(): number {
    return this.#depth;
  }

  /** Where the scanner is: after an OPEN, where the element's content starts. */
  get position(): number {
    return this.#pos;
  }

  /**
   * Moves past a whole element that a caller read itself (fast-cell.ts), from `position` to `end`:
   * no element opens or closes for the scanner, so its stack is as it was.
   */
  skipTo(end: number): void {
    this.#pos = end;
  }

  /** Whether the current OPEN or CLOSE has this local name. */
  is(local: string): boolean {
    return this.#nameEnd - this.#local === local.length && startsAt(this.xml, local, this.#local);
  }

  next(): Token {
    const xml = this.xml;
    for (;;) {
      const at = this.#pos;
      if (at >= xml.length) {
        if (this.#depth > 0) this.fail("元素没有结束，文件不完整");
        return END;
      }
      if (xml.charCodeAt(at) !== LT) {
        const lt = charFrom(xml, LT, at);
        this.#pos = lt;
        if (this.#depth === 0) {
          if (xml.slice(at, lt).trim() !== "") this.fail("根元素之外有文字", at);
          continue;
        }
        return this.#text(at, lt, false);
      }
      const c = xml.charCodeAt(at + 1);
      if (c === SLASH) return this.#close(at);
      if (c === QUESTION) this.#pos = this.#after("?>", at);
      else if (c !== BANG) return this.#open(at);
      else if (xml.startsWith("<!--", at)) this.#pos = this.#after("-->", at);
      else if (xml.startsWith("<![CDATA[", at)) {
        this.#pos = this.#after("]]>", at);
        if (this.#depth === 0) this.fail("根元素之外有 CDATA", at);
        return this.#text(at + 9, this.#pos - 3, true);
      } else if (xml.startsWith("<!DOCTYPE", at)) {
        // An internal subset ([…]) is skipped whole, so its entities stay unknown.
        const bracket = charFrom(xml, 0x5b, at);
        this.#pos =
          bracket < charFrom(xml, GT, at) ? this.#after(">", this.#after("]", bracket)) : this.#after(">", at);
      } else this.fail("无法识别的标记", at);
    }
  }

  #text(start: number, end: number, cdata: boolean): Token {
    this.#textStart = start;
    this.#textEnd = end;
    this.#cdata = cdata;
    return TEXT;
  }

  #after(terminator: string, from: number): number {
    const end = this.xml.indexOf(terminator, from);
    if (end < 0) this.fail(`缺少“${terminator}”，文件不完整`, from);
    return end + terminator.length;
  }

  #close(at: number): Token {
    const xml = this.xml;
    const gt = charFrom(xml, GT, at);
    if (gt >= xml.length) this.fail("结束标签没有结束，文件不完整", at);
    let end = gt;
    while (end > at + 2 && isSpace(xml.charCodeAt(end - 1))) end--;
    const d = --this.#depth;
    if (d < 0) this.fail("多余的结束标签", at);
    const open = this.#stack[2 * d] as number;
    const openEnd = this.#stack[2 * d + 1] as number;
    if (!sameText(xml, open, openEnd, at + 2, end))
      this.fail(`结束标签“${xml.slice(at + 2, end)}”与“${xml.slice(open, openEnd)}”不匹配`, at);
    this.#setName(at + 2, end);
    this.#pos = gt + 1;
    return CLOSE;
  }

  #setName(start: number, end: number): void {
    this.#nameEnd = end;
    this.#local = start;
    for (let i = start; i < end; i++) if (this.xml.charCodeAt(i) === COLON) this.#local = i + 1;
  }

  #open(at: number): Token {
    const xml = this.xml;
    let i = at + 1;
    for (let c = xml.charCodeAt(i); i < xml.length && c !== GT && c !== SLASH && !isSpace(c); c = xml.charCodeAt(i))
      i++;
    if (i >= xml.length) this.fail("标签没有结束，文件不完整", at);
    if (i === at + 1) this.fail("标签没有名字", at);
    this.#setName(at + 1, i);
    this.#attrs.clear();
    for (;;) {
      while (isSpace(xml.charCodeAt(i))) i++;
      const c = xml.charCodeAt(i);
      if (c === GT || (c === SLASH && xml.charCodeAt(i + 1) === GT)) {
        this.selfClosing = c === SLASH;
        this.#pos = c === GT ? i + 1 : i + 2;
        break;
      }
      i = this.#attrs.parse(this, i, at);
    }
    if (!this.selfClosing) {
      if (2 * this.#depth + 2 > this.#stack.length) this.#stack = grow(this.#stack);
      this.#stack[2 * this.#depth] = at + 1;
      this.#stack[2 * this.#depth + 1] = this.#nameEnd;
      this.#depth++;
    }
    return OPEN;
  }

  /** End (exclusive) of the value found by the last successful attrStart. */
  get attrEnd(): number {
    return this.#attrs.end;
  }

  /** Where the value of an attribute (by local name) of the current OPEN starts, or -1; see attrEnd. */
  attrStart(local: string): number {
    return this.#attrs.find(this.xml, local);
  }

  attr(local: string): string | undefined {
    const start = this.#attrs.find(this.xml, local);
    return start < 0 ? undefined : decodeEntities(this.xml.slice(start, this.#attrs.end));
  }

  /** The character data of the current TEXT, references replaced. */
  text(): string {
    const raw = this.xml.slice(this.#textStart, this.#textEnd);
    return this.#cdata ? normalizeLineEnds(raw) : decodeEntities(raw);
  }

  /**
   * After an OPEN whose content is plain text right up to its CLOSE (`<v>123</v>`, the usual case):
   * consumes both and gives the text's end (it starts at `position` before the call); -1, consuming
   * nothing, when the content is anything else.
   */
  plainTextEnd(): number {
    if (this.selfClosing) return -1;
    const xml = this.xml;
    const lt = charFrom(xml, LT, this.#pos);
    const d = this.#depth - 1;
    const open = this.#stack[2 * d] as number;
    const openEnd = this.#stack[2 * d + 1] as number;
    const close = lt + 2 + openEnd - open;
    if (
      xml.charCodeAt(lt + 1) !== SLASH ||
      xml.charCodeAt(close) !== GT ||
      !sameText(xml, open, openEnd, lt + 2, close)
    )
      return -1;
    this.#depth = d;
    this.#setName(lt + 2, close);
    this.#pos = close + 1;
    return lt;
  }
}
