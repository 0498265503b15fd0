"use client";
import { OptimizedImage } from "@/app/_components/optimized-image";
import { useState } from "react";
import type { AdminImage } from "@/server/media/media.schema";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";

type Props = {
  image: AdminImage;
  index: number;
  count: number;
  busy: boolean;
  onMove: (by: -1 | 1) => void;
  onDelete: () => void;
};

const formatBytes = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

// One image of the manager: thumbnail, description, move earlier/later, delete after a
// second press (the object is removed from storage, so there is no undo).
export function AdminImageTile({ image, index, count, busy, onMove, onDelete }: Props) {
  const [confirming, setConfirming] = useState(false);
  const label = `image ${index + 1}${image.alt ? ` (${image.alt})` : ""}`;
  return (
    <li className="space-y-2">
      <div className="relative aspect-square overflow-hidden rounded-xl bg-stone-100 ring-1 ring-stone-900/5">
        <OptimizedImage src={image.url} alt={image.alt} fill sizes="200px" className="object-cover" />
        {index === 0 && (
          <Badge tone="overlay" className="absolute top-2 left-2">
            Main
          </Badge>
        )}
      </div>
      <div className="text-xs leading-5">
        <p className="truncate font-medium text-ink" title={image.alt}>
          {image.alt || "No description"}
        </p>
        <p className="text-stone-500">
          {image.width}×{image.height} · {formatBytes(image.sizeBytes)}
        </p>
      </div>
      {confirming ? (
        <div className="flex flex-wrap items-center gap-1" role="group" aria-label={`Delete ${label}?`}>
          <Button
            size="sm"
            className="bg-red-600 hover:bg-red-700 disabled:hover:bg-red-600"
            disabled={busy}
            onClick={onDelete}
          >
            Delete it
          </Button>
          <Button variant="ghost" size="sm" disabled={busy} onClick={() => setConfirming(false)}>
            Keep
          </Button>
        </div>
      ) : (
        <div className="flex flex-wrap items-center gap-1">
          <Button
            variant="ghost"
            size="sm"
            className="w-9"
            disabled={busy || index === 0}
            onClick={() => onMove(-1)}
            aria-label={`Move ${label} earlier`}
          >
            <span aria-hidden="true">←</span>
          </Button>
          <Button
            variant="ghost"
            size="sm"
            className="w-9"
            disabled={busy || index === count - 1}
            onClick={() => onMove(1)}
            aria-label={`Move ${label} later`}
          >
            <span aria-hidden="true">→</span>
          </Button>
          <Button
            variant="ghost"
            size="sm"
            className="ml-auto"
            disabled={busy}
            onClick={() => setConfirming(true)}
            aria-label={`Delete ${label}`}
          >
            Delete
          </Button>
        </div>
      )}
    </li>
  );
}
