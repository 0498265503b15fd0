// Sign-out is a route handler, not a procedure: the refresh cookie it must revoke is scoped to
// /api/auth, so tRPC requests never carry it. 401 means the session had already ended.
export async function signOut(): Promise<void> {
  const response = await fetch("/api/auth/sign-out", { method: "POST", credentials: "same-origin" });
  if (!response.ok && response.status !== 401) throw new Error(`Sign-out failed (${response.status})`);
}
