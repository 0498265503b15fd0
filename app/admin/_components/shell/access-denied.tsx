import Link from "next/link";
import { StatusMessage } from "@/app/_components/status-message";
import { buttonStyles } from "@/app/_components/ui/button";

export function AdminAccessDenied({ signedOut }: { signedOut: boolean }) {
  return (
    <StatusMessage
      code={signedOut ? "401" : "403"}
      tone="warning"
      title={signedOut ? "Your session has ended" : "You don’t have access to that page"}
      actions={
        <Link href={signedOut ? "/login?next=%2Fadmin" : "/"} className={buttonStyles()}>
          {signedOut ? "Sign in again" : "Back to the shop"}
        </Link>
      }
    >
      <p>
        {signedOut ? "Sign in again to open the staff dashboard." : "The staff dashboard is for Shopfront staff only."}
      </p>
    </StatusMessage>
  );
}
