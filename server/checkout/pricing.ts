// Order totals from database prices. Shipping is a flat fee below a free-shipping threshold.
import "server-only";
import { DomainError } from "../lib/errors";

export const FREE_SHIPPING_FROM_CENTS = 7_500;
export const FLAT_SHIPPING_CENTS = 500;
// The most one order (or cart) may total, in minor units: far above any real basket, far
// below PostgreSQL's int4 columns, which 99 units of a few dear products would overflow.
// The orders_total_max CHECK constraint holds the same number.
export const MAX_ORDER_TOTAL_CENTS = 100_000_000;

export function shippingFor(subtotalCents: number): number {
  return subtotalCents >= FREE_SHIPPING_FROM_CENTS ? 0 : FLAT_SHIPPING_CENTS;
}

export type OrderTotals = { subtotalCents: number; shippingCents: number; totalCents: number };

// Lines of one currency (callers check that); exact in JavaScript numbers at any quantity.
export function orderTotals(lines: { unitPriceCents: number; quantity: number }[]): OrderTotals {
  const subtotalCents = lines.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0);
  const shippingCents = shippingFor(subtotalCents);
  return { subtotalCents, shippingCents, totalCents: subtotalCents + shippingCents };
}

export function assertWithinOrderLimit(totals: OrderTotals): void {
  if (totals.totalCents > MAX_ORDER_TOTAL_CENTS) {
    throw new DomainError(
      "ORDER_TOTAL_TOO_LARGE",
      "That is more than one order can total. Lower a quantity, or place several orders.",
      {
        limitCents: MAX_ORDER_TOTAL_CENTS,
      },
    );
  }
}

export function assertOneCurrency(cartCurrency: string, productCurrency: string): void {
  if (cartCurrency !== productCurrency) {
    throw new DomainError(
      "CART_CURRENCY_MISMATCH",
      `A cart holds one currency: yours is priced in ${cartCurrency}, this item in ${productCurrency}.`,
      { cartCurrency, productCurrency },
    );
  }
}

// Short, unambiguous reference for people (no 0/O, 1/I/L).
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

export function orderNumber(random: Uint8Array = crypto.getRandomValues(new Uint8Array(8))): string {
  return `SF-${Array.from(random, (byte) => ALPHABET[byte % ALPHABET.length]).join("")}`;
}
