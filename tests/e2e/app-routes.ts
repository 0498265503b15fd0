// Every page of the app with the data a visit needs, for the specs that walk all of them
// (responsive.spec.ts, accessibility.spec.ts; route-fixtures.ts signs in and visits). `unlistedPages()` compares this table with the
// page.tsx files on disk, so a new page fails those specs until it is listed here.
import { readdirSync } from "node:fs";
import path from "node:path";
import { WATER_BOTTLE } from "./fixtures";

export type Role = "visitor" | "shopper" | "staff";
export const ROLES: Role[] = ["visitor", "shopper", "staff"];

// Ids made once per run by the `seeded` fixture (route-fixtures.ts).
export type RouteData = {
  orderIds: Record<Exclude<Role, "visitor">, string>;
  adminProductId: string;
  shopperCustomerId: string;
  // The shopper's; staff see it in the dashboard, not on the shopper's page.
  supportConversationId: string;
};

export type AppRoute = {
  // Who the page is for. Visitors reaching a signed-in page land on the sign-in page and
  // shoppers reaching the dashboard on /forbidden: still pages that must fit, so the responsive
  // spec visits every route as every role, and the accessibility spec as the audience.
  audience: Role;
  path: (data: RouteData, role: Role) => string;
  // Visited with a product in the cart (added before the visit, removed after it).
  withCart?: boolean;
  // Roles the page answers 404 to (it hides from them that it exists); still a page that must fit.
  notFoundFor?: Role[];
};

// Well-formed but unknown: the page shows its form or button; only a submit would check it.
const UNKNOWN_TOKEN = "layout-check-token-that-matches-no-account";

export const APP_ROUTES: Record<string, AppRoute> = {
  "/": { audience: "visitor", path: () => "/" },
  "/products": { audience: "visitor", path: () => "/products" },
  "/products/[slug]": { audience: "visitor", path: () => `/products/${WATER_BOTTLE.slug}` },
  "/categories/[slug]": { audience: "visitor", path: () => "/categories/kitchen" },
  "/search": { audience: "visitor", path: () => "/search?q=lamp" },
  "/cart": { audience: "visitor", path: () => "/cart", withCart: true },
  "/checkout": { audience: "shopper", path: () => "/checkout", withCart: true },
  // Each signed-in role pays for its own order (another's is a 404); visitors are sent to sign in.
  "/checkout/pay/[orderId]": {
    audience: "shopper",
    path: (data, role) => `/checkout/pay/${data.orderIds[role === "staff" ? "staff" : "shopper"]}`,
  },
  // The shopper's order is unpaid (the page says so); the staff member's is paid.
  "/checkout/confirmation/[orderId]": {
    audience: "shopper",
    path: (data, role) => `/checkout/confirmation/${data.orderIds[role === "staff" ? "staff" : "shopper"]}`,
  },
  "/login": { audience: "visitor", path: () => "/login" },
  "/signup": { audience: "visitor", path: () => "/signup" },
  "/forgot-password": { audience: "visitor", path: () => "/forgot-password" },
  "/reset-password": { audience: "visitor", path: () => `/reset-password?token=${UNKNOWN_TOKEN}` },
  "/verify-email": { audience: "visitor", path: () => `/verify-email?token=${UNKNOWN_TOKEN}` },
  "/forbidden": { audience: "shopper", path: () => "/forbidden" },
  // Captured mail is for staff only in a production build.
  "/dev/mail": { audience: "staff", path: () => "/dev/mail", notFoundFor: ["visitor", "shopper"] },
  "/account": { audience: "shopper", path: () => "/account" },
  "/account/orders": { audience: "shopper", path: () => "/account/orders" },
  "/account/orders/[id]": {
    audience: "shopper",
    path: (data, role) => `/account/orders/${data.orderIds[role === "staff" ? "staff" : "shopper"]}`,
  },
  "/account/support": { audience: "shopper", path: (data) => `/account/support?order=${data.orderIds.shopper}` },
  "/account/support/[id]": {
    audience: "shopper",
    path: (data) => `/account/support/${data.supportConversationId}`,
    notFoundFor: ["staff"],
  },
  "/admin": { audience: "staff", path: () => "/admin" },
  "/admin/products": { audience: "staff", path: () => "/admin/products" },
  "/admin/products/new": { audience: "staff", path: () => "/admin/products/new" },
  "/admin/products/[id]": { audience: "staff", path: (data) => `/admin/products/${data.adminProductId}` },
  "/admin/orders": { audience: "staff", path: () => "/admin/orders" },
  "/admin/orders/[id]": { audience: "staff", path: (data) => `/admin/orders/${data.orderIds.shopper}` },
  "/admin/customers": { audience: "staff", path: () => "/admin/customers" },
  "/admin/customers/[id]": { audience: "staff", path: (data) => `/admin/customers/${data.shopperCustomerId}` },
  "/admin/support": { audience: "staff", path: () => "/admin/support" },
  "/admin/support/[id]": { audience: "staff", path: (data) => `/admin/support/${data.supportConversationId}` },
  "/admin/jobs": { audience: "staff", path: () => "/admin/jobs" },
  "/admin/audit": { audience: "staff", path: () => "/admin/audit" },
};

// Pages that exist on disk but cannot be visited, each with the reason. None today: token
// pages are visited with an unknown token, the payment page with a fresh order.
const NOT_VISITED: Record<string, string> = {};

// Route patterns of app/**/page.tsx: route groups "(shop)" add no URL segment.
export function pagePatternsOnDisk(appDir = "app"): string[] {
  return readdirSync(appDir, { recursive: true, encoding: "utf8" })
    .filter((file) => /^page\.(tsx|ts|jsx|js|mdx)$/.test(path.basename(file)))
    .map(
      (file) =>
        `/${path
          .dirname(file)
          .split(path.sep)
          .filter((segment) => segment !== "." && !/^\(.+\)$/.test(segment))
          .join("/")}`,
    )
    .sort();
}

// Pages the table neither visits nor excludes, and entries for pages that no longer exist.
export function unlistedPages(): { missing: string[]; stale: string[] } {
  const onDisk = pagePatternsOnDisk();
  const listed = [...Object.keys(APP_ROUTES), ...Object.keys(NOT_VISITED)];
  return {
    missing: onDisk.filter((pattern) => !listed.includes(pattern)),
    stale: listed.filter((pattern) => !onDisk.includes(pattern)),
  };
}
