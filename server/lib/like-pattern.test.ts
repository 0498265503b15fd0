import { describe, expect, it } from "vitest";
import { literalLikePattern } from "./like-pattern";

describe("literalLikePattern", () => {
  it.each([
    ["50%", "50\\%"],
    ["snake_case", "snake\\_case"],
    ["back\\slash", "back\\\\slash"],
    ["%_\\", "\\%\\_\\\\"],
    ["plain text", "plain text"],
  ])("escapes %j as %j", (text, pattern) => {
    expect(literalLikePattern(text)).toBe(pattern);
  });
});
