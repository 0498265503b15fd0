import { Badge } from "@/app/_components/ui/badge";

export function VerifiedBadge({ verified }: { verified: boolean }) {
  return verified ? <Badge tone="success">Confirmed</Badge> : <Badge tone="warning">Not confirmed</Badge>;
}
