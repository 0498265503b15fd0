import type { Metadata } from "next";
import { Suspense } from "react";
import { InvalidLinkCard } from "@/app/(shop)/_components/invalid-link-card";
import { VerifyEmailPanel } from "./_components/verify-email-panel";
import { HydrateClient, getQueryClient, trpc } from "@/app/_trpc/server";
import { nextParam } from "@/app/(shop)/_lib/with-next";
import { emailTokenSchema } from "@/server/auth/auth.schema";

export const metadata: Metadata = { title: "Confirm your email", robots: { index: false, follow: false } };

type Props = { searchParams: Promise<{ token?: string | string[]; next?: string | string[] }> };

export default async function VerifyEmailPage({ searchParams }: Props) {
  const { token, next } = await searchParams;
  const parsed = emailTokenSchema.safeParse(token);
  const viewer = await getQueryClient().fetchQuery(trpc.auth.viewer.queryOptions());
  if (!parsed.success) return <InvalidLinkCard kind="verify" signedIn={Boolean(viewer)} />;
  return (
    <HydrateClient>
      <Suspense>
        <VerifyEmailPanel token={parsed.data} next={nextParam(next)} />
      </Suspense>
    </HydrateClient>
  );
}
