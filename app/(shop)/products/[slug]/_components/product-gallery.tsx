"use client";
import { OptimizedImage } from "@/app/_components/optimized-image";
import { useState } from "react";
import type { ProductDetail } from "@/server/catalog/catalog.schema";

type GalleryImage = ProductDetail["images"][number];

export function ProductGallery({ images, name }: { images: GalleryImage[]; name: string }) {
  const [selected, setSelected] = useState(0);
  const current = images[selected] ?? images[0];

  return (
    <div className="flex flex-col gap-4">
      <div className="relative aspect-square overflow-hidden rounded-3xl bg-stone-100 ring-1 ring-stone-900/5">
        {current ? (
          <OptimizedImage
            key={current.url}
            src={current.url}
            alt={current.alt}
            fill
            preload={selected === 0}
            sizes="(min-width: 1280px) 600px, (min-width: 1024px) 48vw, 100vw"
            className="object-cover"
          />
        ) : (
          <div className="flex h-full items-center justify-center text-sm text-stone-600">No image of {name} yet</div>
        )}
      </div>
      {images.length > 1 && (
        <ul role="list" className="grid grid-cols-5 gap-3 sm:gap-4">
          {images.map((image, index) => (
            <li key={image.url}>
              <button
                type="button"
                aria-label={`Show image ${index + 1} of ${images.length}`}
                aria-pressed={index === selected}
                onClick={() => setSelected(index)}
                className={`relative block aspect-square w-full overflow-hidden rounded-xl bg-stone-100 transition focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 ${
                  index === selected
                    ? "ring-2 ring-brand-600 ring-offset-2"
                    : "opacity-75 ring-1 ring-stone-900/5 hover:opacity-100"
                }`}
              >
                <OptimizedImage src={image.url} alt="" fill sizes="120px" className="object-cover" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
