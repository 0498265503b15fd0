import type { Metadata } from "next";
import { InvalidLinkCard } from "@/app/(shop)/_components/invalid-link-card";
import { ResetPasswordForm } from "./_components/reset-password-form";
import { nextParam } from "@/app/(shop)/_lib/with-next";
import { emailTokenSchema } from "@/server/auth/auth.schema";

export const metadata: Metadata = { title: "Choose a new password", robots: { index: false, follow: false } };

type Props = { searchParams: Promise<{ token?: string | string[]; next?: string | string[] }> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token, next } = await searchParams;
  const parsed = emailTokenSchema.safeParse(token);
  if (!parsed.success) return <InvalidLinkCard kind="reset" signedIn={false} />;
  return <ResetPasswordForm token={parsed.data} next={nextParam(next)} />;
}
