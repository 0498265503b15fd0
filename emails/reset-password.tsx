import { Button, Link, Text } from "@react-email/components";
import { EmailLayout, button, paragraph } from "./components/email-layout";

export type ResetPasswordProps = { name: string; url: string };

export default function ResetPassword({ name, url }: ResetPasswordProps) {
  return (
    <EmailLayout preview="Reset your Shopfront password">
      <Text style={paragraph}>Hi {name},</Text>
      <Text style={paragraph}>
        Someone asked to reset the password of your Shopfront account. If it was you, choose a new one below. The link
        works once and expires in one hour.
      </Text>
      <Button href={url} style={button}>
        Choose a new password
      </Button>
      <Text style={{ ...paragraph, marginTop: "24px", fontSize: "13px" }}>
        Or paste this link into your browser: <Link href={url}>{url}</Link>
      </Text>
      <Text style={paragraph}>If you did not ask for this, ignore this email: your password stays as it is.</Text>
    </EmailLayout>
  );
}

ResetPassword.PreviewProps = {
  name: "Sam",
  url: "http://localhost:3000/reset-password?token=preview",
} satisfies ResetPasswordProps;
