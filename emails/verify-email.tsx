import { Button, Link, Text } from "@react-email/components";
import { EmailLayout, button, paragraph } from "./components/email-layout";

export type VerifyEmailProps = { name: string; url: string };

export default function VerifyEmail({ name, url }: VerifyEmailProps) {
  return (
    <EmailLayout preview="Confirm your email address for Shopfront">
      <Text style={paragraph}>Hi {name},</Text>
      <Text style={paragraph}>
        Confirm your email address to finish setting up your account. The link works once and expires in 24 hours.
      </Text>
      <Button href={url} style={button}>
        Confirm my email
      </Button>
      <Text style={{ ...paragraph, marginTop: "24px", fontSize: "13px" }}>
        Or paste this link into your browser: <Link href={url}>{url}</Link>
      </Text>
    </EmailLayout>
  );
}

VerifyEmail.PreviewProps = {
  name: "Sam",
  url: "http://localhost:3000/verify-email?token=preview",
} satisfies VerifyEmailProps;
