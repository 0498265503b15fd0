"use client";
import { useQueryErrorResetBoundary } from "@tanstack/react-query";
import { AdminLoadError } from "@/app/_components/admin-load-error";

// Retrying must also clear the failed query, or the page would throw its cached error again.
export default function JobsError({ retry }: { error: unknown; retry: () => void }) {
  const { reset } = useQueryErrorResetBoundary();
  return (
    <AdminLoadError
      title="The jobs didn’t load"
      onRetry={() => {
        reset();
        retry();
      }}
    />
  );
}
