// Domain errors: services and repos throw these, never TRPCError. One tRPC middleware maps
// each code to an HTTP/tRPC status; clients branch on `domainCode`, never on message text.
import "server-only";

export const domainErrorStatus = {
  BAD_REQUEST: "BAD_REQUEST",
  WEAK_PASSWORD: "BAD_REQUEST",
  // A signed-in user mistyping their current password: not an authentication failure.
  WRONG_PASSWORD: "BAD_REQUEST",
  INVALID_TOKEN: "BAD_REQUEST",
  EMAIL_NOT_VERIFIED: "FORBIDDEN",
  INVALID_CREDENTIALS: "UNAUTHORIZED",
  UNAUTHENTICATED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  // A cursor from another list, or altered: the shopper goes back to the first page.
  INVALID_CURSOR: "BAD_REQUEST",
  PRODUCT_NOT_FOUND: "NOT_FOUND",
  CATEGORY_NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  OUT_OF_STOCK: "CONFLICT",
  CART_EMPTY: "BAD_REQUEST",
  CHECKOUT_IN_PROGRESS: "CONFLICT",
  IDEMPOTENCY_KEY_REUSED: "UNPROCESSABLE_CONTENT",
  ORDER_NOT_FOUND: "NOT_FOUND",
  ORDER_NOT_CANCELLABLE: "CONFLICT",
  // Staff acted on an order whose status another change moved first.
  ORDER_CHANGED_MEANWHILE: "CONFLICT",
  INVALID_ORDER_TRANSITION: "CONFLICT",
  CANNOT_CHANGE_OWN_ACCOUNT: "FORBIDDEN",
  CUSTOMER_NOT_FOUND: "NOT_FOUND",
  STAFF_MEMBER_NOT_FOUND: "NOT_FOUND",
  // A signed-in shopper's account row is gone (their token outlived it): sign in again.
  ACCOUNT_NOT_FOUND: "UNAUTHORIZED",
  EMAIL_ALREADY_VERIFIED: "CONFLICT",
  SESSION_NOT_FOUND: "NOT_FOUND",
  // More of one product than a cart line may hold (cart-limits.ts MAX_LINE_QUANTITY).
  QUANTITY_LIMIT_EXCEEDED: "BAD_REQUEST",
  // Image uploads: what confirm found in the bucket (the bucket itself may enforce nothing).
  UPLOAD_NOT_FOUND: "NOT_FOUND",
  UPLOAD_NOT_RECEIVED: "CONFLICT",
  UPLOAD_TOO_SMALL: "UNPROCESSABLE_CONTENT",
  UPLOAD_TOO_LARGE: "UNPROCESSABLE_CONTENT",
  UPLOAD_TYPE_MISMATCH: "UNPROCESSABLE_CONTENT",
  UPLOAD_DIMENSIONS_INVALID: "UNPROCESSABLE_CONTENT",
  IMAGE_NOT_FOUND: "NOT_FOUND",
  IMAGE_ORDER_MISMATCH: "BAD_REQUEST",
  REVIEW_NOT_ALLOWED: "FORBIDDEN",
  // A provider payment id already recorded for another order.
  PAYMENT_REFERENCE_MISMATCH: "CONFLICT",
  INSUFFICIENT_STOCK: "CONFLICT",
  SLUG_TAKEN: "CONFLICT",
  STOCK_WOULD_GO_NEGATIVE: "CONFLICT",
  PRODUCT_DELETED: "CONFLICT",
  JOB_NOT_FOUND: "NOT_FOUND",
  // The worker holds the job (it is running): the queue library refuses to change it.
  JOB_LOCKED: "CONFLICT",
  // Retry and discard repair failed or dead-lettered jobs; a queued job is left to run.
  JOB_NOT_FAILED: "CONFLICT",
  // Shopper-facing answers (orders and account messages).
  // The password was right, but staff disabled the account.
  ACCOUNT_DISABLED: "FORBIDDEN",
  // Input bounds and money (issue 9): a cart and an order are one currency and have a ceiling;
  // stock stays within what staff may set.
  CART_CURRENCY_MISMATCH: "CONFLICT",
  ORDER_TOTAL_TOO_LARGE: "UNPROCESSABLE_CONTENT",
  STOCK_LIMIT_EXCEEDED: "CONFLICT",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  // The built-in test payment provider could not deliver its webhook to the shop.
  PAYMENT_PROVIDER_UNREACHABLE: "SERVICE_UNAVAILABLE",
  // The built-in test provider is off on this server (it is for development and tests).
  TEST_PAYMENTS_DISABLED: "NOT_FOUND",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  // Support chat: another shopper's conversation is "not found", never "forbidden".
  CONVERSATION_NOT_FOUND: "NOT_FOUND",
  // Staff reopen a closed conversation before writing in it (a shopper's message reopens it).
  CONVERSATION_CLOSED: "CONFLICT",
  MESSAGE_EMPTY: "BAD_REQUEST",
  MESSAGE_TOO_LONG: "BAD_REQUEST",
  // Control characters other than newline and tab.
  MESSAGE_INVALID_CHARACTERS: "BAD_REQUEST",
  // A client message id already used for a different message.
  MESSAGE_ID_REUSED: "UNPROCESSABLE_CONTENT",
} as const;

export type DomainErrorCode = keyof typeof domainErrorStatus;

export class DomainError extends Error {
  override readonly name = "DomainError";
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
