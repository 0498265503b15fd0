"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { hasSessionHint, refreshDue, refreshSession } from "@/app/_lib/session-refresh";
import { useTRPC } from "@/app/_trpc/react";

const CHECK_EVERY_MS = 30_000;

// Keeps a signed-in visitor signed in across days: renews the access token before it
// expires, and right away when this page was rendered without one (e.g. after a night asleep).
export function SessionKeeper() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const trpc = useTRPC();

  useEffect(() => {
    async function tick(force: boolean) {
      if (!hasSessionHint() || (!force && !refreshDue())) return;
      const renderedSignedOut = queryClient.getQueryData(trpc.auth.viewer.queryKey()) === null;
      if ((await refreshSession()) && renderedSignedOut) {
        await queryClient.invalidateQueries();
        router.refresh();
      }
    }
    const renderedSignedOut = queryClient.getQueryData(trpc.auth.viewer.queryKey()) === null;
    void tick(renderedSignedOut);
    const timer = window.setInterval(() => void tick(false), CHECK_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [queryClient, router, trpc]);

  return null;
}
