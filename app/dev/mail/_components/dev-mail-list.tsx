"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/react";
import { DevMailMessage } from "./dev-mail-message";
import { Button } from "@/app/_components/ui/button";
import { Spinner } from "@/app/_components/ui/spinner";

export function DevMailList() {
  const trpc = useTRPC();
  const { data, refetch, isFetching } = useSuspenseQuery(trpc.devMail.list.queryOptions());
  const emails = [...data].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <div>
      <div className="flex items-center justify-between gap-4">
        <p className="text-sm text-stone-600" aria-live="polite">
          {emails.length === 1 ? "1 message" : `${emails.length} messages`}
        </p>
        <Button variant="secondary" size="sm" disabled={isFetching} onClick={() => void refetch()}>
          {isFetching && <Spinner />}
          Refresh
        </Button>
      </div>
      {emails.length === 0 ? (
        <p className="mt-6 rounded-2xl border border-dashed border-stone-300 px-6 py-12 text-center text-sm text-stone-600">
          No emails yet. Sign up or ask for a password reset, then refresh.
        </p>
      ) : (
        <ul className="mt-6 space-y-4">
          {emails.map((email) => (
            <DevMailMessage key={email.id} email={email} />
          ))}
        </ul>
      )}
    </div>
  );
}
