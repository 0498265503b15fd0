// The customer list's filters live in the URL; malformed values are dropped, not errors.
import type { ListCustomersInput } from "@/server/account/customer-admin.schema";
import { isStorableText } from "@/server/lib/storable.schema";
import type { SearchParams } from "@/app/_lib/search-params";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? "";

export function parseCustomerSearch(params: SearchParams): ListCustomersInput {
  const q = first(params.q).slice(0, 100);
  const role = first(params.role);
  const status = first(params.status);
  const page = Number(first(params.page));
  return {
    ...(q && isStorableText(q) ? { q } : {}),
    ...(role === "USER" || role === "ADMIN" ? { role } : {}),
    ...(status === "disabled" ? { disabled: true } : status === "active" ? { disabled: false } : {}),
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
    pageSize: 25,
  };
}

export function customerPageHref(params: SearchParams, page: number): string {
  const query = new URLSearchParams();
  for (const key of ["q", "role", "status"]) {
    const value = first(params[key]);
    if (value) query.set(key, value);
  }
  if (page > 1) query.set("page", String(page));
  return query.size > 0 ? `/admin/customers?${query}` : "/admin/customers";
}
