import { OptimizedImage } from "@/app/_components/optimized-image";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { Skeleton } from "@/app/_components/ui/skeleton";

const FRAME = "grid aspect-[5/4] grid-cols-5 grid-rows-2 gap-3 sm:gap-4";
const CELLS = ["col-span-3 row-span-2", "col-span-2", "col-span-2"];
const SIZES = ["(min-width: 1024px) 360px, 55vw", "(min-width: 1024px) 240px, 35vw", "(min-width: 1024px) 240px, 35vw"];

// Three featured products as a decorative collage (empty alt): the featured grid below names
// and links to the same products.
export async function HeroCollage() {
  const products = await getQueryClient().fetchQuery(trpc.product.listFeatured.queryOptions());
  const images = products.flatMap((product) => (product.image ? [product.image] : [])).slice(0, CELLS.length);
  return (
    <div className={FRAME}>
      {images.map((image, index) => (
        <div
          key={image.url}
          className={`relative overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-stone-900/5 ${CELLS[index]}`}
        >
          <OptimizedImage src={image.url} alt="" fill preload sizes={SIZES[index]} className="object-cover" />
        </div>
      ))}
    </div>
  );
}

export function HeroCollageSkeleton() {
  return (
    <div aria-hidden="true" className={FRAME}>
      {CELLS.map((cell, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholders, never reordered
        <Skeleton key={index} className={`rounded-2xl ${cell}`} />
      ))}
    </div>
  );
}
