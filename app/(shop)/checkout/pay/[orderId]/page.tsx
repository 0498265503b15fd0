import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TestPaymentPanel } from "@/app/(shop)/checkout/_components/test-payment-panel";
import { loadOwnOrder } from "@/app/_lib/load-own-order";
import { HydrateClient } from "@/app/_trpc/server";

type Props = { params: Promise<{ orderId: string }> };

// Loads the order (cached for the page) so a missing one is titled by the 404 page.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await loadOwnOrder((await params).orderId);
  return { title: "Payment" };
}

export default async function PayPage({ params }: Props) {
  const { orderId } = await params;
  const order = await loadOwnOrder(orderId);
  // Paid, cancelled or released orders have nothing left to pay.
  if (order.status !== "PENDING_PAYMENT") redirect(`/account/orders/${orderId}`);
  return (
    <HydrateClient>
      <div className="mx-auto max-w-xl px-4 py-12 sm:px-6 sm:py-16">
        <TestPaymentPanel orderId={orderId} />
      </div>
    </HydrateClient>
  );
}
