"use client";
import { useMutation } from "@tanstack/react-query";
import { forgetSession } from "@/app/_lib/session-refresh";
import { signOut } from "@/app/_lib/sign-out";
import { Button } from "./ui/button";

export function SignOutButton({
  className = "",
  variant = "secondary",
}: {
  className?: string;
  variant?: "secondary" | "menu";
}) {
  const mutation = useMutation({
    mutationFn: signOut,
    // Full navigation, so middleware, server components and every cached query see the
    // cleared cookies at once.
    onSuccess: () => {
      forgetSession();
      window.location.assign("/");
    },
  });

  // A real form, so a press before hydration still signs out (the route answers a form post
  // with a redirect home).
  return (
    <form
      method="post"
      action="/api/auth/sign-out"
      onSubmit={(event) => {
        event.preventDefault();
        mutation.mutate();
      }}
    >
      <Button
        type="submit"
        variant={variant}
        size="sm"
        className={className}
        disabled={mutation.isPending || mutation.isSuccess}
      >
        Sign out
      </Button>
      {mutation.isError && (
        <p role="status" className="mt-2 text-xs text-red-700">
          Could not sign out. Check your connection and try again.
        </p>
      )}
    </form>
  );
}
