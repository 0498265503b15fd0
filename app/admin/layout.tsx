import type { ReactNode } from "react";
import { AdminAccessDenied } from "./_components/shell/access-denied";
import { AdminNav } from "./_components/shell/nav";
import { StaffLive } from "./_components/shell/staff-live";
import { SignOutButton } from "@/app/_components/sign-out-button";
import { SiteShell } from "@/app/_components/site-shell";
import { loadAdminAccess } from "./_lib/load-admin-access";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const access = await loadAdminAccess();
  return (
    <SiteShell>
      {access.ok ? (
        <div className="mx-auto grid max-w-7xl grid-cols-1 gap-6 px-4 py-6 sm:px-6 sm:py-8 lg:grid-cols-[12rem_minmax(0,1fr)] lg:gap-8 lg:px-8 lg:py-12">
          <StaffLive />
          <aside>
            <p className="mb-3 hidden px-3 text-xs font-semibold tracking-wide text-stone-500 uppercase lg:block">
              Staff
            </p>
            <AdminNav />
            <div className="mt-6 hidden border-t border-stone-200 px-3 pt-4 lg:block">
              <p className="truncate text-sm font-medium text-ink">{access.me.name}</p>
              <p className="mb-3 truncate text-xs text-stone-500">{access.me.email}</p>
              <SignOutButton />
            </div>
          </aside>
          <div className="min-w-0">{children}</div>
        </div>
      ) : (
        <AdminAccessDenied signedOut={access.code === "UNAUTHORIZED"} />
      )}
    </SiteShell>
  );
}
