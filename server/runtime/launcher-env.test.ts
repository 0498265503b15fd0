import { afterEach, describe, expect, it, vi } from "vitest";
import { launcherSettings } from "./launcher-env";

afterEach(() => vi.unstubAllEnvs());

function stubLauncherEnv(
  values: Partial<Record<"PORT" | "HOSTNAME" | "SHUTDOWN_GRACE_SECONDS" | "SHUTDOWN_DEREGISTER_SECONDS", string>>,
) {
  for (const name of ["PORT", "HOSTNAME", "SHUTDOWN_GRACE_SECONDS", "SHUTDOWN_DEREGISTER_SECONDS"] as const)
    vi.stubEnv(name, values[name]);
}

describe("launcher settings", () => {
  it("listen on every interface at port 3000 and drain for 25 s unless told otherwise", () => {
    stubLauncherEnv({});
    expect(launcherSettings()).toEqual({ port: 3000, hostname: "0.0.0.0", graceMs: 25_000, deregisterMs: 3_000 });
  });

  it("come from the environment the process manager gives", () => {
    stubLauncherEnv({
      PORT: "3100",
      HOSTNAME: "127.0.0.1",
      SHUTDOWN_GRACE_SECONDS: "8",
      SHUTDOWN_DEREGISTER_SECONDS: "0",
    });
    expect(launcherSettings()).toEqual({ port: 3100, hostname: "127.0.0.1", graceMs: 8_000, deregisterMs: 0 });
  });

  it("refuse a port that is not a port, naming it", () => {
    stubLauncherEnv({ PORT: "http" });
    expect(() => launcherSettings()).toThrow(/PORT/);
  });
});
