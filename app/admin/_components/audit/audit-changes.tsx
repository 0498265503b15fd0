// What an audit entry changed: only the keys whose values differ, before → after.
function changedKeys(before: unknown, after: unknown): string[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (key) => JSON.stringify(b[key]) !== JSON.stringify(a[key]),
  );
}

const show = (value: unknown) =>
  value === undefined ? "—" : typeof value === "string" ? value : JSON.stringify(value);

export function AdminAuditChanges({ before, after }: { before: unknown; after: unknown }) {
  const keys = changedKeys(before, after);
  if (keys.length === 0) return <span className="text-stone-500">No field changes</span>;
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  return (
    <dl className="grid grid-cols-[minmax(4rem,auto)_1fr] gap-x-3 gap-y-1 text-xs">
      {keys.map((key) => (
        <div key={key} className="contents">
          <dt className="font-medium text-stone-600">{key}</dt>
          <dd className="min-w-0 break-all text-stone-800">
            {before !== null && <span className="text-red-700 line-through decoration-red-300">{show(b[key])}</span>}
            {before !== null && " → "}
            <span className="text-emerald-800">{show(a[key])}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
