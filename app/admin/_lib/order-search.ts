// The admin order list's filters live in the URL; malformed values are dropped, not errors.
import type { ListAdminOrdersInput } from "@/server/order/order-admin.schema";
import { orderStatusSchema } from "@/server/order/order.schema";
import { isStorableText, isWithinDateRange } from "@/server/lib/storable.schema";
import type { SearchParams } from "@/app/_lib/search-params";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const utcDay = (day: string, plusDays = 0) => new Date(Date.parse(`${day}T00:00:00Z`) + plusDays * 86_400_000);
// A whole day the list can filter on (years 2000..9999), as a date, or nothing.
const dayOrNothing = (day: string, plusDays = 0) =>
  DAY.test(day) && !Number.isNaN(Date.parse(day)) && isWithinDateRange(utcDay(day, plusDays))
    ? utcDay(day, plusDays)
    : undefined;

export function parseAdminOrderSearch(params: SearchParams): ListAdminOrdersInput {
  const status = orderStatusSchema.safeParse(first(params.status));
  const from = first(params.from);
  const to = first(params.to);
  const customer = first(params.customer).toLowerCase().slice(0, 254);
  const page = Number(first(params.page));
  const fromDate = dayOrNothing(from);
  // "To" names the last day included.
  const toDate = dayOrNothing(to, 1);
  return {
    ...(status.success ? { status: status.data } : {}),
    ...(fromDate ? { from: fromDate } : {}),
    ...(toDate ? { to: toDate } : {}),
    ...(customer && isStorableText(customer) ? { customerEmail: customer } : {}),
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
    pageSize: 25,
  };
}

export function adminOrderPageHref(params: SearchParams, page: number): string {
  const query = new URLSearchParams();
  for (const key of ["status", "from", "to", "customer"]) {
    const value = first(params[key]);
    if (value) query.set(key, value);
  }
  if (page > 1) query.set("page", String(page));
  return query.size > 0 ? `/admin/orders?${query}` : "/admin/orders";
}
