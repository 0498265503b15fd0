"use client";
import { Button } from "@/app/_components/ui/button";

// A dashboard section that failed to load, inside the dashboard frame (nav stays usable).
// Details stay in the server logs.
export function AdminLoadError({ title, onRetry }: { title: string; onRetry: () => void }) {
  return (
    <div role="alert" className="rounded-2xl border border-red-200 bg-red-50 px-6 py-10 text-center">
      <p className="text-base font-medium text-red-900">{title}</p>
      <p className="mt-1 text-sm text-red-800">It’s usually temporary, so trying again often helps.</p>
      <Button variant="secondary" size="sm" className="mt-4" onClick={onRetry}>
        Try again
      </Button>
    </div>
  );
}
