import { Button, Text } from "@react-email/components";
import { EmailLayout, button, paragraph } from "./components/email-layout";

export type AccountExistsProps = { name: string; signInUrl: string; resetUrl: string };

export default function AccountExists({ name, signInUrl, resetUrl }: AccountExistsProps) {
  return (
    <EmailLayout preview="Someone tried to create a Shopfront account with your email">
      <Text style={paragraph}>Hi {name},</Text>
      <Text style={paragraph}>
        Someone tried to create a new Shopfront account with this email address, but you already have one. If it was
        you, sign in instead, or reset your password if you have forgotten it.
      </Text>
      <Button href={signInUrl} style={button}>
        Sign in
      </Button>
      <Text style={{ ...paragraph, marginTop: "24px" }}>
        Forgot your password? <a href={resetUrl}>Reset it here</a>. If this was not you, you can ignore this email.
      </Text>
    </EmailLayout>
  );
}

AccountExists.PreviewProps = {
  name: "Sam",
  signInUrl: "http://localhost:3000/login",
  resetUrl: "http://localhost:3000/forgot-password",
} satisfies AccountExistsProps;
