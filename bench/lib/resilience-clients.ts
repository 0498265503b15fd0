// Scenario: big and slow clients. For 20 s, UPLOADERS signed-in admins (default 1) stream
// endless product CSV imports through HAProxy, one after another (each should be cut off at
// the 10 MiB cap with 413), at UPLOAD_MBIT megabits a second (default 100, a fast office
// uplink; 0: as fast as loopback goes), while 20 connections to instance a trickle their
// headers and 20 their bodies, a byte a second (each should be closed within 30 s). Figure:
// the shop traffic's p99 during vs before (goal within 2×), what the uploads got, and when the
// slow connections were closed.
import { setTimeout as sleep } from "node:timers/promises";
import { SEED_ACCOUNTS } from "../../prisma/seed";
import {
  IMPORT_ROW,
  endlessChunkedUpload,
  importUploadHead,
  trickle,
  type Target,
} from "../../tests/ops/support/raw-clients";
import { shopClient } from "../../tests/ops/support/shop-client";
import type { Cluster } from "./resilience-cluster";
import { againstBaseline, tally, trafficFigures } from "./resilience-report";
import { underTraffic, type Catalog } from "./resilience-traffic";
import { summarize } from "./stats";

const SECONDS = 20;
const UPLOADERS = Number(process.env.UPLOADERS ?? 1);
const UPLOAD_MBIT = Number(process.env.UPLOAD_MBIT ?? 100);
const uploadBytesPerSecond = UPLOAD_MBIT > 0 ? (UPLOAD_MBIT * 1_000_000) / 8 : Number.POSITIVE_INFINITY;
const SLOW_CONNECTIONS = 20;
const UPLOAD_GIVE_UP_BYTES = 100 * 1024 * 1024;

const targetOf = (url: string): Target => ({ host: "127.0.0.1", port: Number(new URL(url).port) });

async function uploadUntil(target: Target, head: string, running: () => boolean) {
  const outcomes: Array<{ status: string; mib: number }> = [];
  while (running()) {
    const { response, bytesSent } = await endlessChunkedUpload(
      target,
      head,
      IMPORT_ROW,
      UPLOAD_GIVE_UP_BYTES,
      uploadBytesPerSecond,
    );
    outcomes.push({
      status: response.slice(9, 12) || "closed without an answer",
      mib: Math.round(bytesSent / 1024 / 1024),
    });
  }
  return outcomes;
}

function slowConnections(target: Target) {
  const body = JSON.stringify({ json: { email: "slow@shopfront.test", password: "x".repeat(40) } });
  const slowBody = `POST /api/trpc/auth.signIn HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
  return Promise.all([
    ...Array.from({ length: SLOW_CONNECTIONS }, () =>
      trickle(target, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n", `X-Slow: ${"a".repeat(200)}`, 1_000).then((outcome) => ({
        kind: "slow headers",
        ...outcome,
      })),
    ),
    ...Array.from({ length: SLOW_CONNECTIONS }, () =>
      trickle(target, slowBody, body, 1_000).then((outcome) => ({ kind: "slow body", ...outcome })),
    ),
  ]);
}

export async function bigClientsScenario(cluster: Cluster, catalogs: Catalog[]) {
  const admin = shopClient(cluster.url);
  await admin.signIn(SEED_ACCOUNTS.admin.email, SEED_ACCOUNTS.admin.password);
  const productsBefore = await cluster.stack.db.product.count();
  let uploads: Array<{ status: string; mib: number }> = [];
  let slow: Awaited<ReturnType<typeof slowConnections>> = [];
  const run = await underTraffic(cluster, catalogs, { baselineSeconds: 15, afterSeconds: 10 }, async (mark) => {
    mark("big and slow clients");
    let running = true;
    const uploaders = Array.from({ length: UPLOADERS }, () =>
      uploadUntil(targetOf(cluster.url), importUploadHead(cluster.url, admin.cookie()), () => running),
    );
    const slowOnes = slowConnections(targetOf(cluster.app("a").url));
    await sleep(SECONDS * 1000);
    running = false;
    uploads = (await Promise.all(uploaders)).flat();
    slow = await slowOnes;
  });
  const phases = trafficFigures(run);
  const closedAfter = (kind: string) =>
    summarize(slow.filter((outcome) => outcome.kind === kind).map((outcome) => outcome.closedAfterMs));
  return {
    scenario: "big-clients",
    what: `${UPLOADERS} admin(s) stream endless CSV imports through HAProxy for ${SECONDS} s, one after another, at ${UPLOAD_MBIT > 0 ? `${UPLOAD_MBIT} Mbit/s` : "loopback speed"}; ${SLOW_CONNECTIONS} slow-header and ${SLOW_CONNECTIONS} slow-body connections to instance a`,
    uploads: {
      count: uploads.length,
      answers: tally(uploads.map((upload) => upload.status)),
      mibSentBeforeAnswer: summarize(uploads.map((upload) => upload.mib)),
    },
    productsImported: (await cluster.stack.db.product.count()) - productsBefore,
    slowHeadersClosedAfterMs: closedAfter("slow headers"),
    slowBodyClosedAfterMs: closedAfter("slow body"),
    slowAnswers: tally(
      slow.map((outcome) => `${outcome.kind}: ${outcome.response.slice(0, 12) || "closed without an answer"}`),
    ),
    shoppersExhausted: run.shoppersExhausted,
    phases,
    duringVsBefore: againstBaseline(phases, "big and slow clients"),
    afterVsBefore: againstBaseline(phases, "after"),
  };
}
