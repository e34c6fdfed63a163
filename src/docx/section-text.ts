import type { Section } from "../report/model.js";

/** A section's plain text (title, paragraphs, table cells), for change detection and tests. */
export function sectionText(s: Section): string {
  const parts: string[] = [s.title];
  for (const b of s.blocks) {
    if (b.kind === "paragraph") parts.push(b.runs.map((r) => r.text).join(""));
    else if (b.kind === "heading") parts.push(b.text);
    else if (b.kind === "table") parts.push(b.caption, ...b.header, ...b.rows.flat());
    else parts.push(b.chart.title);
  }
  return parts.join("\n");
}
