"use client";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/react";
import { AdminSection } from "../shell/section";
import { AdminImageTile } from "./image-tile";
import { AdminImageUpload } from "./image-upload";
import { FormAlert } from "@/app/_components/form-alert";

// The image manager of a product's edit page: confirmed images in display order (uploads still
// in quarantine are not listed), reorder, delete, and the upload form.
export function AdminProductImages({ productId }: { productId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: images } = useSuspenseQuery(trpc.admin.images.list.queryOptions({ productId }));
  const refresh = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.admin.images.list.queryKey({ productId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.admin.products.pathKey() }),
    ]);
  };
  const reorder = useMutation(trpc.admin.images.reorder.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.admin.images.delete.mutationOptions({ onSuccess: refresh }));
  const busy = reorder.isPending || remove.isPending;

  function move(index: number, by: -1 | 1) {
    const ids = images.map((image) => image.id);
    const [moved] = ids.splice(index, 1);
    if (!moved) return;
    ids.splice(index + by, 0, moved);
    reorder.mutate({ productId, imageIds: ids });
  }

  return (
    <AdminSection id="images" title="Images" className="space-y-5">
      {(reorder.isError || remove.isError) && (
        <FormAlert>The images changed meanwhile or the change failed. Reload the page and try again.</FormAlert>
      )}
      {images.length === 0 ? (
        <p className="text-sm text-stone-600">No images yet. The first image is the one shoppers see in lists.</p>
      ) : (
        <ol className="grid grid-cols-2 gap-4 sm:grid-cols-3">
          {images.map((image, index) => (
            <AdminImageTile
              key={image.id}
              image={image}
              index={index}
              count={images.length}
              busy={busy}
              onMove={(by) => move(index, by)}
              onDelete={() => remove.mutate({ id: image.id })}
            />
          ))}
        </ol>
      )}
      <AdminImageUpload productId={productId} onAdded={refresh} />
    </AdminSection>
  );
}
