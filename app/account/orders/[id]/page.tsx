import type { Metadata } from "next";
import { BackLink } from "../../_components/back-link";
import { OrderDetailView } from "@/app/account/_components/order-detail-view";
import { loadOwnOrder } from "@/app/_lib/load-own-order";
import { HydrateClient } from "@/app/_trpc/server";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const order = await loadOwnOrder((await params).id);
  return { title: `Order ${order.number}` };
}

export default async function OrderPage({ params }: Props) {
  const { id } = await params;
  await loadOwnOrder(id);
  return (
    <HydrateClient>
      <div className="mx-auto max-w-5xl px-4 py-12 sm:px-6 sm:py-16 lg:px-8">
        <BackLink href="/account/orders">Your orders</BackLink>
        <div className="mt-3">
          <OrderDetailView orderId={id} />
        </div>
      </div>
    </HydrateClient>
  );
}
