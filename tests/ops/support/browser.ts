// A real browser against an ops stack: Debian's Chromium driven by Playwright's library (not its
// test runner), with the flags the e2e suite uses, and two things the ops tests read from it:
// its console problems, and what its EventSources sent and received (through Chromium's own
// DevTools protocol, so the ids are the ones the browser really saw).
import { type Browser, type Page, chromium } from "@playwright/test";
import { chromiumArgs } from "../../../playwright.config";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs });
}

// Console errors and warnings, and uncaught page errors, except those matching `expected`.
export function consoleProblems(page: Page, expected: RegExp[]): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error" && message.type() !== "warning") return;
    if (expected.some((pattern) => pattern.test(message.text()))) return;
    problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

// The page's requests to `url`, which, once `hold()` is called, wait until `release()`:
// `asked` resolves when the first one is waiting.
export async function holdableRequests(page: Page, url: RegExp) {
  let holding = false;
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let ask = () => {};
  const asked = new Promise<void>((resolve) => {
    ask = resolve;
  });
  await page.route(url, async (route) => {
    if (holding) {
      ask();
      await released;
    }
    await route.continue();
  });
  return {
    hold: () => {
      holding = true;
    },
    asked,
    release: () => release(),
  };
}

export type EventSourceMessage = { requestId: string; eventName: string; eventId: string; data: string };

type Headers = Record<string, string>;
type RequestWillBeSent = { requestId: string; type?: string; request: { url: string } };

// Every EventSource request the page makes (a reconnect is a new one), and every message each
// received, in order. The id a reconnect resumes from: EventSource's own reconnect sends it as a
// Last-Event-ID header (added below the page, so only the headers Chromium actually sent show it);
// tRPC's link, when it opens a new EventSource after one gave up, puts it in the input.
export async function watchEventSources(page: Page) {
  const urls = new Map<string, string>();
  const sentHeaders = new Map<string, Headers>();
  const messages: EventSourceMessage[] = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on("Network.requestWillBeSent", (event: RequestWillBeSent) => {
    if (event.type === "EventSource") urls.set(event.requestId, event.request.url);
  });
  cdp.on("Network.requestWillBeSentExtraInfo", (event: { requestId: string; headers: Headers }) =>
    sentHeaders.set(event.requestId, event.headers),
  );
  cdp.on("Network.eventSourceMessageReceived", (event: EventSourceMessage) => messages.push(event));
  await cdp.send("Network.enable");

  return {
    messages,
    urlOf: (requestId: string) => urls.get(requestId),
    resumedFrom(requestId: string): string | null {
      const header = Object.entries(sentHeaders.get(requestId) ?? {}).find(
        ([name]) => name.toLowerCase() === "last-event-id",
      );
      if (header) return header[1];
      const input = new URL(urls.get(requestId) ?? "http://unknown").searchParams.get("input");
      return (input && (JSON.parse(input) as { json?: { lastEventId?: string } }).json?.lastEventId) || null;
    },
  };
}
