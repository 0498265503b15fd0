import "server-only";
import type { ReactNode } from "react";
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
