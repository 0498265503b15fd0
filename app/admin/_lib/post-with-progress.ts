// fetch() cannot report upload progress; XMLHttpRequest can. Listening to upload events makes
// the request CORS-preflighted, which the bucket's CORS rule (POST from the shop) allows.
export function postWithProgress(
  url: string,
  body: FormData,
  onProgress: (fraction: number) => void,
): Promise<{ ok: boolean }> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    request.addEventListener("load", () => resolve({ ok: request.status >= 200 && request.status < 300 }));
    request.addEventListener("error", () => reject(new Error("The upload did not reach storage")));
    request.addEventListener("abort", () => reject(new Error("The upload was aborted")));
    request.send(body);
  });
}
