/**
 * The answer with `set` headers set and `removed` ones gone: in place where the answer allows it
 * (a render's headers are mutable, and most answers pass several middlewares), else on a copy (a
 * redirect's headers are immutable).
 */
export function withHeaders(response: Response, set: Record<string, string>, removed: string[] = []): Response {
  try {
    for (const [name, value] of Object.entries(set)) response.headers.set(name, value);
    for (const name of removed) response.headers.delete(name);
    return response;
  } catch {
    const headers = new Headers(response.headers);
    for (const [name, value] of Object.entries(set)) headers.set(name, value);
    for (const name of removed) headers.delete(name);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}
