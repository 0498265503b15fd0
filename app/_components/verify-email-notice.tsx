import { ResendVerificationButton } from "./resend-verification-button";

export function VerifyEmailNotice() {
  return (
    <div className="mb-6 rounded-xl border border-amber-200 bg-amber-50 p-4 sm:p-5">
      <p className="text-sm font-semibold text-amber-900">Confirm your email address to check out</p>
      <p className="mt-1 mb-4 text-sm leading-6 text-amber-900/80">
        Open the link in the email we sent when you signed up. Can’t find it? We can send another.
      </p>
      <ResendVerificationButton label="Resend confirmation email" />
    </div>
  );
}
