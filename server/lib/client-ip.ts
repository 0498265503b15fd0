// The client's address, for rate limits and the audit log:
//  1. behind a trusted proxy, the header it sets (TRUSTED_PROXY_IP_HEADER, e.g. "x-real-ip"
//     behind nginx); X-Forwarded-For from clients is never trusted;
//  2. otherwise, under the production server, the TCP connection's own address (it overwrites
//     whatever a client sent in that header), so clients never share one bucket;
//  3. otherwise (`next dev`, or `next start` with no proxy) unknown.
import "server-only";
import { env } from "../env";
import { PEER_IP_HEADER } from "./peer-ip";

const MAX_IP_LENGTH = 64;

function lastListed(value: string | null): string | null {
  // A proxy that appends to a list puts the address it saw last.
  const last = value?.split(",").at(-1)?.trim() ?? "";
  return last.length > 0 && last.length <= MAX_IP_LENGTH ? last : null;
}

export function clientIp(headers: Headers): string | null {
  if (env.TRUSTED_PROXY_IP_HEADER) return lastListed(headers.get(env.TRUSTED_PROXY_IP_HEADER));
  if (env.SHOPFRONT_PEER_IP_HEADER === "1") return lastListed(headers.get(PEER_IP_HEADER));
  return null;
}
