"use client";
import { NextPageControls, type NextPageState } from "@/app/_components/next-page-controls";

type Props = { paging: NextPageState; label: string; errorMessage: string };

// Under a cursor-paged staff table: loads the next, older page on demand.
export function LoadOlderFooter(props: Props) {
  return (
    <div className="mt-6 flex flex-col items-center gap-2">
      <NextPageControls {...props} />
    </div>
  );
}
