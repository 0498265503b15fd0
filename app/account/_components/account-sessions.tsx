"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/react";
import { AccountSection } from "./account-section";
import { SessionActions } from "./session-actions";
import { SessionEndedNotice } from "./session-ended-notice";
import { SessionRow } from "./session-row";

export function AccountSessions() {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.account.listSessions.queryOptions());
  // This device first, then the most recently active.
  const sessions = [...data].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.getTime() - a.lastSeenAt.getTime(),
  );
  return (
    <AccountSection
      id="sessions"
      title="Active sessions"
      description="Where your account is signed in. End any session you don’t recognise, then change your password."
    >
      {!sessions.some((session) => session.current) && <SessionEndedNotice />}
      {sessions.length > 0 && (
        <ul className="-my-5 divide-y divide-stone-100">
          {sessions.map((session) => (
            <SessionRow key={session.id} session={session} />
          ))}
        </ul>
      )}
      <SessionActions otherCount={sessions.filter((session) => !session.current).length} />
    </AccountSection>
  );
}
