// Turns a failed tRPC mutation into what a form shows: field messages (from zod, or from a
// domain code that belongs to one field) and one form-level message. Branches only on
// `domainCode`; the server's message text is never shown or matched.
export type FieldErrors = Partial<Record<string, string[]>>;

type ErrorLike = {
  data?: { domainCode?: string | null; zodError?: { fieldErrors: FieldErrors } | null } | null;
} | null;

export type ErrorMessages = {
  // Domain code → the field it is about and what to say there.
  fields?: Partial<Record<string, { field: string; message: string }>>;
  form?: Partial<Record<string, string>>;
  // Anything else, network failures included.
  fallback: string;
};

export function describeError(
  error: ErrorLike,
  messages: ErrorMessages,
): { fieldErrors: FieldErrors; formError: string | null; domainCode: string | null } {
  if (!error) return { fieldErrors: {}, formError: null, domainCode: null };
  const domainCode = error.data?.domainCode ?? null;
  const zodFields = error.data?.zodError?.fieldErrors;
  if (zodFields && Object.keys(zodFields).length > 0) return { fieldErrors: zodFields, formError: null, domainCode };
  const fieldMessage = domainCode ? messages.fields?.[domainCode] : undefined;
  if (fieldMessage)
    return { fieldErrors: { [fieldMessage.field]: [fieldMessage.message] }, formError: null, domainCode };
  return {
    fieldErrors: {},
    formError: (domainCode ? messages.form?.[domainCode] : undefined) ?? messages.fallback,
    domainCode,
  };
}

export const WEAK_PASSWORD_MESSAGE =
  "That password is too easy to guess. Choose a longer, less common one that isn’t your email address.";
