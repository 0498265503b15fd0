import { Button, Text } from "@react-email/components";
import { EmailLayout, button, paragraph } from "./components/email-layout";

export type OrderCancelledProps = { name: string; number: string; refunded: string; url: string };

export default function OrderCancelled({ name, number, refunded, url }: OrderCancelledProps) {
  return (
    <EmailLayout preview={`Order ${number} was cancelled`}>
      <Text style={paragraph}>Hi {name},</Text>
      <Text style={paragraph}>
        Order {number} was cancelled.{" "}
        {refunded === "true"
          ? "Your payment is being refunded to the card you paid with."
          : "You were not charged for it."}
      </Text>
      <Button href={url} style={button}>
        View the order
      </Button>
    </EmailLayout>
  );
}

OrderCancelled.PreviewProps = {
  name: "Sam",
  number: "SF-7K3M9QXA",
  refunded: "true",
  url: "http://localhost:3000/account/orders/x",
} satisfies OrderCancelledProps;
