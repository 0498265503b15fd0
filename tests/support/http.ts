// Builds same-origin browser-like requests for route-handler tests.
export const APP_ORIGIN = "http://localhost:3000";

export function browserPost(
  path: string,
  options: { cookie?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Request(`${APP_ORIGIN}${path}`, {
    method: "POST",
    headers: {
      origin: APP_ORIGIN,
      "sec-fetch-site": "same-origin",
      "content-type": "application/json",
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...options.headers,
    },
    body: options.body ?? "{}",
  });
}

export function cookieValue(setCookies: string[], name: string): string | undefined {
  const cookie = setCookies.find((value) => value.startsWith(`${name}=`));
  return cookie?.split(";")[0]?.slice(name.length + 1);
}
