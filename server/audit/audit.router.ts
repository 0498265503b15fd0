import "server-only";
import { adminProcedure, createTRPCRouter } from "../trpc/init";
import { auditPageSchema, listAuditInput } from "./audit.schema";
import { listAuditEntries } from "./audit.service";

export const auditRouter = createTRPCRouter({
  list: adminProcedure
    .input(listAuditInput)
    .output(auditPageSchema)
    .query(({ input }) => listAuditEntries(input)),
});
