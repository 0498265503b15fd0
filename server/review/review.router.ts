import "server-only";
import { createTRPCRouter, customerProcedure, publicProcedure } from "../trpc/init";
import {
  listReviewsInput,
  reviewEligibilityInput,
  reviewEligibilitySchema,
  reviewPageSchema,
  reviewSchema,
  upsertReviewInput,
} from "./review.schema";
import * as reviewService from "./review.service";

export const reviewRouter = createTRPCRouter({
  list: publicProcedure
    .input(listReviewsInput)
    .output(reviewPageSchema)
    .query(({ input }) => reviewService.listReviews(input)),
  // Public: a signed-out visitor is told to sign in, not refused.
  eligibility: publicProcedure
    .input(reviewEligibilityInput)
    .output(reviewEligibilitySchema)
    .query(({ ctx, input }) => reviewService.reviewEligibility(ctx.session, input.productId)),
  upsert: customerProcedure
    .input(upsertReviewInput)
    .output(reviewSchema)
    .mutation(({ ctx, input }) => reviewService.upsertReview(ctx.session, input)),
});
