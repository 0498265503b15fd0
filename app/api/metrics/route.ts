import { handleMetrics } from "@/server/observability/metrics-route";

export const dynamic = "force-dynamic";
export const GET = handleMetrics;
