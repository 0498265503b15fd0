import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { CheckoutForm } from "./_components/checkout-form";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { VerifyEmailNotice } from "@/app/_components/verify-email-notice";
import { HydrateClient, getQueryClient, trpc } from "@/app/_trpc/server";

export const metadata: Metadata = { title: "Checkout" };

export default async function CheckoutPage() {
  const queryClient = getQueryClient();
  // Middleware only gates optimistically; the page asks the server who is signed in.
  const viewer = await queryClient.fetchQuery(trpc.auth.viewer.queryOptions());
  if (!viewer) redirect("/login?next=/checkout");
  void queryClient.prefetchQuery(trpc.cart.get.queryOptions());
  return (
    <HydrateClient>
      <div className="mx-auto max-w-6xl px-4 py-12 sm:px-6 sm:py-16 lg:px-8">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">Checkout</h1>
        <div className="mt-8">
          {viewer.emailVerified ? (
            <Suspense fallback={<Skeleton className="h-96 w-full rounded-2xl" />}>
              <CheckoutForm defaultName={viewer.name} />
            </Suspense>
          ) : (
            <VerifyEmailNotice />
          )}
        </div>
      </div>
    </HydrateClient>
  );
}
