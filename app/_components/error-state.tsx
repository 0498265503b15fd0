"use client";
import Link from "next/link";
import { StatusMessage } from "./status-message";
import { Button, buttonStyles } from "./ui/button";

// Shown by error boundaries. Error details stay in the server logs; the digest lets support find them.
export function ErrorState({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <StatusMessage
      code="Error"
      tone="warning"
      title="Something went wrong"
      actions={
        <>
          <Button onClick={() => retry()}>Try again</Button>
          <Link href="/" className={buttonStyles({ variant: "secondary" })}>
            Back to the shop
          </Link>
        </>
      }
    >
      <p>This page didn’t load properly. It’s usually temporary, so trying again often helps.</p>
      {digest && <p className="mt-3 text-xs text-stone-500">Reference: {digest}</p>}
    </StatusMessage>
  );
}
