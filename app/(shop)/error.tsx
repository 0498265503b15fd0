"use client";
// Inside the shop layout, so the header and footer stay while the page itself failed.
import { ErrorState } from "@/app/_components/error-state";

export default function ShopError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorState error={error} retry={retry} />;
}
