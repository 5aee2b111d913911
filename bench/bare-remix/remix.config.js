/**
 * The bare Remix v2 page `npm run bench` measures Opstap against: one route, the same packages,
 * compiler and future flags as the app (remix.config.js at the root), nothing else.
 */
/** @type {import('@remix-run/dev').AppConfig} */
export default {
  serverModuleFormat: "esm",
  serverPlatform: "node",
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_lazyRouteDiscovery: true,
    v3_singleFetch: true,
  },
};
