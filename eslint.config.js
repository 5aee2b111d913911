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

/**
 * Back-office reads select from `visibleRequests(staff)` (app/models/staff-scope.server.ts), never
 * from the `requests` table itself, so a new read cannot forget who may see what: naming the table
 * in a model or a route fails `npm run lint`. Only these modules may, each for its reason.
 */
const REQUESTS_TABLE_ALLOWED = {
  "app/models/staff-scope.server.ts": "the scope itself: visibleRequests, findVisibleRequest",
  "app/models/requests.server.ts": "the employer sending a form: no staff member involved",
  "app/models/employer-requests.server.ts": "the employer's own page: requests found through their own link",
  "app/models/employer-answers.server.ts": "the employer changes the answers of their own request, found through their own link",
  "app/models/employer-access.server.ts": "the employer's links and address change: their own requests",
  "app/models/employer-privacy.server.ts": "the employer's export and erasure: their own requests",
  "app/models/routing.server.ts": "routing and the school's answer link: the system on one request",
  "app/models/retention.server.ts": "the retention job: the system over every closed request",
  "app/models/administration.server.ts": "admins only: open requests per organisation, within requestScope",
  "app/models/admin-organisations.server.ts": "admins only: open requests per organisation, within requestScope",
  "app/models/audit-log.server.ts": "admins only: the audit log names the request a line is about",
  "app/models/request-steps.server.ts": "locks a request by reference before findVisibleRequest reads it, and writes the step's change",
  "app/models/introductions.server.ts": "the kennismaking's reminder sweep (the system) and the employer's calendar file through their own link",
  "app/models/handler-contact.server.ts": "the employer's side and status emails: who holds one request they already have",
  "app/models/register-entries.server.ts": "the register's backfill: the system links each request to its employer's entry",
  "app/models/register.server.ts": "the register shows a request's kind, date and status to its region, never its details; links go through findVisibleRequest",
  "app/models/register-check-ins.server.ts": "check-ins: the system reads placements, and an answer sends a request as the employer",
};

const requestsTableRule = {
  files: ["app/models/**/*.ts", "app/routes/**/*.{ts,tsx}"],
  ignores: Object.keys(REQUESTS_TABLE_ALLOWED),
  rules: {
    "no-restricted-syntax": [
      "error",
      ...[
        "MemberExpression[object.name='schema'][property.name='requests']",
        "VariableDeclarator[init.name='schema'] > ObjectPattern > Property[key.name='requests']",
        "MemberExpression[object.property.name='query'][property.name='requests']",
      ].map((selector) => ({
        selector,
        message:
          "Select back-office requests from visibleRequests(staff) and name columns through requestColumns (app/models/staff-scope.server.ts); see REQUESTS_TABLE_ALLOWED in eslint.config.js.",
      })),
    ],
  },
};

export default tseslint.config(
  { ignores: ["build/", "public/build/", ".cache/", ".data/", ".test-output/", "node_modules/", "db/migrations/", "bench/bare-remix/build/", "bench/bare-remix/public/", "bench/profiles/"] },
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
  requestsTableRule,
);
