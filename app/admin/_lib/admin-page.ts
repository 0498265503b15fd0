import "server-only";
import type { ReactNode } from "react";
import type { SearchParams } from "@/app/_lib/search-params";
import { loadAdminAccess } from "./load-admin-access";

type Staff = Extract<Awaited<ReturnType<typeof loadAdminAccess>>, { ok: true }>["me"];

// Every dashboard page. When access is refused (signed out, no longer staff) the layout shows
// why, and the page must not query anything: it renders nothing.
export function adminPage<Props>(render: (props: Props, me: Staff) => ReactNode | Promise<ReactNode>) {
  // biome-ignore lint/correctness/noComponentHookFactories: made once per page module when it loads, not during a render
  return async function AdminPage(props: Props) {
    const access = await loadAdminAccess();
    return access.ok ? render(props, access.me) : null;
  };
}

// A dashboard list: its search lives in the URL and is parsed once into the list's input.
export function adminListPage<Input>(
  parse: (params: SearchParams) => Input,
  render: (search: { input: Input; params: SearchParams }) => ReactNode | Promise<ReactNode>,
) {
  return adminPage(async ({ searchParams }: { searchParams: Promise<SearchParams> }) => {
    const params = await searchParams;
    return render({ input: parse(params), params });
  });
}
