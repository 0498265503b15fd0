import type { Metadata } from "next";
import { BackLink } from "../../_components/back-link";
import { SessionEndedCard } from "../../_components/session-ended-card";
import { ShopperSupportConversation } from "../../_components/support-conversation-view";
import { prefetchOrNotFound } from "@/app/_lib/prefetch-or-not-found";
import { HydrateClient, getQueryClient, trpc } from "@/app/_trpc/server";

export const metadata: Metadata = { title: "Support conversation" };

export default async function SupportConversationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await getQueryClient().fetchQuery(trpc.auth.viewer.queryOptions());
  if (viewer) await prefetchOrNotFound(trpc.support.get.queryOptions({ conversationId: id }));
  return (
    <HydrateClient>
      <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6 sm:py-16">
        <BackLink href="/account/support">Support</BackLink>
        <div className="mt-3">{viewer ? <ShopperSupportConversation conversationId={id} /> : <SessionEndedCard />}</div>
      </div>
    </HydrateClient>
  );
}
