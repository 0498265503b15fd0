// The lint and boundary checks `npm test` runs must catch what they claim to. Each rule is fed
// code that breaks it (Biome through stdin under a chosen path; dependency-cruiser over the
// fixture tree in tests/lint/fixture, one file per rule) and must fail; the allowed twin passes.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);

// Biome resolves its overrides against the config's folder, so the probes run in a scratch
// copy of the project's config with each probe file at the path it pretends to be.
const scratch = mkdtempSync(path.join(tmpdir(), "lint-rules-"));
cpSync(path.join(root, "biome.json"), path.join(scratch, "biome.json"));
cpSync(path.join(root, "lint"), path.join(scratch, "lint"), { recursive: true });
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function biome(command: "lint" | "format", filePath: string, source: string) {
  mkdirSync(path.dirname(path.join(scratch, filePath)), { recursive: true });
  writeFileSync(path.join(scratch, filePath), source);
  const run = spawnSync(bin("biome"), [command, "--vcs-enabled=false", filePath], { cwd: scratch, encoding: "utf8" });
  return { failed: run.status !== 0, output: run.stdout + run.stderr };
}

const prismaQuery = `import { db } from "../db";\nexport const count = () => db.product.count({ where: { active: true } });\n`;
const envRead = `export const port = process.env.PORT;\n`;

// Each probe starts a tool; on a busy machine that takes seconds, not the default 5.
const toolTimeout = { timeout: 60_000 };

describe("Biome rules", toolTimeout, () => {
  it("rejects a Prisma query outside a repo and accepts it in one", () => {
    const inService = biome("lint", "server/catalog/catalog.service.ts", prismaQuery);
    expect(inService.failed).toBe(true);
    expect(inService.output).toContain("Prisma queries live in the domain's repo");
    expect(biome("lint", "server/catalog/catalog.repo.ts", prismaQuery).failed).toBe(false);
  });

  it("rejects process.env outside the env modules and accepts it in them", () => {
    const inLib = biome("lint", "server/lib/client-ip.ts", envRead);
    expect(inLib.failed).toBe(true);
    expect(inLib.output).toContain("noProcessEnv");
    expect(biome("lint", "server/env.ts", envRead).failed).toBe(false);
    expect(biome("lint", "app/_components/price.tsx", envRead).failed).toBe(true);
  });

  it("fails code that is not in the house style and passes the same code formatted", () => {
    const messy = biome("format", "server/lib/sum.ts", "export const total=(a:number,b:number)=>{return a+b}\n");
    expect(messy.failed).toBe(true);
    expect(messy.output).toContain("Formatter would have printed the following content");
    const tidy = "export const total = (a: number, b: number) => {\n  return a + b;\n};\n";
    expect(biome("format", "server/lib/sum.ts", tidy).failed).toBe(false);
  });
});

describe("import boundaries (dependency-cruiser)", toolTimeout, () => {
  it("catches every rule's violating fixture", async () => {
    const fixture = path.join(root, "tests/lint/fixture");
    const run = spawnSync(
      bin("depcruise"),
      [
        "server",
        "app",
        "middleware.ts",
        "--config",
        path.join(root, ".dependency-cruiser.cjs"),
        "--output-type",
        "json",
      ],
      { cwd: fixture, encoding: "utf8" },
    );
    const result = JSON.parse(run.stdout) as { summary: { violations: { rule: { name: string } }[] } };
    const caught = new Set(result.summary.violations.map((violation) => violation.rule.name));
    const { default: config } = (await import(path.join(root, ".dependency-cruiser.cjs"))) as {
      default: { forbidden: { name: string }[] };
    };
    expect([...caught].sort()).toEqual(config.forbidden.map((rule) => rule.name).sort());
  });
});
