// The floor of reading a workbook (issue 10): what any reader must do at the least, in one Node
// process: find every zip entry from the central directory, inflate each once with zlib, and count
// the cells (`<c ` and `<c>`) of the worksheets. Nothing is checked, parsed or kept. `npm run bench`
// divides the CLI's whole `validate` process by this process, both timed alike, alternated.
import { readFile } from "node:fs/promises";
import { inflateRawSync } from "node:zlib";

const bytes = await readFile(process.argv[2]);
const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
let eocd = bytes.length - 22;
while (v.getUint32(eocd, true) !== 0x06054b50) eocd--;
const count = v.getUint16(eocd + 10, true);
let at = v.getUint32(eocd + 16, true);
let cells = 0;
for (let i = 0; i < count; i++) {
  const [method, compressed, nameLength, extra, comment, local] = [
    v.getUint16(at + 10, true),
    v.getUint32(at + 20, true),
    v.getUint16(at + 28, true),
    v.getUint16(at + 30, true),
    v.getUint16(at + 32, true),
    v.getUint32(at + 42, true),
  ];
  const name = bytes.toString("utf8", at + 46, at + 46 + nameLength);
  const start = local + 30 + v.getUint16(local + 26, true) + v.getUint16(local + 28, true);
  const stored = bytes.subarray(start, start + compressed);
  const data = method === 8 ? inflateRawSync(stored) : stored;
  if (name.startsWith("xl/worksheets/")) {
    for (let j = data.indexOf("<c"); j >= 0; j = data.indexOf("<c", j + 2))
      if (data[j + 2] === 0x20 || data[j + 2] === 0x3e) cells++;
  }
  at += 46 + nameLength + extra + comment;
}
console.log(cells);
