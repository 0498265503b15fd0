import "server-only";
import { customerAdminRouter } from "../account/customer-admin.router";
import { auditRouter } from "../audit/audit.router";
import { productAdminRouter } from "../catalog/product-admin.router";
import { orderAdminRouter } from "../order/order-admin.router";
import { jobsAdminRouter } from "../jobs/jobs-admin.router";
import { imageAdminRouter } from "../media/media.router";
import { supportAdminRouter } from "../support/support-admin.router";
import { adminProcedure, createTRPCRouter } from "../trpc/init";
import { adminMeSchema, adminOverviewSchema } from "./admin.schema";
import * as adminService from "./admin.service";

// Everything staff can do, under one namespace: admin.<area>.<verb>. Every procedure is an
// adminProcedure (live session and role checked in the database on each call).
export const adminRouter = createTRPCRouter({
  // The signed-in staff member; the dashboard layout calls it to decide whether to render at all.
  me: adminProcedure.output(adminMeSchema).query(({ ctx }) => adminService.getStaffMember(ctx.session.userId)),
  overview: adminProcedure.output(adminOverviewSchema).query(() => adminService.getOverview()),
  audit: auditRouter,
  products: productAdminRouter,
  orders: orderAdminRouter,
  customers: customerAdminRouter,
  jobs: jobsAdminRouter,
  images: imageAdminRouter,
  support: supportAdminRouter,
});
