/**
 * A real password-protected .xlsx that other programs would hand the CLI, made with headless
 * LibreOffice: an OLE compound file holding EncryptionInfo and EncryptedPackage, as Excel writes it.
 *
 * `--convert-to` cannot set a password, so the encrypted file comes from a Basic macro run in a
 * private LibreOffice profile: it stores the workbook with the "Calc MS Excel 2007 XML" filter and
 * EncryptionData { OOXPassword, CryptoType = Standard }, which is what LibreOffice's own
 * "Save with password" dialog passes for OOXML formats.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { profileArgument } from "../helpers/libreoffice.js";

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

/**
 * `xlsx` saved with a password by LibreOffice, in the profile given (the legacy .xls is a plain
 * `--convert-to xls`: tests/helpers/libreoffice-jobs.ts). The macro library is written into the
 * profile after LibreOffice has created it (its first start would overwrite one put there before).
 */
export async function libreOfficeEncrypt(
  xlsx: Uint8Array,
  password: string,
  profileDir: string,
  workDir: string,
): Promise<Uint8Array> {
  const profile = profileArgument(profileDir);
  const basic = join(profileDir, "user/basic/Standard");
  if (!existsSync(basic))
    await run("soffice", [profile, "--headless", "--norestore", "--terminate_after_init"], { timeout: 120_000 });
  await writeFile(join(basic, "Module1.xba"), MODULE);
  await mkdir(workDir, { recursive: true });
  const input = join(workDir, "ledger.xlsx");
  const encrypted = join(workDir, "encrypted.xlsx");
  await writeFile(input, xlsx);
  await run(
    "soffice",
    [
      profile,
      "--headless",
      "--norestore",
      `macro:///Standard.Module1.Encrypt("${input}","${encrypted}","${password}")`,
    ],
    { timeout: 170_000 },
  );
  return new Uint8Array(await readFile(encrypted));
}
