/**
 * The one way the back office says a step went well after its redirect: the action redirects to
 * `doneLocation(path, key)` (`?gedaan=<key>`), the loader reads `doneMessage(request, MESSAGES)`,
 * the page shows it with `<DoneMessage>` (`~/components/forms`). The key, not the sentence, is in
 * the address, so nobody can make the page say something else; an unknown key shows nothing.
 */
const PARAM = "gedaan";

/** The address after step `key` went well; `query` adds to it, `hash` brings the reader to the message. */
export function doneLocation(path: string, key: string, options: { query?: Record<string, string>; hash?: string } = {}): string {
  const search = new URLSearchParams({ [PARAM]: key, ...options.query });
  return `${path}?${search.toString()}${options.hash ? `#${options.hash}` : ""}`;
}

/** The step that went well, by its key, when the address names a known one. */
export function doneKey<Key extends string>(request: Request, messages: Record<Key, unknown>): Key | null {
  const key = new URL(request.url).searchParams.get(PARAM);
  return key !== null && Object.hasOwn(messages, key) ? (key as Key) : null;
}

/** The sentence for the step that went well, or null. */
export function doneMessage<Key extends string>(request: Request, messages: Record<Key, string>): string | null {
  const key = doneKey(request, messages);
  return key ? messages[key] : null;
}
