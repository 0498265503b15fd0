// A job's last error: a short one inline; a long or multi-line one (a zod issue list, a stack)
// folded to a one-line preview that opens to the whole text.
const PREVIEW_CHARS = 140;

export function AdminJobError({ message, truncated }: { message: string | null; truncated: boolean }) {
  if (!message) return <span className="text-stone-500">None</span>;
  const preview = message.replace(/\s+/g, " ").trim();
  if (!truncated && !message.includes("\n") && preview.length <= PREVIEW_CHARS) {
    return <p className="break-words text-red-800">{message}</p>;
  }
  return (
    <details className="group">
      <summary className="cursor-pointer break-words text-red-800 marker:text-stone-400">
        {preview.length > PREVIEW_CHARS ? `${preview.slice(0, PREVIEW_CHARS)}…` : preview}
        <span className="ml-2 text-xs font-medium whitespace-nowrap text-brand-700 group-open:hidden">Show all</span>
      </summary>
      <pre className="mt-2 max-h-64 overflow-auto rounded-lg bg-stone-50 p-3 font-mono text-xs break-words whitespace-pre-wrap text-stone-800 ring-1 ring-stone-200">
        {message}
        {truncated && "\n… cut short here; the worker log has the rest."}
      </pre>
    </details>
  );
}
