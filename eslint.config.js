// @ts-check
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * The floors of app/ and which may import which (docs/architecture.md, "Layers"). Each folder
 * lists the folders it must not import; an arrow the wrong way fails `npm run lint`.
 */
const LAYERS = {
  domain: ["lib", "forms", "content", "models", "http", "jobs", "components", "routes"],
  lib: ["forms", "content", "models", "http", "jobs", "components", "routes"],
  forms: ["lib", "content", "models", "http", "jobs", "components", "routes"],
  content: ["lib", "forms", "models", "http", "jobs", "components", "routes"],
  models: ["forms", "content", "http", "jobs", "components", "routes"],
  http: ["content", "jobs", "components", "routes"],
  jobs: ["forms", "content", "http", "components", "routes"],
  components: ["lib", "models", "http", "jobs", "routes"],
};

const layerRules = Object.entries(LAYERS).map(([layer, forbidden]) => ({
  files: [`app/${layer}/**/*.{ts,tsx}`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: forbidden.map((other) => ({
          group: [`~/${other}/*`, `../${other}/*`, `../../${other}/*`],
          message: `app/${layer} may not import app/${other}: see "Layers" in docs/architecture.md.`,
        })),
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ["build/", "public/build/", ".cache/", ".data/", ".test-output/", "node_modules/", "db/migrations/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  ...layerRules,
);
