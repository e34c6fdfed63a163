/**
 * Real Office files that other programs would hand the CLI, made with headless LibreOffice:
 * a password-protected .xlsx (an OLE compound file holding EncryptionInfo and EncryptedPackage, as
 * Excel writes it) and a legacy Excel 97–2003 .xls.
 *
 * `--convert-to` cannot set a password, so the encrypted file comes from a Basic macro run in a
 * private LibreOffice profile: it stores the workbook with the "Calc MS Excel 2007 XML" filter and
 * EncryptionData { OOXPassword, CryptoType = Standard }, which is what LibreOffice's own
 * "Save with password" dialog passes for OOXML formats.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

const MODULE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Encrypt(src As String, dst As String, password As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(src), &quot;_blank&quot;, 0, args())
  Dim enc(1) As New com.sun.star.beans.NamedValue
  enc(0).Name = &quot;OOXPassword&quot;
  enc(0).Value = password
  enc(1).Name = &quot;CryptoType&quot;
  enc(1).Value = &quot;Standard&quot;
  Dim props(1) As New com.sun.star.beans.PropertyValue
  props(0).Name = &quot;FilterName&quot;
  props(0).Value = &quot;Calc MS Excel 2007 XML&quot;
  props(1).Name = &quot;EncryptionData&quot;
  props(1).Value = enc()
  doc.storeToURL(ConvertToURL(dst), props())
  doc.close(True)
End Sub
</script:module>
`;

export interface OfficeFiles {
  readonly encryptedXlsx: Uint8Array;
  readonly legacyXls: Uint8Array;
}

export async function libreOfficeFiles(xlsx: Uint8Array): Promise<OfficeFiles> {
  const dir = await mkdtemp(join(tmpdir(), "ul-lo-macro-"));
  const profile = `-env:UserInstallation=file://${join(dir, "profile")}`;
  try {
    const input = join(dir, "ledger.xlsx");
    await writeFile(input, xlsx);
    // The first run creates the profile (and would overwrite a macro library put there before).
    await run("soffice", [profile, "--headless", "--norestore", "--convert-to", "xls", "--outdir", join(dir, "xls"), input], { timeout: 120_000 });
    await writeFile(join(dir, "profile/user/basic/Standard/Module1.xba"), MODULE);
    const encrypted = join(dir, "encrypted.xlsx");
    await run("soffice", [profile, "--headless", "--norestore", `macro:///Standard.Module1.Encrypt("${input}","${encrypted}","secret")`], { timeout: 120_000 });
    return { encryptedXlsx: new Uint8Array(await readFile(encrypted)), legacyXls: new Uint8Array(await readFile(join(dir, "xls/ledger.xls"))) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
