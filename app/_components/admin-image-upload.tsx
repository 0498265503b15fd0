"use client";
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useState, type ChangeEvent } from "react";
import { describeError } from "@/app/_lib/describe-error";
import { useTRPC } from "@/app/_trpc/react";
import { MAX_IMAGE_BYTES, imageContentTypes, type ImageContentType } from "@/server/media/media.schema";
import { FormAlert } from "./form-alert";
import { Input } from "./ui/input";
import { buttonStyles } from "./ui/button";
import { Spinner } from "./ui/spinner";

const messages = {
  form: {
    UPLOAD_REJECTED: "That file isn’t a JPEG, PNG or WebP image of at most 5 MB, whatever its name says.",
    UPLOAD_NOT_FOUND: "The upload didn’t reach storage. Try again.",
    SERVICE_UNAVAILABLE: "Image storage isn’t configured on this server.",
  },
  fallback: "The image could not be uploaded. Please try again.",
};

const isAllowed = (type: string): type is ImageContentType => (imageContentTypes as readonly string[]).includes(type);

// Three steps: ask the server for a presigned POST, send the file straight to the bucket,
// then ask the server to check the object and attach it.
export function AdminImageUpload({ productId, onAdded }: { productId: string; onAdded: () => Promise<void> }) {
  const trpc = useTRPC();
  const [alt, setAlt] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const createUpload = useMutation(trpc.admin.images.createUpload.mutationOptions());
  const confirm = useMutation(trpc.admin.images.confirm.mutationOptions());
  const [busy, setBusy] = useState(false);
  const serverError = describeError(createUpload.error ?? confirm.error, messages).formError;

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    setProblem(null);
    createUpload.reset();
    confirm.reset();
    if (!isAllowed(file.type) || file.size > MAX_IMAGE_BYTES) {
      setProblem("Choose a JPEG, PNG or WebP image of at most 5 MB.");
      return;
    }
    setBusy(true);
    try {
      const ticket = await createUpload.mutateAsync({ productId, contentType: file.type, sizeBytes: file.size });
      const form = new FormData();
      for (const [name, value] of Object.entries(ticket.fields)) form.append(name, value);
      form.append("file", file);
      const sent = await fetch(ticket.url, { method: "POST", body: form });
      if (!sent.ok) {
        setProblem("Storage refused the file. Try again.");
        return;
      }
      await confirm.mutateAsync({ imageId: ticket.imageId, alt: alt.trim() });
      setAlt("");
      await onAdded();
    } catch (error) {
      // Server refusals are shown from the mutations' errors; this catches network failures.
      if (!(error instanceof TRPCClientError)) setProblem("The upload failed. Check your connection and try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-3">
      {(problem ?? serverError) && <FormAlert>{problem ?? serverError}</FormAlert>}
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-56 flex-1">
          <label htmlFor="image-alt" className="block text-sm font-medium text-ink">
            Description of the next image
          </label>
          <Input id="image-alt" value={alt} maxLength={200} onChange={(event) => setAlt(event.target.value)} placeholder="What it shows, for screen readers" className="mt-1.5" />
        </div>
        <label className={`${buttonStyles({ variant: "secondary" })} cursor-pointer`}>
          {busy && <Spinner />}
          {busy ? "Uploading…" : "Upload image"}
          <input type="file" accept={imageContentTypes.join(",")} className="sr-only" disabled={busy} onChange={(event) => void onFile(event)} />
        </label>
      </div>
      <p className="text-xs text-stone-500">JPEG, PNG or WebP, up to 5 MB. The file goes straight to storage and is checked before it appears.</p>
    </div>
  );
}
