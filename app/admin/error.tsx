"use client";
import { useQueryErrorResetBoundary } from "@tanstack/react-query";
import { AdminLoadError } from "./_components/shell/load-error";

// Any dashboard page that fails to load shows this inside the dashboard frame (the nav stays
// usable). Retrying must also clear the failed query, or the page would throw its cached error again.
export default function AdminError({ retry }: { error: unknown; retry: () => void }) {
  const { reset } = useQueryErrorResetBoundary();
  return (
    <AdminLoadError
      title="This page didn’t load"
      onRetry={() => {
        reset();
        retry();
      }}
    />
  );
}
