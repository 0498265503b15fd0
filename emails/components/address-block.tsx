import { Text } from "@react-email/components";
import { paragraph } from "./email-layout";

// The shipping address, one line each, as its country's post reads them (lines made by
// server/checkout/address.ts when the email was queued).
export function AddressBlock({ title, address }: { title: string; address: string }) {
  const lines = address.split("\n").filter(Boolean);
  return (
    <Text style={paragraph}>
      <strong>{title}</strong>
      {lines.map((line, index) => (
        <span key={index}>
          <br />
          {line}
        </span>
      ))}
    </Text>
  );
}
