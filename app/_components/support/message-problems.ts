import { MESSAGE_MAX_CHARS, type MessageBodyProblem } from "@/server/support/support.schema";

// What a chat box says about a message it cannot send, by the server's (or its own) code.
export const messageProblemText: Record<
  MessageBodyProblem | "MESSAGE_ID_REUSED" | "CONVERSATION_CLOSED" | "RATE_LIMITED",
  string
> = {
  MESSAGE_EMPTY: "Write a message first.",
  MESSAGE_TOO_LONG: `Messages can be up to ${MESSAGE_MAX_CHARS.toLocaleString("en")} characters. Shorten it or send it in two parts.`,
  MESSAGE_INVALID_CHARACTERS: "The message contains invisible characters. Remove them and try again.",
  MESSAGE_ID_REUSED: "This message was already sent. Reload the page to see it.",
  CONVERSATION_CLOSED: "This conversation is closed. Reopen it to reply.",
  RATE_LIMITED: "You are sending messages quickly. Wait a moment and try again.",
};
