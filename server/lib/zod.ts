// The app's one import of zod, configured before any schema is built. Jitless: zod otherwise
// probes `new Function("")` to decide whether it may compile fast parsers, and a strict CSP
// (no 'unsafe-eval') reports that probe as a violation on every page, even though zod catches it.
// customError: every message zod writes by default is a sentence for people, naming the field
// (see zod-messages.ts); give a field a better name than its key with `.meta({ title })`.
// Browser-safe: schemas that client components import use it too.
import { z } from "zod";
import { humanMessage } from "./zod-messages";

z.config({ jitless: true, customError: humanMessage });

export { z };
export { ZodError } from "zod";
