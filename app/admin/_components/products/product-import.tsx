"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type ChangeEvent } from "react";
import { useTRPC } from "@/app/_trpc/react";
import { importResultSchema, type ImportResult } from "@/server/catalog/product-csv.schema";
import { FormAlert } from "@/app/_components/form-alert";
import { buttonStyles } from "@/app/_components/ui/button";
import { Spinner } from "@/app/_components/ui/spinner";

type State =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "done"; result: ImportResult }
  | { kind: "failed"; message: string };

// Sends the chosen file as the request body (the browser streams it; the server validates
// row by row) and shows either the counts or every bad line.
export function AdminProductImport() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: "idle" });

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    setState({ kind: "busy" });
    try {
      const response = await fetch("/api/admin/products/import", {
        method: "POST",
        headers: { "content-type": "text/csv" },
        body: file,
      });
      const parsed = importResultSchema.safeParse(await response.json().catch(() => null));
      if (!parsed.success) {
        setState({
          kind: "failed",
          message: response.status === 413 ? "The file is larger than 10 MiB." : "The import failed. Please try again.",
        });
        return;
      }
      setState({ kind: "done", result: parsed.data });
      if (parsed.data.ok) await queryClient.invalidateQueries({ queryKey: trpc.admin.products.list.pathKey() });
    } catch {
      setState({ kind: "failed", message: "The import failed. Check your connection and try again." });
    }
  }

  return (
    <div className="space-y-3">
      <label className={`${buttonStyles({ variant: "secondary", size: "sm" })} cursor-pointer`}>
        {state.kind === "busy" && <Spinner />}
        Import CSV
        <input
          ref={input}
          type="file"
          accept=".csv,text/csv"
          className="sr-only"
          disabled={state.kind === "busy"}
          onChange={(event) => void onFile(event)}
        />
      </label>
      {state.kind === "failed" && <FormAlert>{state.message}</FormAlert>}
      {state.kind === "done" && state.result.ok && (
        <FormAlert tone="success">
          Imported {state.result.rows} row{state.result.rows === 1 ? "" : "s"}: {state.result.created} created,{" "}
          {state.result.updated} updated.
        </FormAlert>
      )}
      {state.kind === "done" && !state.result.ok && (
        <FormAlert>
          <p className="font-medium">
            Nothing was imported: {state.result.errorCount} problem{state.result.errorCount === 1 ? "" : "s"} to fix.
          </p>
          <ul className="mt-2 max-h-48 list-disc overflow-y-auto pl-5">
            {state.result.errors.map((error, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: one import's problems, listed once in file order
              <li key={index}>
                Line {error.line}
                {error.column ? `, ${error.column}` : ""}: {error.message}
              </li>
            ))}
          </ul>
        </FormAlert>
      )}
    </div>
  );
}
