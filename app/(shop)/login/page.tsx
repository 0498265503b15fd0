import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/app/(shop)/_components/auth-card";
import { LoginForm } from "./_components/login-form";
import { TextLink } from "@/app/(shop)/_components/text-link";
import { nextParam, withNext } from "@/app/(shop)/_lib/with-next";
import { serverCaller } from "@/app/_trpc/server";
import { safeNextPath } from "@/server/http/safe-redirect.schema";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function LoginPage({ searchParams }: Props) {
  const [{ next }, viewer] = await Promise.all([searchParams, serverCaller().then((caller) => caller.auth.viewer())]);
  const nextPath = nextParam(next);
  // Already signed in: go straight on rather than showing a form that would do nothing new
  // (never back to /login itself, which would loop).
  if (viewer) {
    const target = safeNextPath(nextPath);
    redirect(target.startsWith("/login") ? safeNextPath(null) : target);
  }

  return (
    <AuthCard
      title="Sign in"
      description="Welcome back. Sign in with your email and password."
      footer={
        <>
          New to Shopfront? <TextLink href={withNext("/signup", nextPath)}>Create an account</TextLink>
        </>
      }
    >
      <LoginForm next={nextPath} />
      <p className="mt-5 text-center text-sm">
        <TextLink href={withNext("/forgot-password", nextPath)}>Forgot your password?</TextLink>
      </p>
    </AuthCard>
  );
}
