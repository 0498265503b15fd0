"use client";
import { useSuspenseInfiniteQuery, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { reviewListInput } from "@/app/(shop)/products/[slug]/_lib/review-query";
import { StarIcon } from "@/app/(shop)/_components/rating-stars";
import { cursorPaging } from "@/app/_lib/cursor-paging";
import { useTRPC } from "@/app/_trpc/react";
import type { ReviewEligibility } from "@/server/review/review.schema";
import { LocalTime } from "@/app/_components/local-time";
import { ReviewForm } from "./review-form";
import { Button } from "@/app/_components/ui/button";

export function ProductReviews({ productId, slug }: { productId: string; slug: string }) {
  const trpc = useTRPC();
  const { data: eligibility } = useSuspenseQuery(trpc.review.eligibility.queryOptions({ productId }));
  const { data, fetchNextPage, hasNextPage, isFetchingNextPage } = useSuspenseInfiniteQuery(
    trpc.review.list.infiniteQueryOptions(reviewListInput(productId), cursorPaging),
  );
  const reviews = data.pages.flatMap((page) => page.items);

  return (
    <section aria-labelledby="reviews-heading" className="mt-16 border-t border-stone-200 pt-10">
      <h2 id="reviews-heading" className="text-2xl font-semibold tracking-tight text-ink">
        Reviews
      </h2>
      <div className="mt-6 grid gap-10 lg:grid-cols-[1fr_24rem]">
        <div>
          {reviews.length === 0 ? (
            <p className="text-sm text-stone-600">No reviews yet. Bought it? Tell others what you think.</p>
          ) : (
            <ul role="list" className="divide-y divide-stone-200">
              {reviews.map((review) => (
                <li key={review.id} className="py-5 first:pt-0">
                  <p className="flex gap-0.5 text-amber-500">
                    <span className="sr-only">Rated {review.rating} out of 5</span>
                    {[1, 2, 3, 4, 5].map((value) => (
                      <StarIcon key={value} className={value <= review.rating ? "" : "text-stone-300"} />
                    ))}
                  </p>
                  <p className="mt-2 text-sm leading-6 whitespace-pre-line text-stone-700">{review.body}</p>
                  <p className="mt-2 text-xs text-stone-500">
                    {review.authorName} · <LocalTime date={review.updatedAt} />
                  </p>
                </li>
              ))}
            </ul>
          )}
          {hasNextPage && (
            <Button
              variant="secondary"
              size="sm"
              className="mt-4"
              disabled={isFetchingNextPage}
              onClick={() => void fetchNextPage()}
            >
              {isFetchingNextPage ? "Loading…" : "More reviews"}
            </Button>
          )}
        </div>
        <ReviewAside status={eligibility.status} productId={productId} slug={slug} />
      </div>
    </section>
  );
}

const asideStyles = "h-fit rounded-2xl bg-white p-6 text-sm text-stone-600 ring-1 ring-stone-200";

// The form for buyers only; everyone else is told why there is none.
function ReviewAside({
  status,
  productId,
  slug,
}: {
  status: ReviewEligibility["status"];
  productId: string;
  slug: string;
}) {
  if (status === "CAN_REVIEW") return <ReviewForm productId={productId} slug={slug} />;
  if (status === "NOT_PURCHASED") {
    return <p className={asideStyles}>Only customers who bought this can review it.</p>;
  }
  return (
    <p className={asideStyles}>
      <Link
        href={`/login?next=${encodeURIComponent(`/products/${slug}`)}`}
        className="font-medium text-brand-700 hover:text-brand-600"
      >
        Sign in to review
      </Link>{" "}
      this product if you bought it.
    </p>
  );
}
