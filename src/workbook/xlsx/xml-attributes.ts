import { DQ, EQ, GT, SQ, charFrom, grow, isSpace, sameText, startsAt } from "./xml-chars.js";

/**
 * The attributes of the element being read, as positions in the part's text (five numbers each:
 * name start, local name start, name end, value start, value end), so that a million cells cut no
 * substring for attributes nobody asks for. Reset for every tag. An attribute named twice in one
 * tag is not well-formed (W3C XML 1.0, §3.1 Unique Att Spec): `<c r="J3" r="I3">` is refused, as
 * XML parsers refuse it, never read as whichever comes first.
 */
export class AttributeList {
  #a = new Int32Array(64);
  #count = 0;
  /** End (exclusive) of the value found by the last successful `find`. */
  end = 0;

  clear(): void {
    this.#count = 0;
  }

  /**
   * Reads one `name="value"` (or 'value') of the tag at `tag`, from `from`; gives where it ends.
   * Throws through `s.fail` when it is not one (W3C XML 1.0, §3.1 Attribute).
   */
  parse(s: { readonly xml: string; fail(message: string, at: number): never }, from: number, tag: number): number {
    const xml = s.xml;
    let i = from;
    let local = from;
    for (;;) {
      const c = xml.charCodeAt(i);
      // Name characters are above ">" but for "-", ".", digits and ":" (§2.3 NameChar).
      if (c > GT || c === 0x2d || c === 0x2e || (c >= 0x30 && c <= 0x39)) i++;
      else if (c === 0x3a)
        local = ++i; // a prefix ends: the local name starts
      else if (c === EQ || isSpace(c)) break;
      else s.fail("属性格式错误", tag);
    }
    const nameEnd = i;
    while (isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== EQ || nameEnd === from) s.fail("属性格式错误", tag);
    i++;
    while (isSpace(xml.charCodeAt(i))) i++;
    const quote = xml.charCodeAt(i);
    if (quote !== DQ && quote !== SQ) s.fail("属性值缺少引号", tag);
    const end = charFrom(xml, quote, i + 1);
    if (end >= xml.length) s.fail("属性值没有结束，文件不完整", tag);
    const a = this.#a;
    for (let k = 0; k < this.#count; k += 5) {
      if (sameText(xml, a[k] as number, a[k + 2] as number, from, nameEnd))
        s.fail(`属性“${xml.slice(from, nameEnd)}”重复`, tag);
    }
    this.#add(from, local, nameEnd, i + 1, end);
    return end + 1;
  }

  #add(name: number, local: number, nameEnd: number, valueStart: number, valueEnd: number): void {
    if (this.#count + 5 > this.#a.length) this.#a = grow(this.#a);
    const a = this.#a;
    const k = this.#count;
    a[k] = name;
    a[k + 1] = local;
    a[k + 2] = nameEnd;
    a[k + 3] = valueStart;
    a[k + 4] = valueEnd;
    this.#count = k + 5;
  }

  /** Where the value of the attribute with this local name starts, or -1; its end is then in `end`. */
  find(xml: string, local: string): number {
    const a = this.#a;
    for (let k = 0; k < this.#count; k += 5) {
      const start = a[k + 1] as number;
      if ((a[k + 2] as number) - start === local.length && startsAt(xml, local, start)) {
        this.end = a[k + 4] as number;
        return a[k + 3] as number;
      }
    }
    return -1;
  }
}
