import { Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./components/email-layout";

export type PasswordChangedProps = { name: string };

export default function PasswordChanged({ name }: PasswordChangedProps) {
  return (
    <EmailLayout preview="Your Shopfront password was changed">
      <Text style={paragraph}>Hi {name},</Text>
      <Text style={paragraph}>
        The password of your Shopfront account was just changed, and every other device was signed out.
      </Text>
      <Text style={paragraph}>If this was not you, reset your password right away from the sign-in page.</Text>
    </EmailLayout>
  );
}

PasswordChanged.PreviewProps = { name: "Sam" } satisfies PasswordChangedProps;
