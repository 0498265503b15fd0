"use client";
import { useMutation } from "@tanstack/react-query";
import { forgetSession } from "@/app/_lib/session-refresh";
import { Button } from "./ui/button";

// Sign-out is a route handler, not a procedure: the refresh cookie it must revoke is scoped to
// /api/auth, so tRPC requests never carry it. 401 means the session had already ended.
async function signOut(): Promise<void> {
  const response = await fetch("/api/auth/sign-out", { method: "POST", credentials: "same-origin" });
  if (!response.ok && response.status !== 401) throw new Error(`Sign-out failed (${response.status})`);
}

export function SignOutButton({ className = "", variant = "secondary" }: { className?: string; variant?: "secondary" | "menu" }) {
  const mutation = useMutation({
    mutationFn: signOut,
    // Full navigation, so middleware, server components and every cached query see the
    // cleared cookies at once.
    onSuccess: () => {
      forgetSession();
      window.location.assign("/");
    },
  });

  return (
    <div>
      <Button
        variant={variant}
        size="sm"
        className={className}
        disabled={mutation.isPending || mutation.isSuccess}
        onClick={() => mutation.mutate()}
      >
        Sign out
      </Button>
      {mutation.isError && (
        <p role="status" className="mt-2 text-xs text-red-700">
          Could not sign out. Check your connection and try again.
        </p>
      )}
    </div>
  );
}
