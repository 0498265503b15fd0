import type { Metadata } from "next";
import { Suspense } from "react";
import { BackLink } from "../_components/back-link";
import { SessionEndedCard } from "../_components/session-ended-card";
import { SupportConversationList } from "../_components/support-conversation-list";
import { SupportQuestionForm } from "../_components/support-question-form";
import { questionOrdersInput, shopperConversationsInput } from "../_lib/support-queries";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { cursorPaging } from "@/app/_lib/cursor-paging";
import { type SearchParams, firstParams } from "@/app/_lib/search-params";
import { HydrateClient, getQueryClient, trpc } from "@/app/_trpc/server";

export const metadata: Metadata = { title: "Support" };

export default async function SupportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { order } = firstParams(await searchParams, ["order"]);
  const queryClient = getQueryClient();
  const viewer = await queryClient.fetchQuery(trpc.auth.viewer.queryOptions());
  if (viewer) {
    void queryClient.prefetchInfiniteQuery(
      trpc.support.list.infiniteQueryOptions(shopperConversationsInput, cursorPaging),
    );
    void queryClient.prefetchQuery(trpc.order.list.queryOptions(questionOrdersInput));
  }
  return (
    <HydrateClient>
      <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6 sm:py-16">
        <BackLink href="/account">Your account</BackLink>
        <h1 className="mt-3 text-3xl font-semibold tracking-tight text-ink">Support</h1>
        <p className="mt-2 text-base text-stone-600">Questions about an order or a product? Write to the shop.</p>
        {viewer ? (
          <div className="mt-8 space-y-10">
            <Suspense fallback={<Skeleton className="h-40 w-full rounded-2xl" />}>
              <SupportConversationList />
            </Suspense>
            <section aria-labelledby="ask-heading">
              <h2 id="ask-heading" className="text-lg font-semibold text-ink">
                Ask a question
              </h2>
              <div className="mt-4">
                <Suspense fallback={<Skeleton className="h-72 w-full rounded-2xl" />}>
                  <SupportQuestionForm orderId={order || undefined} />
                </Suspense>
              </div>
            </section>
          </div>
        ) : (
          <div className="mt-8">
            <SessionEndedCard />
          </div>
        )}
      </div>
    </HydrateClient>
  );
}
