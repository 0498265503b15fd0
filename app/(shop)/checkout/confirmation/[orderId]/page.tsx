import type { Metadata } from "next";
import { OrderConfirmationView } from "@/app/(shop)/checkout/_components/order-confirmation-view";
import { loadOwnOrder } from "@/app/_lib/load-own-order";
import { HydrateClient } from "@/app/_trpc/server";

type Props = { params: Promise<{ orderId: string }> };

// Loads the order (cached for the page) so a missing one is titled by the 404 page.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await loadOwnOrder((await params).orderId);
  return { title: "Order confirmation" };
}

// Where a shopper lands after paying. Someone else's order, or none, is the 404 page.
export default async function OrderConfirmationPage({ params }: Props) {
  const { orderId } = await params;
  await loadOwnOrder(orderId);
  return (
    <HydrateClient>
      <div className="mx-auto max-w-5xl px-4 py-12 sm:px-6 sm:py-16 lg:px-8">
        <OrderConfirmationView orderId={orderId} />
      </div>
    </HydrateClient>
  );
}
