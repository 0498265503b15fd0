import { Button, Text } from "@react-email/components";
import { EmailLayout, button, paragraph } from "./components/email-layout";

export type SupportReplyProps = { name: string; subject: string; url: string };

// The answer itself stays on the site: the link opens the conversation, where the shopper
// can read it and reply.
export default function SupportReply({ name, subject, url }: SupportReplyProps) {
  return (
    <EmailLayout preview="The shop answered your message">
      <Text style={paragraph}>Hi {name},</Text>
      <Text style={paragraph}>We answered your message about “{subject}”.</Text>
      <Button href={url} style={button}>
        Read the answer
      </Button>
    </EmailLayout>
  );
}

SupportReply.PreviewProps = {
  name: "Sam",
  subject: "Order SF-7K3M9QXA",
  url: "http://localhost:3000/account/support/x",
} satisfies SupportReplyProps;
