"use client";
import { useMutation } from "@tanstack/react-query";
import { forgetSession } from "@/app/_lib/session-refresh";
import { signOut } from "@/app/_lib/sign-out";
import { FormAlert } from "@/app/_components/form-alert";
import { Button } from "@/app/_components/ui/button";

// This browser's session was ended elsewhere, but its short-lived access cookie still reads as
// signed in until it expires. Clearing the cookies first lets /login show the form.
export function SessionEndedNotice() {
  const restart = useMutation({
    mutationFn: signOut,
    onSettled: () => {
      forgetSession();
      window.location.assign("/login?next=%2Faccount");
    },
  });
  return (
    <FormAlert tone="info" className="mb-10 flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
      <span>This device was signed out from another session. Sign in again to keep using your account.</span>
      <Button
        size="sm"
        className="shrink-0 self-start sm:self-auto"
        disabled={restart.isPending}
        onClick={() => restart.mutate()}
      >
        Sign in again
      </Button>
    </FormAlert>
  );
}
