import type { Metadata } from "next";
import Link from "next/link";
import { StatusMessage } from "@/app/_components/status-message";
import { buttonStyles } from "@/app/_components/ui/button";

export const metadata: Metadata = { title: "No access" };

export default function ForbiddenPage() {
  return (
    <StatusMessage
      code="403"
      tone="warning"
      title="You don’t have access to that page"
      actions={
        <Link href="/" className={buttonStyles()}>
          Back to the shop
        </Link>
      }
    >
      <p>That area is for Shopfront staff only. If you think you should have access, ask an administrator.</p>
    </StatusMessage>
  );
}
