import { describe, expect, it } from "vitest";
import { signWebhook, verifyWebhook, WebhookVerificationError } from "./standard-webhooks";

const secret = `whsec_${Buffer.from("a-32-byte-test-secret-for-hmac!!").toString("base64")}`;
const oldSecret = `whsec_${Buffer.from("the-previous-rotated-out-secret!").toString("base64")}`;
const body = JSON.stringify({ type: "payment.succeeded", data: { orderId: "x" } });
const now = new Date("2026-11-23T12:00:00Z");
const ts = Math.floor(now.getTime() / 1000);

const headers = (
  overrides: Partial<{ id: string | null; timestamp: string | null; signature: string | null }> = {},
) => ({
  id: "evt_1",
  timestamp: String(ts),
  signature: signWebhook({ id: "evt_1", timestamp: ts, body, secret }),
  ...overrides,
});

const refuse = (run: () => unknown) => expect(run).toThrow(WebhookVerificationError);

describe("Standard Webhooks verification", () => {
  it("accepts a valid signature", () => {
    expect(verifyWebhook(body, headers(), [secret], now)).toEqual({ id: "evt_1", timestamp: ts });
  });

  it("accepts any of several signatures and any of several secrets (key rotation)", () => {
    const both = `${signWebhook({ id: "evt_1", timestamp: ts, body, secret: oldSecret })} ${headers().signature}`;
    expect(verifyWebhook(body, headers({ signature: both }), [secret], now).id).toBe("evt_1");
    expect(verifyWebhook(body, headers(), [oldSecret, secret], now).id).toBe("evt_1");
  });

  it("refuses a tampered body, a wrong secret, another id or a re-signed timestamp", () => {
    refuse(() => verifyWebhook(body.replace("succeeded", "failed"), headers(), [secret], now));
    refuse(() => verifyWebhook(body, headers(), [oldSecret], now));
    refuse(() => verifyWebhook(body, headers({ id: "evt_2" }), [secret], now));
    refuse(() => verifyWebhook(body, headers({ timestamp: String(ts + 1) }), [secret], now));
  });

  it("refuses timestamps older or newer than 5 minutes", () => {
    for (const offset of [-301, 301]) {
      const at = ts + offset;
      refuse(() =>
        verifyWebhook(
          body,
          headers({ timestamp: String(at), signature: signWebhook({ id: "evt_1", timestamp: at, body, secret }) }),
          [secret],
          now,
        ),
      );
    }
    const edge = ts - 299;
    expect(
      verifyWebhook(
        body,
        headers({ timestamp: String(edge), signature: signWebhook({ id: "evt_1", timestamp: edge, body, secret }) }),
        [secret],
        now,
      ).id,
    ).toBe("evt_1");
  });

  it("refuses missing headers, malformed values and unknown signature versions", () => {
    refuse(() => verifyWebhook(body, headers({ id: null }), [secret], now));
    refuse(() => verifyWebhook(body, headers({ timestamp: null }), [secret], now));
    refuse(() => verifyWebhook(body, headers({ signature: null }), [secret], now));
    refuse(() => verifyWebhook(body, headers({ timestamp: "12abc" }), [secret], now));
    refuse(() =>
      verifyWebhook(body, headers({ signature: headers().signature?.replace("v1,", "v2,") ?? "" }), [secret], now),
    );
    refuse(() => verifyWebhook(body, headers({ signature: "v1,AAAA" }), [secret], now));
  });
});
