import { Button, Text } from "@react-email/components";
import { AddressBlock } from "./components/address-block";
import { EmailLayout, button, paragraph } from "./components/email-layout";

// `address` is optional: jobs queued before it existed still render.
export type OrderShippedProps = {
  name: string;
  number: string;
  note: string;
  url: string;
  address?: string | undefined;
};

export default function OrderShipped({ name, number, note, url, address }: OrderShippedProps) {
  return (
    <EmailLayout preview={`Order ${number} is on its way`}>
      <Text style={paragraph}>Hi {name},</Text>
      <Text style={paragraph}>Good news: order {number} has shipped and is on its way to you.</Text>
      {note && <Text style={paragraph}>{note}</Text>}
      {address && <AddressBlock title="Shipping to" lines={address.split("\n")} />}
      <Button href={url} style={button}>
        Follow your order
      </Button>
    </EmailLayout>
  );
}

OrderShipped.PreviewProps = {
  name: "Sam",
  number: "SF-7K3M9QXA",
  note: "Tracking number: 1Z999AA10123456784",
  url: "http://localhost:3000/account/orders/x",
  address: "Sam Rivera\n1 Main Street\nPortland, OR 97201\nUnited States",
} satisfies OrderShippedProps;
