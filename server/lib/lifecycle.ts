// The process's lifecycle, shared by the app (bundled by Next.js) and the production server
// around it (server/runtime), which are separate bundles in one process: the state lives on
// globalThis. The production server warms the main routes before it counts as ready
// (readiness answers 503 "warming" meanwhile), so a fresh instance is not handed traffic while
// each route's first request still loads its code. On SIGTERM the server marks the process
// draining (readiness answers 503 at once, live streams end), lets requests finish, then runs
// the shutdown hooks in their stage order: work in progress first (the job worker),
// connections last (Redis, then PostgreSQL).
import "server-only";

export const SHUTDOWN_STAGE = { work: 1, redis: 2, database: 3 } as const;
type Hook = { name: string; stage: number; close: () => Promise<void> };
type Lifecycle = { warming: boolean; draining: boolean; hooks: Hook[]; drainListeners: Array<() => void> };

const globalForLifecycle = globalThis as unknown as { shopfrontLifecycle?: Lifecycle };
globalForLifecycle.shopfrontLifecycle ??= { warming: false, draining: false, hooks: [], drainListeners: [] };
const state: Lifecycle = globalForLifecycle.shopfrontLifecycle;

export function isWarmingUp(): boolean {
  return state.warming;
}

export function setWarmingUp(warming: boolean): void {
  state.warming = warming;
}

export function isDraining(): boolean {
  return state.draining;
}

export function beginDrain(): void {
  if (state.draining) return;
  state.draining = true;
  for (const listener of state.drainListeners) listener();
}

export function onDrain(listener: () => void): void {
  state.drainListeners.push(listener);
}

// Registered once per resource, by the code that creates the singleton.
export function onShutdown(name: string, stage: number, close: () => Promise<void>): void {
  state.hooks.push({ name, stage, close });
}

export async function runShutdownHooks(report: (name: string, error: unknown) => void): Promise<void> {
  for (const hook of [...state.hooks].sort((a, b) => a.stage - b.stage)) {
    await hook.close().catch((error: unknown) => report(hook.name, error));
  }
  state.hooks.length = 0;
}
