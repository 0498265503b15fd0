import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "./_components/sign-up-form";
import { nextParam } from "@/app/(shop)/_lib/with-next";
import { serverCaller } from "@/app/_trpc/server";
import { safeNextPath } from "@/server/http/safe-redirect.schema";

export const metadata: Metadata = { title: "Create an account" };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function SignUpPage({ searchParams }: Props) {
  const [{ next }, viewer] = await Promise.all([searchParams, serverCaller().then((caller) => caller.auth.viewer())]);
  if (viewer) redirect(safeNextPath(nextParam(next)));
  return <SignUpForm next={nextParam(next)} />;
}
