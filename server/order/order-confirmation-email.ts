// What the order confirmation email shows of the order: its lines with images, the address and
// the totals. The job (enqueued by the payment webhook) names the order by its number, and the
// order is read when the job runs: lines, prices and address are copied at checkout and never
// change, so a late read still sends what was bought, and the job's payload stays small.
import "server-only";
import { env } from "../env";
import * as orderRepo from "./order.repo";
import { toOrderDetail } from "./order.service";

// A mail client has no page to resolve a path against.
const absolute = (pathOrUrl: string) => new URL(pathOrUrl, env.APP_URL).toString();

export async function orderConfirmationDetails(number: string) {
  const order = await orderRepo.findOrderByNumber(number);
  if (!order) throw new Error(`order ${number} not found for its confirmation email`);
  const detail = toOrderDetail(order);
  return {
    shopUrl: absolute("/"),
    lines: detail.lines.map((line) => ({
      name: line.productName,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      lineTotal: line.lineTotal,
      imageUrl: line.image ? absolute(line.image.url) : null,
    })),
    shippingAddress: detail.shippingAddress,
    subtotal: detail.subtotal,
    shipping: detail.shipping,
    total: detail.total,
  };
}
