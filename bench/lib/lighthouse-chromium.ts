// A fresh Debian Chromium for one Lighthouse run, as the Lighthouse CLI starts one per run:
// new headless, an empty profile, a DevTools port Lighthouse connects to. Not pinned to a core:
// Chromium's browser, renderer and network processes squeezed onto one core made every main-
// thread task wait for the others, and Lighthouse multiplies what it observes by 4 (home page
// TBT 7.6 s pinned vs 1.3-1.6 s free, 2026-11-30).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromiumArgs } from "../../playwright.config";

const CHROMIUM = process.env.CHROME_PATH ?? "/usr/bin/chromium";

export type LaunchedChromium = { port: number; stop: () => void };

export async function launchChromium(): Promise<LaunchedChromium> {
  const profile = mkdtempSync(path.join(tmpdir(), "shopfront-lighthouse-"));
  const flags = [
    ...chromiumArgs,
    "--headless=new",
    "--disable-dev-shm-usage",
    "--remote-debugging-port=0",
    `--user-data-dir=${profile}`,
    "about:blank",
  ];
  const chromium = spawn(CHROMIUM, flags, {
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
  const stop = () => {
    if (chromium.pid && chromium.exitCode === null) process.kill(-chromium.pid, "SIGKILL");
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let stderr = "";
      chromium.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
        const listening = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
        if (listening) resolve(Number(listening[1]));
      });
      chromium.on("exit", (code) => reject(new Error(`chromium exited (${code}) before listening:\n${stderr}`)));
    });
    return { port, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
