import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { imageDimensions, sniffImageType } from "./image-sniff";

const image = (format: "png" | "jpeg" | "webp") =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: "#c0ffee" } })
    .toFormat(format)
    .toBuffer();

describe("image sniffing", () => {
  it.each([
    ["png", "image/png"],
    ["jpeg", "image/jpeg"],
    ["webp", "image/webp"],
  ] as const)("recognises %s by its bytes and reads its size", async (format, type) => {
    const bytes = new Uint8Array(await image(format));
    expect(sniffImageType(bytes)).toBe(type);
    expect(imageDimensions(bytes)).toEqual({ width: 40, height: 30 });
  });

  it("recognises nothing else, SVG and HTML included", () => {
    for (const text of [
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      "<!doctype html><p>hi",
      "GIF89a......",
      "",
    ]) {
      expect(sniffImageType(new TextEncoder().encode(text))).toBeNull();
    }
  });
});
