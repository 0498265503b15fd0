// Order totals from database prices. Shipping is a flat fee below a free-shipping threshold.
export const FREE_SHIPPING_FROM_CENTS = 7_500;
export const FLAT_SHIPPING_CENTS = 500;

export function shippingFor(subtotalCents: number): number {
  return subtotalCents >= FREE_SHIPPING_FROM_CENTS ? 0 : FLAT_SHIPPING_CENTS;
}

// Short, unambiguous reference for people (no 0/O, 1/I/L).
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

export function orderNumber(random: Uint8Array = crypto.getRandomValues(new Uint8Array(8))): string {
  return `SF-${Array.from(random, (byte) => ALPHABET[byte % ALPHABET.length]).join("")}`;
}
