/**
 * A problem that ends a command with exit code 2 and one plain message (cli.md): a missing file,
 * an output that exists, a bad profile file. Thrown inside the CLI only and caught in main.
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export const ExitCode = { ok: 0, findings: 1, unusable: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
