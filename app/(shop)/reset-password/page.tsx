import type { Metadata } from "next";
import { InvalidLinkCard } from "@/app/_components/invalid-link-card";
import { ResetPasswordForm } from "@/app/_components/reset-password-form";
import { emailTokenSchema } from "@/server/auth/auth.schema";

export const metadata: Metadata = { title: "Choose a new password", robots: { index: false, follow: false } };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const parsed = emailTokenSchema.safeParse((await searchParams).token);
  if (!parsed.success) return <InvalidLinkCard kind="reset" signedIn={false} />;
  return <ResetPasswordForm token={parsed.data} />;
}
