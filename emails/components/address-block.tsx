import { Text } from "@react-email/components";
import { paragraph } from "./email-layout";

// A postal address in an email, one line per part, in the order its country's post reads
// them (lines made by server/checkout/address.ts: the same as the order pages show).
export function AddressBlock({ title, lines }: { title?: string; lines: string[] }) {
  return (
    <Text style={{ ...paragraph, ...(title ? {} : { margin: 0 }) }}>
      {title && <strong>{title}</strong>}
      {lines.filter(Boolean).map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rendered once on the server, never reordered; lines may repeat
        <span key={index}>
          {(title || index > 0) && <br />}
          {line}
        </span>
      ))}
    </Text>
  );
}
