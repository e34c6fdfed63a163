/**
 * A minimal OLE compound file (MS-CFB, version 3, 512-byte sectors): header, one FAT sector, one
 * directory sector with a root entry and the named (empty) streams. Office puts an encrypted
 * .xlsx in such a container with the streams "EncryptionInfo" and "EncryptedPackage"; an old .xls
 * has a "Workbook" stream.
 */
const SECTOR = 512;
const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;

export function compoundFile(streamNames: readonly string[]): Uint8Array {
  if (streamNames.length > 3) throw new Error("one directory sector holds four entries");
  const out = new Uint8Array(SECTOR * 3);
  const v = new DataView(out.buffer);
  // Header
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => (out[i] = b));
  v.setUint16(0x18, 0x003e, true); // minor version
  v.setUint16(0x1a, 0x0003, true); // major version 3
  v.setUint16(0x1c, 0xfffe, true); // byte order
  v.setUint16(0x1e, 9, true); // sector shift: 512
  v.setUint16(0x20, 6, true); // mini sector shift: 64
  v.setUint32(0x2c, 1, true); // number of FAT sectors
  v.setUint32(0x30, 1, true); // first directory sector
  v.setUint32(0x38, 4096, true); // mini stream cutoff
  v.setUint32(0x3c, ENDOFCHAIN, true); // first mini FAT sector
  v.setUint32(0x44, ENDOFCHAIN, true); // first DIFAT sector
  v.setUint32(0x4c, 0, true); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) v.setUint32(0x4c + i * 4, FREESECT, true);
  // Sector 0 (file offset 512): the FAT
  const fat = SECTOR;
  for (let i = 0; i < 128; i++) v.setUint32(fat + i * 4, FREESECT, true);
  v.setUint32(fat, FATSECT, true);
  v.setUint32(fat + 4, ENDOFCHAIN, true);
  // Sector 1 (file offset 1024): the directory
  const dir = SECTOR * 2;
  const entry = (i: number, name: string, type: 1 | 2 | 5, child: number, right: number): void => {
    const at = dir + i * 128;
    for (let j = 0; j < name.length; j++) v.setUint16(at + j * 2, name.charCodeAt(j), true);
    v.setUint16(at + 0x40, (name.length + 1) * 2, true);
    out[at + 0x42] = type;
    out[at + 0x43] = 1; // black
    v.setUint32(at + 0x44, NOSTREAM, true); // left sibling
    v.setUint32(at + 0x48, right, true); // right sibling
    v.setUint32(at + 0x4c, child, true);
    v.setUint32(at + 0x74, type === 5 ? ENDOFCHAIN : 0, true); // starting sector
  };
  entry(0, "Root Entry", 5, streamNames.length > 0 ? 1 : NOSTREAM, NOSTREAM);
  streamNames.forEach((name, i) => entry(i + 1, name, 2, NOSTREAM, i + 2 <= streamNames.length ? i + 2 : NOSTREAM));
  return out;
}
