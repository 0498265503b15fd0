// POST: end this session on the server and clear the auth cookies.
import { handleSignOut } from "@/server/auth/auth-routes";
import { guardedRoute } from "@/server/http/guarded-route";

export const POST = guardedRoute(handleSignOut);
