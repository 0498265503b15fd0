// An order's shipping address lives in its ship* columns; this turns them back into an address,
// for the order pages and for the emails that show it.
import "server-only";
import { addressLines } from "../checkout/address";
import type { ShippingAddress } from "../checkout/checkout.schema";
import type { ShippingColumns } from "./order.repo";

export function shippingAddressOf(order: ShippingColumns) {
  return {
    fullName: order.shipFullName,
    line1: order.shipLine1,
    line2: order.shipLine2,
    city: order.shipCity,
    region: order.shipRegion,
    postalCode: order.shipPostalCode,
    country: order.shipCountry,
  };
}

export function shippingColumnsOf(address: ShippingAddress): ShippingColumns {
  return {
    shipFullName: address.fullName,
    shipLine1: address.line1,
    shipLine2: address.line2 ?? null,
    shipCity: address.city,
    shipRegion: address.region ?? null,
    shipPostalCode: address.postalCode,
    shipCountry: address.country,
  };
}

// Email props are strings: the address as the lines its country's post reads.
export const shippingAddressText = (order: ShippingColumns) => addressLines(shippingAddressOf(order)).join("\n");
