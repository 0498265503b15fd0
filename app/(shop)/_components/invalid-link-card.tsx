import Link from "next/link";
import { AuthCard } from "./auth-card";
import { ResendVerificationButton } from "@/app/_components/resend-verification-button";
import { buttonStyles } from "@/app/_components/ui/button";

// An email link that is unknown, used, expired or malformed: the same words for each, so the
// page reveals nothing about which.
export function InvalidLinkCard({ kind, signedIn }: { kind: "verify" | "reset"; signedIn: boolean }) {
  if (kind === "reset") {
    return (
      <AuthCard
        title="This link is invalid or has expired"
        description="Password reset links work once and expire after an hour. Ask for a new one."
      >
        <Link href="/forgot-password" className={buttonStyles()}>
          Request a new link
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title="This link is invalid or has expired"
      description={
        signedIn
          ? "Confirmation links work once and expire after 24 hours. If you already confirmed your address, you’re all set; otherwise we can send you a new link."
          : "Confirmation links work once and expire after 24 hours. If you already confirmed your address, you’re all set; otherwise sign in to ask for a new link."
      }
    >
      {signedIn ? (
        <ResendVerificationButton label="Send a new link" variant="primary" />
      ) : (
        <Link href="/login?next=%2Faccount" className={buttonStyles()}>
          Sign in
        </Link>
      )}
    </AuthCard>
  );
}
