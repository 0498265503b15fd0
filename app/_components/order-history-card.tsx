import type { OrderDetail } from "@/server/order/order.schema";
import { OrderTimeline } from "./order-timeline";

export function OrderHistoryCard({ timeline }: { timeline: OrderDetail["timeline"] }) {
  return (
    <section aria-labelledby="history-heading" className="rounded-2xl bg-white p-6 ring-1 ring-stone-200">
      <h2 id="history-heading" className="text-base font-semibold text-ink">
        Status history
      </h2>
      <div className="mt-4">
        <OrderTimeline events={timeline} />
      </div>
    </section>
  );
}
