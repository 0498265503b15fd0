// Reads a V8 CPU profile (`node --cpu-prof`, as the benches' --profile writes) into samples
// with their whole stacks, so shares can be counted inclusively (a sample counts for every
// package on its stack) as well as by the function that was running.
import { readFileSync } from "node:fs";

export interface CallFrame {
  functionName: string;
  url: string;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface StackSamples {
  leaf: CallFrame;
  stack: CallFrame[];
  count: number;
}

export function busyStacks(file: string): StackSamples[] {
  const profile = JSON.parse(readFileSync(file, "utf8")) as { nodes: ProfileNode[]; samples: number[] };
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const counts = new Map<number, number>();
  for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
  const stacks: StackSamples[] = [];
  for (const [id, count] of counts) {
    const leaf = nodes.get(id)?.callFrame;
    if (!leaf || leaf.functionName === "(idle)") continue;
    const stack: CallFrame[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
      const frame = nodes.get(at)?.callFrame;
      if (frame) stack.push(frame);
    }
    stacks.push({ leaf, stack, count });
  }
  return stacks;
}
