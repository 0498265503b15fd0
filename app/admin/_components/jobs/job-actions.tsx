"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { describeError } from "@/app/_lib/describe-error";
import { useTRPC } from "@/app/_trpc/react";
import type { AdminJob } from "@/server/jobs/jobs-admin.schema";
import { FormAlert } from "@/app/_components/form-alert";
import { Button } from "@/app/_components/ui/button";

const messages = {
  form: {
    JOB_LOCKED: "It started running. Wait for it to finish, then look again.",
    JOB_NOT_FOUND: "It’s gone: it finished, or someone discarded it.",
    JOB_NOT_FAILED: "It’s already waiting to run.",
  },
  fallback: "That didn’t work. Try again.",
};

// Retry (run again now) and discard (with a confirm step) for a failed or dead-lettered job.
export function AdminJobActions({ job }: { job: AdminJob }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const changed = {
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.admin.jobs.list.pathKey() }),
    onSettled: () => setConfirmingDiscard(false),
  };
  const retry = useMutation(trpc.admin.jobs.retry.mutationOptions(changed));
  const discard = useMutation(trpc.admin.jobs.discard.mutationOptions(changed));
  const busy = retry.isPending || discard.isPending;
  const { formError } = describeError(retry.error ?? discard.error, messages);

  return (
    <div className="flex flex-col items-end gap-2">
      {confirmingDiscard ? (
        <>
          <span className="text-xs text-stone-600">Remove it for good?</span>
          <Button
            size="sm"
            disabled={busy}
            className="bg-red-600 hover:bg-red-700"
            onClick={() => discard.mutate({ id: job.id })}
          >
            Yes, discard
          </Button>
          <Button variant="ghost" size="sm" disabled={busy} onClick={() => setConfirmingDiscard(false)}>
            Keep
          </Button>
        </>
      ) : (
        <>
          <Button variant="secondary" size="sm" disabled={busy} onClick={() => retry.mutate({ id: job.id })}>
            {retry.isPending ? "Retrying…" : "Retry"}
          </Button>
          <Button
            variant="ghost"
            size="sm"
            disabled={busy}
            className="text-red-700"
            onClick={() => setConfirmingDiscard(true)}
          >
            Discard
          </Button>
        </>
      )}
      {formError && <FormAlert className="max-w-56 px-3 py-2 text-xs leading-5">{formError}</FormAlert>}
    </div>
  );
}
