import "server-only";
import { z } from "../lib/zod";
import { adminProcedure, createTRPCRouter } from "../trpc/init";
import {
  adminImageSchema,
  confirmUploadInput,
  createUploadInput,
  imageIdInput,
  productImagesInput,
  reorderImagesInput,
  uploadTicketSchema,
} from "./media.schema";
import * as media from "./media.service";

export const imageAdminRouter = createTRPCRouter({
  list: adminProcedure
    .input(productImagesInput)
    .output(z.array(adminImageSchema))
    .query(({ input }) => media.listImages(input.productId)),
  createUpload: adminProcedure
    .input(createUploadInput)
    .output(uploadTicketSchema)
    .mutation(({ ctx, input }) => media.createUpload(ctx.actor, input)),
  confirm: adminProcedure
    .input(confirmUploadInput)
    .output(adminImageSchema)
    .mutation(({ ctx, input }) => media.confirmUpload(ctx.actor, input.imageId, input.alt)),
  reorder: adminProcedure
    .input(reorderImagesInput)
    .output(z.array(adminImageSchema))
    .mutation(({ ctx, input }) => media.reorderImages(ctx.actor, input.productId, input.imageIds)),
  delete: adminProcedure
    .input(imageIdInput)
    .output(z.object({ deleted: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await media.deleteImage(ctx.actor, input.id);
      return { deleted: true as const };
    }),
});
