import { Button, Text } from "@react-email/components";
import { AddressBlock } from "./components/address-block";
import { EmailLayout, button, paragraph } from "./components/email-layout";

// `address` is optional: jobs queued before it existed still render.
export type OrderConfirmationProps = { name: string; number: string; total: string; url: string; address?: string | undefined };

export default function OrderConfirmation({ name, number, total, url, address }: OrderConfirmationProps) {
  return (
    <EmailLayout preview={`Order ${number} is confirmed`}>
      <Text style={paragraph}>Hi {name},</Text>
      <Text style={paragraph}>
        Thank you for your order. We received your payment of {total} for order {number} and are getting it ready.
      </Text>
      {address && <AddressBlock title="Shipping to" address={address} />}
      <Button href={url} style={button}>
        View your order
      </Button>
    </EmailLayout>
  );
}

OrderConfirmation.PreviewProps = { name: "Sam", number: "SF-7K3M9QXA", total: "$57.00", url: "http://localhost:3000/account/orders/x", address: "Sam Rivera\n1 Main Street\nPortland, OR 97201\nUnited States" } satisfies OrderConfirmationProps;
