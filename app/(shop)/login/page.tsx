import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/app/_components/login-form";
import { Card } from "@/app/_components/ui/card";
import { serverCaller } from "@/app/_trpc/server";
import { safeNextPath } from "@/server/http/safe-redirect";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function LoginPage({ searchParams }: Props) {
  const [{ next }, viewer] = await Promise.all([searchParams, serverCaller().then((caller) => caller.auth.viewer())]);
  const nextPath = typeof next === "string" ? next : null;
  // Already signed in: go straight on rather than showing a form that would do nothing new
  // (never back to /login itself, which would loop).
  if (viewer) {
    const target = safeNextPath(nextPath);
    redirect(target.startsWith("/login") ? safeNextPath(null) : target);
  }

  return (
    <div className="mx-auto max-w-md px-4 py-16 sm:py-24">
      <Card className="p-6 shadow-md shadow-stone-900/5 sm:p-10">
        <h1 className="text-2xl font-semibold tracking-tight text-ink">Sign in</h1>
        <p className="mt-2 text-sm text-stone-600">Welcome back. Sign in with your email and password.</p>
        <div className="mt-8">
          <LoginForm next={nextPath} />
        </div>
      </Card>
    </div>
  );
}
