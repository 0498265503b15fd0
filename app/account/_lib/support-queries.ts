// Shared by the support page (server prefetch) and its client components, so both use the same
// query keys. Not in a "use client" module: a server component would get a client reference.
export const shopperConversationsInput = { limit: 50 };
export const questionOrdersInput = { limit: 50 };
