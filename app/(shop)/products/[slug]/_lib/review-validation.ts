// The review form's checks, with the server's own schema. The form loads this module with
// `import()` when it is sent, so zod (about 90 KB compressed) is not part of the product page.
import { z } from "@/server/lib/zod";
import { upsertReviewInput, type UpsertReviewInput } from "@/server/review/review.schema";
import type { FieldErrors } from "@/app/_lib/describe-error";

export function validateReview(input: unknown): { data: UpsertReviewInput } | { fieldErrors: FieldErrors } {
  const parsed = upsertReviewInput.safeParse(input);
  if (parsed.success) return { data: parsed.data };
  const fields = z.flattenError(parsed.error).fieldErrors;
  return { fieldErrors: { ...fields, ...(fields.rating ? { rating: ["Choose a rating"] } : {}) } };
}
