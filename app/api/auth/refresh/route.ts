// POST: rotate the refresh token, issue a new access token (see server/auth/session.service.ts).
import { handleRefresh } from "@/server/auth/auth-routes";
import { guardedRoute } from "@/server/http/guarded-route";

export const POST = guardedRoute(handleRefresh);
