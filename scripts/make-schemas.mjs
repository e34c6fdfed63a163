// Writes schemas/profile.schema.json from the one schema of the profile file format
// (src/profiles/file-format.ts). Run through tsx, which reads the TypeScript source: `npm run schemas`.
// tests/profiles/profile-schema.test.ts fails when the file is stale.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { profileJsonSchemaText } from "../src/profiles/json-schema.ts";

const out = fileURLToPath(new URL("../schemas/profile.schema.json", import.meta.url));
writeFileSync(out, profileJsonSchemaText());
console.log(`wrote ${out}`);
