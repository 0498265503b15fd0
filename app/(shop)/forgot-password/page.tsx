import type { Metadata } from "next";
import { ForgotPasswordForm } from "./_components/forgot-password-form";
import { nextParam } from "@/app/(shop)/_lib/with-next";

export const metadata: Metadata = { title: "Reset your password" };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function ForgotPasswordPage({ searchParams }: Props) {
  return <ForgotPasswordForm next={nextParam((await searchParams).next)} />;
}
