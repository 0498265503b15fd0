import type { OrderDetail } from "@/server/order/order.schema";
import { LocalTime } from "./local-time";
import { orderStatusLabels } from "./order-status-badge";

export function OrderTimeline({ events }: { events: OrderDetail["timeline"] }) {
  return (
    <ol className="space-y-5">
      {events.map((event, index) => (
        <li key={`${event.status}-${event.at.toISOString()}`} className="relative flex gap-4">
          <span aria-hidden="true" className="relative mt-1.5 flex size-3 shrink-0 items-center justify-center">
            <span
              className={`size-2.5 rounded-full ${index === events.length - 1 ? "bg-brand-600" : "bg-stone-300"}`}
            />
          </span>
          <div className="min-w-0">
            <p className="text-sm font-medium text-ink">{orderStatusLabels[event.status]}</p>
            {event.note && <p className="text-sm text-stone-600">{event.note}</p>}
            <p className="mt-0.5 text-xs text-stone-500">
              <LocalTime date={event.at} />
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
