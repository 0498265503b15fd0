import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

const page = {
  backgroundColor: "#f5f5f4",
  fontFamily: "Inter, Helvetica, Arial, sans-serif",
  margin: 0,
  padding: "32px 0",
};
const card = { backgroundColor: "#ffffff", borderRadius: "12px", margin: "0 auto", maxWidth: "520px", padding: "32px" };
const brand = { color: "#333b9b", fontSize: "20px", fontWeight: 700, margin: "0 0 24px" };
const footer = { color: "#78716c", fontSize: "12px", lineHeight: "18px", margin: 0 };

export function EmailLayout({ preview, children }: { preview: string; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={page}>
        <Container style={card}>
          <Text style={brand}>Shopfront</Text>
          <Section>{children}</Section>
          <Hr style={{ borderColor: "#e7e5e4", margin: "32px 0 16px" }} />
          <Text style={footer}>You get this email because of activity on your Shopfront account.</Text>
        </Container>
      </Body>
    </Html>
  );
}

export const paragraph = { color: "#1c1917", fontSize: "15px", lineHeight: "24px", margin: "0 0 16px" };
export const button = {
  backgroundColor: "#4f5bd5",
  borderRadius: "8px",
  color: "#ffffff",
  display: "inline-block",
  fontSize: "15px",
  fontWeight: 600,
  padding: "12px 20px",
  textDecoration: "none",
};
