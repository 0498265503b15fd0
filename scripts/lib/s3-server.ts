// A local S3-protocol server (s3rver) with the media bucket, for development and tests. It
// enforces no upload policy and no signatures; the app checks every object itself on confirm.
import { mkdirSync } from "node:fs";
import S3rver from "s3rver";

export const S3_BUCKET = "shopfront-media";
// s3rver's built-in account.
export const S3_CREDENTIALS = { S3_ACCESS_KEY_ID: "S3RVER", S3_SECRET_ACCESS_KEY: "S3RVER" };

// Browsers post uploads straight to the bucket from the shop's origin, and read the answer.
const cors = `<CORSConfiguration>
  <CORSRule>
    <AllowedOrigin>*</AllowedOrigin>
    <AllowedMethod>POST</AllowedMethod>
    <AllowedMethod>GET</AllowedMethod>
    <AllowedHeader>*</AllowedHeader>
    <MaxAgeSeconds>600</MaxAgeSeconds>
  </CORSRule>
</CORSConfiguration>`;

export type RunningS3 = { endpoint: string; env: Record<string, string>; stop: () => Promise<void> };

export async function startS3Server(port: number, directory: string): Promise<RunningS3> {
  mkdirSync(directory, { recursive: true });
  const server = new S3rver({
    port,
    address: "127.0.0.1",
    directory,
    silent: true,
    configureBuckets: [{ name: S3_BUCKET, configs: [cors] }],
  });
  const address = await server.run();
  const endpoint = `http://127.0.0.1:${address.port}`;
  return {
    endpoint,
    env: { S3_ENDPOINT: endpoint, S3_BUCKET, ...S3_CREDENTIALS },
    stop: () => server.close(),
  };
}
