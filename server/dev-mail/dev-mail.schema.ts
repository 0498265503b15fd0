import { z } from "../lib/zod";

export const capturedEmailSchema = z.object({
  id: z.string(),
  to: z.array(z.string()),
  subject: z.string(),
  html: z.string(),
  text: z.string(),
  links: z.array(z.string()),
  createdAt: z.string(),
});
export type CapturedEmailView = z.infer<typeof capturedEmailSchema>;
