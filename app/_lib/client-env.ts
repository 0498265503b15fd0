// The environment of client components, which run in the browser and are rendered on the server
// too. Browser bundles get only what Next.js inlines (NEXT_PUBLIC_* and NODE_ENV, read by their
// literal names); anything else is read here, on the server side, by name.

// The port this server listens on (PORT, as the production server and `next start` read it):
// client components rendered on the server reach tRPC through it. Server side only.
export const listeningPort = (): string => process.env.PORT ?? "3000";
