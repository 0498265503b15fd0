"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { describeError } from "@/app/_lib/describe-error";
import { forgetSession } from "@/app/_lib/session-refresh";
import { useTRPC } from "@/app/_trpc/react";
import type { SessionSummary } from "@/server/account/account.schema";
import { DeviceIcon } from "./device-icon";
import { LocalTime } from "@/app/_components/local-time";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { Spinner } from "@/app/_components/ui/spinner";

const messages = {
  form: { SESSION_NOT_FOUND: "That session had already ended." },
  fallback: "We could not end that session just now. Please try again.",
};

export function SessionRow({ session }: { session: SessionSummary }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const listKey = trpc.account.listSessions.queryKey();
  const revoke = useMutation(
    trpc.account.revokeSession.mutationOptions({
      onSuccess: () => {
        // Ending this device's session signs this browser out: reload from the home page.
        if (session.current) {
          forgetSession();
          window.location.assign("/");
          return;
        }
        void queryClient.invalidateQueries({ queryKey: listKey });
      },
      onError: () => void queryClient.invalidateQueries({ queryKey: listKey }),
    }),
  );
  const { formError } = describeError(revoke.error, messages);

  return (
    <li className="flex flex-col gap-4 py-5 sm:flex-row sm:items-center">
      <div className="flex min-w-0 flex-1 gap-4">
        <DeviceIcon device={session.device} />
        <div className="min-w-0">
          <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-ink">
            <span>{session.device}</span>
            {session.current && <Badge tone="brand">This device</Badge>}
          </p>
          <p className="mt-1 text-sm text-stone-600">
            Last active <LocalTime date={session.lastSeenAt} relative />
          </p>
          <p className="mt-0.5 text-xs text-stone-500">
            Signed in <LocalTime date={session.createdAt} />
            {session.ip && <> · IP {session.ip}</>}
          </p>
          {formError && (
            <p role="alert" className="mt-2 text-sm text-red-700">
              {formError}
            </p>
          )}
        </div>
      </div>
      <Button
        variant="secondary"
        size="sm"
        className="ml-14 self-start sm:ml-0 sm:self-center"
        disabled={revoke.isPending || (revoke.isSuccess && session.current)}
        onClick={() => revoke.mutate({ id: session.id })}
      >
        {revoke.isPending && <Spinner />}
        End session
      </Button>
    </li>
  );
}
