// The app's one import of zod, configured before any schema is built. Jitless: zod otherwise
// probes `new Function("")` to decide whether it may compile fast parsers, and a strict CSP
// (no 'unsafe-eval') reports that probe as a violation on every page, even though zod catches it.
// Browser-safe: schemas that client components import use it too.
import { z } from "zod";

z.config({ jitless: true });

export { z };
export { ZodError } from "zod";
