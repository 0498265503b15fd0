import "server-only";
import { z } from "../lib/zod";
import { createTRPCRouter, publicProcedure } from "../trpc/init";
import { capturedEmailSchema } from "./dev-mail.schema";
import { listCapturedEmails } from "./dev-mail.service";

export const devMailRouter = createTRPCRouter({
  list: publicProcedure.output(z.array(capturedEmailSchema)).query(({ ctx }) => listCapturedEmails(ctx.session)),
});
