import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // LibreOffice round trips and large hostile inputs take seconds each on a 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: "forks",
    reporters: ["default", "./tests/reporter.ts"],
  },
});
