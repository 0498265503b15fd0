import { Button, Hr, Link, Text } from "@react-email/components";
import type { Money } from "../server/catalog/catalog.schema";
import { addressLines } from "../server/checkout/address";
import type { OrderDetail } from "../server/order/order.schema";
import { AddressBlock } from "./components/address-block";
import { EmailLayout, button, paragraph } from "./components/email-layout";
import { EmailOrderLines, EmailTotals, type EmailOrderLine } from "./components/email-order-lines";

export type OrderConfirmationProps = {
  name: string;
  number: string;
  url: string;
  shopUrl: string;
  lines: EmailOrderLine[];
  shippingAddress: OrderDetail["shippingAddress"];
  subtotal: Money;
  shipping: Money;
  total: Money;
};

const heading = {
  color: "#1c1917",
  fontSize: "13px",
  fontWeight: 600,
  letterSpacing: "0.04em",
  margin: "0 0 12px",
  textTransform: "uppercase" as const,
};
const divider = { borderColor: "#e7e5e4", margin: "20px 0" };

export default function OrderConfirmation({
  name,
  number,
  url,
  shopUrl,
  lines,
  shippingAddress,
  subtotal,
  shipping,
  total,
}: OrderConfirmationProps) {
  return (
    <EmailLayout preview={`Order ${number} is confirmed`}>
      <Text style={paragraph}>Hi {name},</Text>
      <Text style={paragraph}>
        Thank you for your order. We received your payment for order {number} and are getting it ready. We’ll email you
        again when it ships.
      </Text>
      <Hr style={divider} />
      <Text style={heading}>Order {number}</Text>
      <EmailOrderLines lines={lines} />
      <Hr style={divider} />
      <EmailTotals subtotal={subtotal} shipping={shipping} total={total} />
      <Hr style={divider} />
      <Text style={heading}>Shipping to</Text>
      <AddressBlock lines={addressLines(shippingAddress)} />
      <Hr style={divider} />
      <Button href={url} style={button}>
        View your order
      </Button>
      <Text style={{ ...paragraph, margin: "16px 0 0" }}>
        Looking for something else?{" "}
        <Link href={shopUrl} style={{ color: "#4f5bd5", fontWeight: 600 }}>
          Keep shopping
        </Link>
        .
      </Text>
    </EmailLayout>
  );
}

const usd = (amountCents: number): Money => ({ amountCents, currency: "USD" });

OrderConfirmation.PreviewProps = {
  name: "Sam",
  number: "SF-7K3M9QXA",
  url: "http://localhost:3000/account/orders/x",
  shopUrl: "http://localhost:3000/",
  lines: [
    {
      name: "Speckled Stoneware Mug",
      quantity: 2,
      unitPrice: usd(2400),
      lineTotal: usd(4800),
      imageUrl: "http://localhost:3000/images/products/speckled-stoneware-mug-1.webp",
    },
  ],
  shippingAddress: {
    fullName: "Sam Shopper",
    line1: "12 Harbour Lane",
    line2: null,
    city: "Portland",
    region: "OR",
    postalCode: "97201",
    country: "US",
  },
  subtotal: usd(4800),
  shipping: usd(500),
  total: usd(5300),
} satisfies OrderConfirmationProps;
