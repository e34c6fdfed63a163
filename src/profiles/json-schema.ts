import * as z from "zod/mini";
import { profileFileSchema } from "./file-format.js";

/**
 * schemas/profile.schema.json as the schema of file-format.ts emits it (`npm run schemas` writes it;
 * tests/profiles/profile-schema.test.ts fails when the file is stale). Not used at run time, so
 * the add-in does not carry the JSON Schema generator.
 */
export function profileJsonSchema(): Record<string, unknown> {
  const { $schema, $id, title, description, ...rest } = z.toJSONSchema(profileFileSchema, {
    target: "draft-2020-12",
    io: "output",
    unrepresentable: "throw",
  }) as Record<string, unknown>;
  // What the file is comes first, for the upper union who opens it.
  return { $schema, $id, title, description, ...rest };
}

/** The file's text: two-space JSON and a final newline. */
export const profileJsonSchemaText = (): string => `${JSON.stringify(profileJsonSchema(), null, 2)}\n`;
