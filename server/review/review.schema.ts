import { z } from "../lib/zod";
import { storableText } from "../lib/storable.schema";

export const upsertReviewInput = z.strictObject({
  productId: z.uuid(),
  rating: z.number().int().min(1).max(5),
  body: storableText().trim().min(1, "Write a few words").max(4000).meta({ title: "Review" }),
});
export type UpsertReviewInput = z.infer<typeof upsertReviewInput>;

export const listReviewsInput = z.strictObject({
  productId: z.uuid(),
  cursor: z.string().max(200).nullish(),
  limit: z.number().int().min(1).max(50).default(10),
  direction: z.literal("forward").optional(),
});
export type ListReviewsInput = z.infer<typeof listReviewsInput>;

export const reviewEligibilityInput = z.strictObject({ productId: z.uuid() });

// Whether the viewer may review a product, decided on the server: the page shows the form,
// a sign-in link or the reason, instead of a form that would be refused.
export const reviewEligibilitySchema = z.object({ status: z.enum(["SIGNED_OUT", "NOT_PURCHASED", "CAN_REVIEW"]) });
export type ReviewEligibility = z.infer<typeof reviewEligibilitySchema>;

export const reviewSchema = z.object({
  id: z.string(),
  authorName: z.string(),
  rating: z.number().int(),
  body: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export const reviewPageSchema = z.object({ items: z.array(reviewSchema), nextCursor: z.string().nullable() });
