import { createHash } from "node:crypto";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { chartsDocx } from "../charts/charts-docx.js";
import { exampleSpecs } from "../charts/fixtures.js";
import { contentHash } from "./libreoffice-batch.js";

const rezip = (
  bytes: Uint8Array,
  mtime: Date,
  edit: (parts: Record<string, Uint8Array>) => void = () => {},
): Uint8Array => {
  const parts = unzipSync(bytes);
  edit(parts);
  return zipSync(parts, { mtime });
};

describe("the LibreOffice cache's content hash", () => {
  it("is the same for the same docx written twice (random chart ids, drawing ids, time of writing, zip times), and differs when a text does", async () => {
    const specs = await exampleSpecs();
    const [a, b] = [await chartsDocx(specs), await chartsDocx(specs)];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    expect(contentHash(b)).toBe(contentHash(a));
    expect(contentHash(rezip(a, new Date(2001, 0, 1)))).toBe(contentHash(rezip(a, new Date(2020, 5, 6))));
    const edited = rezip(a, new Date(2001, 0, 1), (parts) => {
      parts["word/document.xml"] = strToU8(
        strFromU8(parts["word/document.xml"] ?? new Uint8Array()).replace("图：", "表："),
      );
    });
    expect(contentHash(edited)).not.toBe(contentHash(a));
  });

  it("is the plain SHA-256 of what is not a zip", () => {
    const bytes = strToU8("not a zip");
    expect(contentHash(bytes)).toBe(createHash("sha256").update(bytes).digest("hex"));
  });
});
