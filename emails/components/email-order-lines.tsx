import { Column, Img, Row, Section, Text } from "@react-email/components";
import { formatMoney } from "../../app/_components/price";
import type { Money } from "../../server/catalog/catalog.schema";

export type EmailOrderLine = {
  name: string;
  quantity: number;
  unitPrice: Money;
  lineTotal: Money;
  imageUrl: string | null;
};

const small = { color: "#78716c", fontSize: "13px", lineHeight: "20px", margin: 0 };
const strong = { color: "#1c1917", fontSize: "15px", fontWeight: 600, lineHeight: "22px", margin: 0 };
const cell = { color: "#1c1917", fontSize: "15px", lineHeight: "22px", margin: 0 };

// Image URLs must be absolute: a mail client has no page to resolve them against.
export function EmailOrderLines({ lines }: { lines: EmailOrderLine[] }) {
  return (
    <Section>
      {lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rendered once on the server, never reordered
        <Row key={index} style={{ marginBottom: "12px" }}>
          <Column style={{ width: "72px", verticalAlign: "top" }}>
            {line.imageUrl && (
              <Img
                src={line.imageUrl}
                alt={line.name}
                width="56"
                height="56"
                style={{ borderRadius: "8px", objectFit: "cover" }}
              />
            )}
          </Column>
          <Column style={{ verticalAlign: "top" }}>
            <Text style={strong}>{line.name}</Text>
            <Text style={small}>{`Qty ${line.quantity} × ${formatMoney(line.unitPrice)}`}</Text>
          </Column>
          <Column align="right" style={{ verticalAlign: "top", width: "96px" }}>
            <Text style={cell}>{formatMoney(line.lineTotal)}</Text>
          </Column>
        </Row>
      ))}
    </Section>
  );
}

export function EmailTotals({ subtotal, shipping, total }: { subtotal: Money; shipping: Money; total: Money }) {
  const rows: [string, string][] = [
    ["Subtotal", formatMoney(subtotal)],
    ["Shipping", shipping.amountCents === 0 ? "Free" : formatMoney(shipping)],
  ];
  return (
    <Section>
      {rows.map(([label, value]) => (
        <Row key={label}>
          <Column>
            <Text style={small}>{label}</Text>
          </Column>
          <Column align="right">
            <Text style={small}>{value}</Text>
          </Column>
        </Row>
      ))}
      <Row style={{ marginTop: "8px" }}>
        <Column>
          <Text style={strong}>Total</Text>
        </Column>
        <Column align="right">
          <Text style={strong}>{formatMoney(total)}</Text>
        </Column>
      </Row>
    </Section>
  );
}
