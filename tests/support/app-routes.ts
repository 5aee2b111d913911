/**
 * Every route of the built app, read from the browser manifest the build writes
 * (public/build/manifest-*.js), so a new route is in the server tests without anyone adding it.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface AppRoute {
  id: string;
  /** e.g. /volgen/:token, with the paths of its parent routes */
  pattern: string;
  hasAction: boolean;
  hasLoader: boolean;
}

interface ManifestRoute {
  id: string;
  parentId?: string;
  path?: string;
  index?: boolean;
  hasAction: boolean;
  hasLoader: boolean;
}

export function appRoutes(buildDir = "public/build"): AppRoute[] {
  const file = readdirSync(buildDir).find((f) => /^manifest-[\w-]+\.js$/.test(f));
  if (!file) throw new Error(`Geen manifest in ${buildDir}: bouw de app eerst (npx remix build).`);
  const text = readFileSync(path.join(buildDir, file), "utf8");
  const json = text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1);
  const routes = (JSON.parse(json) as { routes: Record<string, ManifestRoute> }).routes;
  const fullPath = (route: ManifestRoute): string[] => {
    const parent = route.parentId ? routes[route.parentId] : undefined;
    const own = route.path ? route.path.split("/") : [];
    return [...(parent ? fullPath(parent) : []), ...own];
  };
  const byPattern = new Map<string, AppRoute>();
  for (const route of Object.values(routes)) {
    const pattern = `/${fullPath(route).join("/")}`;
    const known = byPattern.get(pattern);
    byPattern.set(pattern, {
      id: known ? `${known.id}+${route.id}` : route.id,
      pattern,
      hasAction: route.hasAction || (known?.hasAction ?? false),
      hasLoader: route.hasLoader || (known?.hasLoader ?? false),
    });
  }
  return [...byPattern.values()].sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** The pattern with each `:param` (and a `*` splat) filled in; values are used as given. */
export function fillPattern(pattern: string, value: (name: string) => string): string {
  return pattern
    .split("/")
    .map((segment) => {
      if (segment === "*") return value("*");
      // A param may sit inside a segment: ":id.json".
      return segment.replace(/:(\w+)\??/g, (_m, name: string) => value(name));
    })
    .join("/");
}
