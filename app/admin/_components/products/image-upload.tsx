"use client";
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useState, type ChangeEvent } from "react";
import { describeError } from "@/app/_lib/describe-error";
import { postWithProgress } from "@/app/admin/_lib/post-with-progress";
import { useTRPC } from "@/app/_trpc/react";
import {
  MAX_IMAGE_BYTES,
  MIN_IMAGE_BYTES,
  imageContentTypes,
  type ImageContentType,
} from "@/server/media/media.schema";
import { FormAlert } from "@/app/_components/form-alert";
import { Input } from "@/app/_components/ui/input";
import { Label } from "@/app/_components/ui/label";
import { buttonStyles } from "@/app/_components/ui/button";
import { Spinner } from "@/app/_components/ui/spinner";

const WRONG_FILE = "Choose a JPEG, PNG or WebP image of at most 5 MB.";
const messages = {
  form: {
    UPLOAD_TYPE_MISMATCH:
      "That file isn’t really the image type its name says (its contents don’t match). Choose a JPEG, PNG or WebP image.",
    UPLOAD_TOO_LARGE: "That image is larger than 5 MB. Make it smaller and try again.",
    UPLOAD_TOO_SMALL: "That file is too small to be an image.",
    UPLOAD_DIMENSIONS_INVALID: "That image’s size in pixels couldn’t be read, or is over 8000 px on a side.",
    UPLOAD_NOT_RECEIVED: "The file didn’t reach storage. Try again.",
    PRODUCT_NOT_FOUND: "This product no longer exists.",
    SERVICE_UNAVAILABLE: "Image storage isn’t configured on this server.",
  },
  fallback: "The image could not be uploaded. Please try again.",
};

const isAllowed = (type: string): type is ImageContentType => (imageContentTypes as readonly string[]).includes(type);
type Phase = { step: "sending"; fraction: number } | { step: "checking" } | null;

// Three steps: ask the server for a presigned POST, send the file straight to the bucket,
// then ask the server to check the object and attach it.
export function AdminImageUpload({ productId, onAdded }: { productId: string; onAdded: () => Promise<void> }) {
  const trpc = useTRPC();
  const [alt, setAlt] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>(null);
  const createUpload = useMutation(trpc.admin.images.createUpload.mutationOptions());
  const confirm = useMutation(trpc.admin.images.confirm.mutationOptions());
  const serverError = describeError(createUpload.error ?? confirm.error, messages).formError;

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    setProblem(null);
    createUpload.reset();
    confirm.reset();
    // The same limits the server applies, checked first to save a round trip.
    if (!isAllowed(file.type) || file.size < MIN_IMAGE_BYTES || file.size > MAX_IMAGE_BYTES) {
      setProblem(WRONG_FILE);
      return;
    }
    setPhase({ step: "sending", fraction: 0 });
    try {
      const ticket = await createUpload.mutateAsync({ productId, contentType: file.type, sizeBytes: file.size });
      const form = new FormData();
      for (const [name, value] of Object.entries(ticket.fields)) form.append(name, value);
      form.append("file", file);
      const sent = await postWithProgress(ticket.url, form, (fraction) => setPhase({ step: "sending", fraction }));
      if (!sent.ok) {
        setProblem("Storage refused the file. Try again.");
        return;
      }
      setPhase({ step: "checking" });
      await confirm.mutateAsync({ imageId: ticket.imageId, alt: alt.trim() });
      setAlt("");
      await onAdded();
    } catch (error) {
      // Server refusals are shown from the mutations' errors; this catches network failures.
      if (!(error instanceof TRPCClientError)) setProblem("The upload failed. Check your connection and try again.");
    } finally {
      setPhase(null);
    }
  }

  const busy = phase !== null;
  return (
    <div className="space-y-3">
      {(problem ?? serverError) && <FormAlert>{problem ?? serverError}</FormAlert>}
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-56 flex-1">
          <Label htmlFor="image-alt">Description of the next image</Label>
          <Input
            id="image-alt"
            value={alt}
            maxLength={200}
            onChange={(event) => setAlt(event.target.value)}
            placeholder="What it shows, for screen readers"
            className="mt-1.5"
          />
        </div>
        <label
          className={`${buttonStyles({ variant: "secondary" })} cursor-pointer has-disabled:cursor-not-allowed has-disabled:opacity-60 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-600`}
        >
          {busy && <Spinner />}
          {busy ? "Uploading…" : "Upload image"}
          <input
            type="file"
            accept={imageContentTypes.join(",")}
            className="sr-only"
            disabled={busy}
            onChange={(event) => void onFile(event)}
          />
        </label>
      </div>
      <UploadProgress phase={phase} />
      <p className="text-xs text-stone-500">
        JPEG, PNG or WebP, up to 5 MB. The file goes straight to storage and is checked before it appears.
      </p>
    </div>
  );
}

function UploadProgress({ phase }: { phase: Phase }) {
  const percent = phase?.step === "sending" ? Math.round(phase.fraction * 100) : 100;
  return (
    <div aria-live="polite" className="text-sm text-stone-600">
      {phase && (
        <div className="flex items-center gap-3">
          <progress
            value={percent}
            max={100}
            aria-label="Upload progress"
            className="h-2 w-40 overflow-hidden rounded-full accent-brand-600"
          />
          <span>{phase.step === "sending" ? `Sending to storage… ${percent}%` : "Checking the file…"}</span>
        </div>
      )}
    </div>
  );
}
