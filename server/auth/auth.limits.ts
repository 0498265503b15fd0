// Rate limits of the auth endpoints. When Redis is down:
//  - sign-in and token submissions fall back to per-instance memory limits (fail-safe: a Redis
//    outage neither locks every shopper out nor leaves brute force unlimited);
//  - anything that sends email (sign-up, reset, verification) fails closed: no email is worth
//    an unmetered path for spamming strangers' inboxes.
import "server-only";
import { env } from "../env";
import { redis } from "../redis";
import { createRateLimiter } from "../lib/rate-limit";

const MINUTE = 60;
const HOUR = 60 * MINUTE;
// Per-address limits scale with RATE_LIMIT_IP_SCALE where many real customers share an address
// (a carrier's NAT, an office); limits per account and per email never do.
const perIp = (points: number) => points * env.RATE_LIMIT_IP_SCALE;

export const authLimits = {
  signInByIp: createRateLimiter(
    { name: "signin-ip", points: perIp(30), durationSeconds: 15 * MINUTE, whenStoreDown: "fallback-memory" },
    redis,
  ),
  // Consecutive failures per account; reset by a successful sign-in.
  signInFailuresByAccount: createRateLimiter(
    { name: "signin-fail", points: 1_000_000, durationSeconds: 24 * HOUR, whenStoreDown: "fallback-memory" },
    redis,
  ),
  // Holds the growing back-off blocks placed after repeated failures.
  signInBlockByAccount: createRateLimiter(
    { name: "signin-block", points: 1, durationSeconds: 1, whenStoreDown: "fallback-memory" },
    redis,
  ),
  signUpByIp: createRateLimiter(
    { name: "signup-ip", points: perIp(10), durationSeconds: HOUR, whenStoreDown: "fail-closed" },
    redis,
  ),
  resetByIp: createRateLimiter(
    { name: "reset-ip", points: perIp(10), durationSeconds: HOUR, whenStoreDown: "fail-closed" },
    redis,
  ),
  resetByEmail: createRateLimiter(
    { name: "reset-email", points: 3, durationSeconds: HOUR, whenStoreDown: "fail-closed" },
    redis,
  ),
  verificationByUser: createRateLimiter(
    { name: "verify-user", points: 3, durationSeconds: HOUR, whenStoreDown: "fail-closed" },
    redis,
  ),
  tokenSubmissionByIp: createRateLimiter(
    { name: "token-ip", points: perIp(30), durationSeconds: 15 * MINUTE, whenStoreDown: "fallback-memory" },
    redis,
  ),
};

export const FREE_SIGN_IN_FAILURES = 5;
const BASE_BLOCK_SECONDS = 30;
const MAX_BLOCK_SECONDS = HOUR;

// 30 s after the 5th consecutive failure, doubling with each further one, capped at an hour.
export function backOffSeconds(consecutiveFailures: number): number {
  if (consecutiveFailures < FREE_SIGN_IN_FAILURES) return 0;
  return Math.min(MAX_BLOCK_SECONDS, BASE_BLOCK_SECONDS * 2 ** (consecutiveFailures - FREE_SIGN_IN_FAILURES));
}

export const ipKey = (ip: string | null) => ip ?? "untrusted-proxy";
