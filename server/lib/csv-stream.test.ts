import { describe, expect, it } from "vitest";
import { csvStream } from "./csv-stream";

async function* rowsThenFailure() {
  yield { name: "first" };
  throw new Error("the database went away");
}

async function* rows() {
  yield { name: "=1+1" };
  yield { name: "plain" };
}

describe("csvStream", () => {
  it("writes a header and neutralises formulas", async () => {
    expect(await new Response(csvStream(rows(), ["name"])).text()).toBe("name\n'=1+1\nplain\n");
  });

  it("ends the response with the source's error instead of leaving it open", async () => {
    await expect(new Response(csvStream(rowsThenFailure(), ["name"])).text()).rejects.toThrow("the database went away");
  });
});
