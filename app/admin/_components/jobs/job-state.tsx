import type { JobState } from "@/server/jobs/jobs-admin.schema";
import { Badge, type BadgeTone } from "@/app/_components/ui/badge";

export const jobStateLabels: Record<JobState, string> = {
  queued: "Queued",
  failed: "Failed",
  dead: "Dead-lettered",
  locked: "Running",
};

const tones: Record<JobState, BadgeTone> = {
  queued: "neutral",
  failed: "warning",
  dead: "danger",
  locked: "info",
};

export function JobStatePill({ state }: { state: JobState }) {
  return (
    <Badge tone={tones[state]} className="whitespace-nowrap">
      {jobStateLabels[state]}
    </Badge>
  );
}
