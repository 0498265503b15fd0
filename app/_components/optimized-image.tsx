import { getImageProps, type ImageProps } from "next/image";
import { preload as preloadResource } from "react-dom";

// The shop's product images: a plain <img> with the attributes next/image would render (a
// srcset from the image optimizer, lazy loading unless preloaded, a preload hint for the
// page's largest image). next/image's <Image> is a client component, so every page showing
// one shipped and hydrated its code (5.5 KB compressed) for features the shop does not use
// (blur placeholders, load callbacks). From a server component this renders on the server only.
export function OptimizedImage(props: ImageProps) {
  const { props: img } = getImageProps(props);
  if (props.preload && img.src) {
    preloadResource(img.src, { as: "image", imageSrcSet: img.srcSet, imageSizes: img.sizes });
  }
  // biome-ignore lint/performance/noImgElement: the attributes are next/image's own (getImageProps)
  return <img {...img} alt={props.alt} />;
}
