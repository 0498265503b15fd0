// Registry of every drawing, by the name used in SeedProduct.art.
import { audioArt } from "./audio";
import { bagArt } from "./bags";
import { deskArt } from "./desk";
import { footwearArt } from "./footwear";
import { kitchenArt } from "./kitchen";
import { lightingArt } from "./lighting";
import type { Art } from "./shared";

export const arts: Record<string, Art> = {
  ...kitchenArt,
  ...bagArt,
  ...footwearArt,
  ...lightingArt,
  ...audioArt,
  ...deskArt,
};
