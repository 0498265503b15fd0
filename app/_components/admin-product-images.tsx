"use client";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import Image from "next/image";
import { useState } from "react";
import { useTRPC } from "@/app/_trpc/react";
import { AdminImageUpload } from "./admin-image-upload";
import { FormAlert } from "./form-alert";
import { Button } from "./ui/button";

export function AdminProductImages({ productId }: { productId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: images } = useSuspenseQuery(trpc.admin.images.list.queryOptions({ productId }));
  const [confirmingDelete, setConfirmingDelete] = useState<string | null>(null);
  const refresh = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.admin.images.list.queryKey({ productId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.admin.products.pathKey() }),
    ]);
  };
  const reorder = useMutation(trpc.admin.images.reorder.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.admin.images.delete.mutationOptions({ onSuccess: refresh, onSettled: () => setConfirmingDelete(null) }));
  const busy = reorder.isPending || remove.isPending;

  function move(index: number, by: -1 | 1) {
    const ids = images.map((image) => image.id);
    const [moved] = ids.splice(index, 1);
    if (!moved) return;
    ids.splice(index + by, 0, moved);
    reorder.mutate({ productId, imageIds: ids });
  }

  return (
    <section aria-labelledby="images-heading" className="space-y-5 rounded-2xl bg-white p-6 ring-1 ring-stone-200">
      <h2 id="images-heading" className="text-base font-semibold text-ink">
        Images
      </h2>
      {(reorder.isError || remove.isError) && <FormAlert>That didn’t work. Reload the page and try again.</FormAlert>}
      {images.length === 0 ? (
        <p className="text-sm text-stone-600">No images yet. The first image is the one shoppers see in lists.</p>
      ) : (
        <ol className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
          {images.map((image, index) => (
            <li key={image.id} className="space-y-2">
              <div className="relative aspect-square overflow-hidden rounded-xl bg-stone-100 ring-1 ring-stone-900/5">
                <Image src={image.url} alt={image.alt} fill sizes="200px" className="object-cover" />
                {index === 0 && <span className="absolute top-2 left-2 rounded-full bg-white/90 px-2 py-0.5 text-xs font-medium text-ink">Main</span>}
              </div>
              <p className="truncate text-xs text-stone-600" title={image.alt}>
                {image.alt || "No description"} · {image.width}×{image.height}
              </p>
              <div className="flex flex-wrap gap-1">
                <Button variant="ghost" size="sm" disabled={busy || index === 0} onClick={() => move(index, -1)} aria-label={`Move image ${index + 1} earlier`}>
                  ←
                </Button>
                <Button variant="ghost" size="sm" disabled={busy || index === images.length - 1} onClick={() => move(index, 1)} aria-label={`Move image ${index + 1} later`}>
                  →
                </Button>
                {confirmingDelete === image.id ? (
                  <Button size="sm" className="bg-red-600 hover:bg-red-700" disabled={busy} onClick={() => remove.mutate({ id: image.id })}>
                    Delete it
                  </Button>
                ) : (
                  <Button variant="ghost" size="sm" className="text-red-700" disabled={busy} onClick={() => setConfirmingDelete(image.id)} aria-label={`Delete image ${index + 1}`}>
                    Delete
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      <AdminImageUpload productId={productId} onAdded={refresh} />
    </section>
  );
}
