import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/app/_components/sign-up-form";
import { serverCaller } from "@/app/_trpc/server";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  const viewer = await (await serverCaller()).auth.viewer();
  if (viewer) redirect("/account");
  return <SignUpForm />;
}
