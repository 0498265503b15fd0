import { Button, Text } from "@react-email/components";
import { EmailLayout, button, paragraph } from "./components/email-layout";

export type OrderShippedProps = { name: string; number: string; note: string; url: string };

export default function OrderShipped({ name, number, note, url }: OrderShippedProps) {
  return (
    <EmailLayout preview={`Order ${number} is on its way`}>
      <Text style={paragraph}>Hi {name},</Text>
      <Text style={paragraph}>Good news: order {number} has shipped and is on its way to you.</Text>
      {note && <Text style={paragraph}>{note}</Text>}
      <Button href={url} style={button}>
        Follow your order
      </Button>
    </EmailLayout>
  );
}

OrderShipped.PreviewProps = { name: "Sam", number: "SF-7K3M9QXA", note: "Tracking number: 1Z999AA10123456784", url: "http://localhost:3000/account/orders/x" } satisfies OrderShippedProps;
