// As root, PostgreSQL runs as the unprivileged `postgres` user, who must reach both the
// binaries (inside node_modules) and the data directory. A checkout in a private directory
// (mode 700, as root's own home is) hides both from that user, and initdb fails with EACCES.
// Then the binaries are copied once to /var/lib/shopfront/postgres-<version> and the data
// directory is placed there too; nothing about the checkout's own permissions changes.
import { createHash } from "node:crypto";
import { chmodSync, cpSync, existsSync, mkdirSync, statSync } from "node:fs";
import { userInfo } from "node:os";
import path from "node:path";

export const MIRROR_ROOT = "/var/lib/shopfront";

// Whether a user who is neither owner nor group member can traverse every directory on the way.
export function reachableByOthers(target: string): boolean {
  let current = path.resolve(target);
  for (;;) {
    const parent = path.dirname(current);
    if (existsSync(current) && statSync(current).isDirectory() && (statSync(current).mode & 0o001) === 0) return false;
    if (parent === current) return true;
    current = parent;
  }
}

export function needsMirror(binaryDir: string, dataDir: string): boolean {
  return userInfo().uid === 0 && (!reachableByOthers(binaryDir) || !reachableByOthers(path.dirname(dataDir)));
}

// The package's native/ directory (bin, lib, share), copied once per version.
export function mirrorBinaries(nativeDir: string, version: string): string {
  const target = path.join(MIRROR_ROOT, `postgres-${version}`);
  if (!existsSync(path.join(target, "bin", "postgres"))) {
    mkdirSync(MIRROR_ROOT, { recursive: true, mode: 0o755 });
    cpSync(nativeDir, target, { recursive: true, verbatimSymlinks: true });
    chmodSync(MIRROR_ROOT, 0o755);
  }
  return target;
}

// One data location per checkout (its absolute path, hashed), so two checkouts never share.
export function mirroredDataDir(dataDir: string): string {
  const checkout = createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 12);
  return path.join(MIRROR_ROOT, checkout, path.basename(dataDir));
}
