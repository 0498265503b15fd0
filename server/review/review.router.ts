import "server-only";
import { createTRPCRouter, customerProcedure, publicProcedure } from "../trpc/init";
import { listReviewsInput, reviewPageSchema, reviewSchema, upsertReviewInput } from "./review.schema";
import * as reviewService from "./review.service";

export const reviewRouter = createTRPCRouter({
  list: publicProcedure
    .input(listReviewsInput)
    .output(reviewPageSchema)
    .query(({ input }) => reviewService.listReviews(input)),
  upsert: customerProcedure
    .input(upsertReviewInput)
    .output(reviewSchema)
    .mutation(({ ctx, input }) => reviewService.upsertReview(ctx.session, input)),
});
