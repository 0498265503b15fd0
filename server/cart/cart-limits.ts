// Browser-safe and zod-free: the product page's quantity picker and the cart's stepper use it
// without loading the cart's schemas (and zod with them).
export const MAX_LINE_QUANTITY = 99;
