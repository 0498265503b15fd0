import "server-only";
import { adminProcedure, createTRPCRouter } from "../trpc/init";
import {
  adminJobPageSchema,
  adminJobSchema,
  discardJobResultSchema,
  jobIdInput,
  listJobsInput,
} from "./jobs-admin.schema";
import * as jobsAdmin from "./jobs-admin.service";

export const jobsAdminRouter = createTRPCRouter({
  list: adminProcedure
    .input(listJobsInput)
    .output(adminJobPageSchema)
    .query(({ input }) => jobsAdmin.listJobs(input)),
  retry: adminProcedure
    .input(jobIdInput)
    .output(adminJobSchema)
    .mutation(({ ctx, input }) => jobsAdmin.retryJob(ctx.actor, input.id)),
  discard: adminProcedure
    .input(jobIdInput)
    .output(discardJobResultSchema)
    .mutation(({ ctx, input }) => jobsAdmin.discardJob(ctx.actor, input.id)),
});
