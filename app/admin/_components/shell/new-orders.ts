// How many orders came in on the live feed since staff last looked at the order list: the
// count beside "Orders" in the dashboard's navigation. Per tab, like the feed itself.
import { useSyncExternalStore } from "react";

let count = 0;
const listeners = new Set<() => void>();

function set(next: number): void {
  count = next;
  for (const listener of listeners) listener();
}

export const countNewOrder = () => set(count + 1);
export const clearNewOrders = () => set(0);

export function useNewOrderCount(): number {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    () => count,
    () => 0,
  );
}
