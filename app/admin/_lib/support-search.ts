// The support inbox's filter lives in the URL (?show=…); an unknown value shows open conversations.
import type { SupportInboxInput } from "@/server/support/support.schema";
import { type SearchParams, firstParam } from "@/app/_lib/search-params";

export const inboxFilters = [
  { value: "open", label: "Open", input: { status: "OPEN" } },
  { value: "closed", label: "Closed", input: { status: "CLOSED" } },
  { value: "mine", label: "Assigned to me", input: { status: "OPEN", assignee: "me" } },
  { value: "unassigned", label: "Unassigned", input: { status: "OPEN", assignee: "unassigned" } },
] as const satisfies readonly { value: string; label: string; input: Partial<SupportInboxInput> }[];

export type InboxFilter = (typeof inboxFilters)[number]["value"];

export function parseSupportSearch(params: SearchParams): { filter: InboxFilter; input: SupportInboxInput } {
  const chosen = inboxFilters.find((filter) => filter.value === firstParam(params.show)) ?? inboxFilters[0];
  return { filter: chosen.value, input: { ...chosen.input, limit: 50 } };
}
