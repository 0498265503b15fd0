"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { forgetSession } from "@/app/_lib/session-refresh";
import { useTRPC } from "@/app/_trpc/react";
import { FormAlert } from "@/app/_components/form-alert";
import { Button } from "@/app/_components/ui/button";
import { Spinner } from "@/app/_components/ui/spinner";

function devices(count: number): string {
  return count === 1 ? "1 other device" : `${count} other devices`;
}

export function SessionActions({ otherCount }: { otherCount: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const others = useMutation(
    trpc.account.revokeOtherSessions.mutationOptions({
      onSettled: () => void queryClient.invalidateQueries({ queryKey: trpc.account.listSessions.queryKey() }),
    }),
  );
  const everywhere = useMutation(
    trpc.account.signOutEverywhere.mutationOptions({
      // This browser's cookies were cleared too: reload so every part of the page agrees.
      onSuccess: () => {
        forgetSession();
        window.location.assign("/");
      },
    }),
  );
  const busy = others.isPending || everywhere.isPending || everywhere.isSuccess;

  return (
    <div className="mt-6 border-t border-stone-100 pt-6">
      <div className="flex flex-col gap-3 sm:flex-row sm:justify-end">
        <Button variant="secondary" size="sm" disabled={busy || otherCount === 0} onClick={() => others.mutate()}>
          {others.isPending && <Spinner />}
          Sign out of other devices
        </Button>
        <Button
          variant="secondary"
          size="sm"
          className="text-red-700 hover:text-red-800"
          disabled={busy}
          onClick={() => everywhere.mutate()}
        >
          {everywhere.isPending && <Spinner />}
          Sign out everywhere
        </Button>
      </div>
      {others.isSuccess && (
        <FormAlert tone="success" className="mt-4">
          Signed out of {devices(others.data.revoked)}.
        </FormAlert>
      )}
      {(others.isError || everywhere.isError) && (
        <FormAlert className="mt-4">We could not sign those sessions out just now. Please try again.</FormAlert>
      )}
    </div>
  );
}
