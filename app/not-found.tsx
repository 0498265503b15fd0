import type { Metadata } from "next";
import { NotFoundMessage } from "./_components/not-found-message";
import { SiteShell } from "./_components/site-shell";

export const metadata: Metadata = { title: "Page not found" };

// URLs that match no route render here, outside any route group, so the shell is added.
export default function NotFound() {
  return (
    <SiteShell>
      <NotFoundMessage />
    </SiteShell>
  );
}
