import { z } from "../lib/zod";
import { storableText } from "../lib/storable.schema";
import { cartLineLeftOutSchema } from "../cart/cart.schema";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: "Enter a valid email address" }));

// 8–128 characters, never truncated (argon2 hashes the whole string).
export const passwordSchema = z.string().min(8, "At least 8 characters").max(128, "At most 128 characters");
export const nameSchema = storableText().trim().min(1, "Enter your name").max(100, "At most 100 characters");
// Opaque 256-bit tokens are 43 base64url characters.
export const emailTokenSchema = z
  .string()
  .min(20)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/, "Invalid link");

export const signInInput = z.strictObject({
  email: emailSchema,
  password: z.string().min(1, "Enter your password").max(128),
});
export type SignInInput = z.infer<typeof signInInput>;

// Where the person was going when they were asked to sign in; the server keeps it only if it
// is a same-site path (server/http/safe-redirect.schema.ts) and carries it into the emailed link.
export const nextPathSchema = z.string().max(512).optional();

export const signUpInput = z.strictObject({
  email: emailSchema,
  name: nameSchema,
  password: passwordSchema,
  next: nextPathSchema,
});
export type SignUpInput = z.infer<typeof signUpInput>;

export const verifyEmailInput = z.strictObject({ token: emailTokenSchema });
export const requestPasswordResetInput = z.strictObject({ email: emailSchema, next: nextPathSchema });
export const resetPasswordInput = z.strictObject({ token: emailTokenSchema, password: passwordSchema });
export type ResetPasswordInput = z.infer<typeof resetPasswordInput>;

export const roleSchema = z.enum(["USER", "ADMIN"]);

export const viewerSchema = z
  .object({ id: z.string(), email: z.string(), name: z.string(), role: roleSchema, emailVerified: z.boolean() })
  .nullable();
export type Viewer = z.infer<typeof viewerSchema>;

// cartLinesLeftOut: the guest cart's lines that could not join the account's cart (another
// currency, or over the order limit); empty almost always.
export const signInOutput = z.object({ user: viewerSchema.unwrap(), cartLinesLeftOut: z.array(cartLineLeftOutSchema) });
// Identical for known and unknown emails.
export const acceptedOutput = z.object({ accepted: z.literal(true) });
export const okOutput = z.object({ ok: z.literal(true) });
