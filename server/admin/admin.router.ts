import "server-only";
import { adminProcedure, createTRPCRouter } from "../trpc/init";
import { adminOverviewSchema } from "./admin.schema";
import * as adminService from "./admin.service";

export const adminRouter = createTRPCRouter({
  overview: adminProcedure.output(adminOverviewSchema).query(() => adminService.getOverview()),
});
