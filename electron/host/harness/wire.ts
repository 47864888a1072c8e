/** A request frame from a browser client: `{"id": n, "method": name, "input": {…}}`. */
export type ClientMessage = { ok: true; id: number; method: string; input: unknown } | { ok: false; id?: number; reason: string };

export function parseClientMessage(text: string): ClientMessage {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'frame is not valid JSON' };
  }
  if (typeof data !== 'object' || data === null) return { ok: false, reason: 'frame must be an object' };
  const { id, method, input } = data as Record<string, unknown>;
  if (typeof id !== 'number' || !Number.isInteger(id)) return { ok: false, reason: 'frame needs an integer "id"' };
  if (typeof method !== 'string') return { ok: false, id, reason: 'frame needs a string "method"' };
  return { ok: true, id, method, input };
}
