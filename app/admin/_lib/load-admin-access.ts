import "server-only";
import { cache } from "react";
import { hasTRPCCode } from "@/app/_lib/trpc-errors";
import { serverCaller } from "@/app/_trpc/server";

// Middleware only gates optimistically; this asks the server (live session and role in the
// database). A refusal is a page state (a demoted or signed-out admin), not a crash. Every
// data procedure behind the pages checks again on its own.
export const loadAdminAccess = cache(async () => {
  try {
    return { ok: true as const, me: await (await serverCaller()).admin.me() };
  } catch (error) {
    if (hasTRPCCode(error, "FORBIDDEN", "UNAUTHORIZED")) return { ok: false as const, code: error.code };
    throw error;
  }
});
