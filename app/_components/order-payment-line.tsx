import type { OrderDetail } from "@/server/order/order.schema";
import { LocalTime } from "./local-time";

const methodWords: Record<NonNullable<NonNullable<OrderDetail["payment"]>["method"]>, string> = { CARD: "by card " };

// "Paid by card on 29 Nov 2026, 14:03": how and when, never the provider's payment reference.
export function OrderPaymentLine({ payment }: { payment: OrderDetail["payment"] }) {
  if (!payment) return null;
  return (
    <>
      Paid {payment.method ? methodWords[payment.method] : ""}on <LocalTime date={payment.paidAt} />
    </>
  );
}
