import { FileChild, NumberValueElement, StringValueElement, XmlComponent } from "docx";

/** What names one tagged control: the tag the Word pane finds it by, and the title Word shows. */
export interface ControlSpec {
  readonly tag: string;
  readonly title: string;
}

/**
 * Word's ids of our controls start here: any number is valid, and the ids only have to differ within a document
 * (Word renumbers clashes when it inserts one into another).
 */
export const FIRST_CONTROL_ID = 1_000;

/** `<w:sdtPr>`: alias (the title), tag and id, in the schema's order; no lock, so a clerk may edit or delete it. */
class ControlProperties extends XmlComponent {
  constructor(spec: ControlSpec, id: number) {
    super("w:sdtPr");
    this.root.push(
      new StringValueElement("w:alias", spec.title),
      new StringValueElement("w:tag", spec.tag),
      new NumberValueElement("w:id", id),
    );
  }
}

class ControlContent extends XmlComponent {
  constructor(children: readonly FileChild[]) {
    super("w:sdtContent");
    this.root.push(...children);
  }
}

/**
 * A block-level content control (`<w:sdt>`) around paragraphs, tables and charts: a body child of docx's tree like a
 * paragraph, so docx writes it (and escapes its alias and tag) with the rest of document.xml. docx has no general one
 * (its CheckBox is a run-level `w:sdt` of this same shape).
 */
export class BlockControl extends FileChild {
  constructor(spec: ControlSpec, id: number, children: readonly FileChild[]) {
    super("w:sdt");
    this.root.push(new ControlProperties(spec, id), new ControlContent(children));
  }
}
