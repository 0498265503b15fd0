import type { Metadata } from "next";
import { prefetchOrNotFound } from "@/app/_lib/prefetch-or-not-found";
import { trpc } from "@/app/_trpc/server";
import { AdminDetailShell } from "../../_components/shell/detail-shell";
import { StaffSupportConversation } from "../../_components/support/staff-conversation";
import { adminPage } from "../../_lib/admin-page";

export const metadata: Metadata = { title: "Support conversation · Staff" };

export default adminPage(async ({ params }: { params: Promise<{ id: string }> }, me) => {
  const { id } = await params;
  await prefetchOrNotFound(trpc.admin.support.get.queryOptions({ conversationId: id }));
  return (
    <AdminDetailShell back={{ href: "/admin/support", label: "Support" }}>
      <StaffSupportConversation conversationId={id} viewerId={me.id} />
    </AdminDetailShell>
  );
});
