"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { describeError, type FieldErrors } from "@/app/_lib/describe-error";
import { useTRPC } from "@/app/_trpc/react";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";

const messages = {
  form: { REVIEW_NOT_ALLOWED: "Only customers who bought this can review it." },
  fallback: "Your review could not be saved. Please try again.",
};

// One review per shopper and product: sending again replaces the earlier one.
export function ReviewForm({ productId, slug }: { productId: string; slug: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [rating, setRating] = useState(0);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const upsert = useMutation(
    trpc.review.upsert.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.review.list.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.product.get.queryKey({ slug }) }),
        ]);
      },
    }),
  );
  const server = describeError(upsert.error, messages);
  const errors = { ...server.fieldErrors, ...clientErrors };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { productId, rating, body: String(new FormData(event.currentTarget).get("body") ?? "") };
    const { validateReview } = await import("../_lib/review-validation");
    const checked = validateReview(input);
    if ("fieldErrors" in checked) {
      setClientErrors(checked.fieldErrors);
      return;
    }
    setClientErrors({});
    upsert.mutate(checked.data);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-2xl bg-white p-6 ring-1 ring-stone-200">
      <h3 className="text-base font-semibold text-ink">Write a review</h3>
      {server.formError && <FormAlert>{server.formError}</FormAlert>}
      {upsert.isSuccess && (
        <FormAlert tone="success">Thanks, your review is saved. Sending the form again updates it.</FormAlert>
      )}
      <fieldset>
        <legend className="text-sm font-medium text-ink">Your rating</legend>
        <div
          className="mt-1.5 flex gap-1"
          role="radiogroup"
          aria-describedby={errors.rating ? "rating-error" : undefined}
        >
          {[1, 2, 3, 4, 5].map((value) => (
            <label key={value} className="cursor-pointer">
              <input
                type="radio"
                name="rating"
                value={value}
                checked={rating === value}
                onChange={() => setRating(value)}
                className="peer sr-only"
              />
              <span className="sr-only">{value === 1 ? "1 star" : `${value} stars`}</span>
              <svg
                viewBox="0 0 20 20"
                aria-hidden="true"
                className={`size-7 rounded peer-focus-visible:outline-2 peer-focus-visible:outline-brand-600 ${value <= rating ? "text-amber-500" : "text-stone-300"}`}
                fill="currentColor"
              >
                <path d="M10 1.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L10 14.9l-5.2 2.7 1-5.8L1.5 7.7l5.9-.9L10 1.5z" />
              </svg>
            </label>
          ))}
        </div>
        {errors.rating && (
          <p id="rating-error" className="mt-1.5 text-sm text-red-700">
            {errors.rating[0]}
          </p>
        )}
      </fieldset>
      <div>
        <label htmlFor="review-body" className="block text-sm font-medium text-ink">
          Your review
        </label>
        <textarea
          id="review-body"
          name="body"
          rows={4}
          maxLength={4000}
          aria-invalid={Boolean(errors.body) || undefined}
          aria-describedby={errors.body ? "review-body-error" : undefined}
          className="mt-1.5 block w-full rounded-xl border border-stone-300 bg-white px-3.5 py-2.5 text-sm text-ink shadow-sm focus-visible:outline-2 focus-visible:outline-brand-600"
        />
        {errors.body && (
          <p id="review-body-error" className="mt-1.5 text-sm text-red-700">
            {errors.body[0]}
          </p>
        )}
      </div>
      <SubmitButton pending={upsert.isPending}>Post review</SubmitButton>
    </form>
  );
}
