import "server-only";
import { hasTRPCCode } from "@/app/_lib/trpc-errors";
import { serverCaller } from "@/app/_trpc/server";

// The procedure re-checks the session and role in the database; a refusal is a page state
// here (a demoted or signed-out admin), not a crash.
export async function loadOverview() {
  try {
    return { ok: true as const, overview: await (await serverCaller()).admin.overview() };
  } catch (error) {
    if (hasTRPCCode(error, "FORBIDDEN", "UNAUTHORIZED")) return { ok: false as const, code: error.code };
    throw error;
  }
}
