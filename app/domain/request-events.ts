/** Things that happen to a request, as they appear in its timeline. */
export const REQUEST_EVENT_TYPES = ["ontvangen", "doorgestuurd"] as const;
export type RequestEventType = (typeof REQUEST_EVENT_TYPES)[number];
