import { Button, Text } from "@react-email/components";
import { EmailLayout, button, paragraph } from "./components/email-layout";

export type OrderConfirmationProps = { name: string; number: string; total: string; url: string };

export default function OrderConfirmation({ name, number, total, url }: OrderConfirmationProps) {
  return (
    <EmailLayout preview={`Order ${number} is confirmed`}>
      <Text style={paragraph}>Hi {name},</Text>
      <Text style={paragraph}>
        Thank you for your order. We received your payment of {total} for order {number} and are getting it ready.
      </Text>
      <Button href={url} style={button}>
        View your order
      </Button>
    </EmailLayout>
  );
}

OrderConfirmation.PreviewProps = { name: "Sam", number: "SF-7K3M9QXA", total: "$57.00", url: "http://localhost:3000/account/orders/x" } satisfies OrderConfirmationProps;
