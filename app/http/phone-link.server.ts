/**
 * `telHref` for loaders. A route that imports `~/domain/phone` directly keeps an import of the
 * shared chunk with libphonenumber-js in its browser bundle (about 10 KB gzipped) even when only
 * its loader uses it; through a `.server` module the browser bundle never sees it.
 */
export { telHref } from "~/domain/phone";
