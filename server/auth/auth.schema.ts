import { z } from "zod";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: "Enter a valid email address" }));

// 8–128 characters, never truncated (argon2 hashes the whole string).
export const passwordSchema = z.string().min(8, "At least 8 characters").max(128, "At most 128 characters");

export const signInInput = z.strictObject({
  email: emailSchema,
  password: z.string().min(1, "Enter your password").max(128),
});
export type SignInInput = z.infer<typeof signInInput>;

export const roleSchema = z.enum(["USER", "ADMIN"]);

export const viewerSchema = z
  .object({ id: z.string(), email: z.string(), name: z.string(), role: roleSchema })
  .nullable();
export type Viewer = z.infer<typeof viewerSchema>;

export const signInOutput = z.object({ user: viewerSchema.unwrap() });
