import { Text } from "@react-email/components";
import type { OrderDetail } from "../../server/order/order.schema";
import { paragraph } from "./email-layout";

export type EmailAddressProps = { address: OrderDetail["shippingAddress"] };

// A postal address in an email, one line per part: the email twin of order-address-card.tsx
// (change both together when the way addresses are written changes).
export function EmailAddress({ address }: EmailAddressProps) {
  const lines = [address.fullName, address.line1, address.line2, `${address.postalCode} ${address.city}`, address.country];
  return (
    <Text style={{ ...paragraph, margin: 0 }}>
      {lines
        .filter((line): line is string => Boolean(line))
        .flatMap((line, index) => (index === 0 ? [line] : [<br key={index} />, line]))}
    </Text>
  );
}
