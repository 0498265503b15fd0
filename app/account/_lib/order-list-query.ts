// Shared by the orders page (server prefetch) and the list (client), so both use the same query key.
export const orderListInput = { limit: 10 };
