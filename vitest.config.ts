import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);

const shared = {
  resolve: {
    alias: {
      "@": root,
      // Outside the react-server build, "server-only" throws on import; tests are server code.
      "server-only": path.join(root, "scripts/lib/server-only-stub.ts"),
    },
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: "unit",
          sequence: { groupOrder: 0 },
          include: ["server/**/*.test.ts", "app/**/*.test.ts", "prisma/**/*.test.ts", "tests/unit/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          setupFiles: ["tests/support/fail-on-console.ts"],
          // Unit tests do no I/O: the env schema's required values are placeholders reaching nothing.
          env: {
            NODE_ENV: "test",
            DATABASE_URL: "postgresql://unit-tests.invalid/unused",
            AUTH_SECRET: "unit-tests-never-sign-anything-with-this-one",
          },
        },
      },
      {
        ...shared,
        test: {
          name: "integration",
          sequence: { groupOrder: 1 },
          include: [
            "server/**/*.int.test.ts",
            "prisma/**/*.int.test.ts",
            "tests/**/*.int.test.ts",
            "scripts/**/*.int.test.ts",
          ],
          globalSetup: ["tests/support/integration-global-setup.ts"],
          setupFiles: ["tests/support/fail-on-console.ts", "tests/support/integration-setup.ts"],
          pool: "forks",
          maxWorkers: 2,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        ...shared,
        test: {
          // Production servers from the standalone build (`npm run build` first) with their own
          // PostgreSQL, Redis and HAProxy: shutdown, outages, several instances, slow clients.
          name: "ops",
          sequence: { groupOrder: 2 },
          include: ["tests/ops/**/*.ops.test.ts"],
          setupFiles: ["tests/support/fail-on-console.ts"],
          pool: "forks",
          maxWorkers: 1,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
