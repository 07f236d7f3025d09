// ESLint flat config. The layer rules below are the enforceable half of docs/ARCHITECTURE.md:
// if you change one, change the table there too.
import { builtinModules } from 'node:module';

import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// ---------------------------------------------------------------------------------------------------------
// Layers. Imports flow shared -> engine -> lessons -> runtime -> store -> session -> views -> pages -> app;
// viz sits beside the chain and uses engine types and shared only. views/ holds widgets, pages/ composes
// them into what a route shows. Each entry lists what a layer may NOT import.
// `typeOnly` layers may be imported with `import type` only.
// ---------------------------------------------------------------------------------------------------------

const LAYERS = ['shared', 'engine', 'lessons', 'runtime', 'store', 'session', 'viz', 'views', 'pages', 'app'];

const UI_PACKAGES = ['react', 'react-dom', 'zustand', 'd3-*'];

/** @type {Record<string, { layers: string[], typeOnly?: string[], packages: string[] }>} */
const FORBIDDEN = {
  shared: { layers: LAYERS.filter((l) => l !== 'shared'), packages: UI_PACKAGES },
  engine: {
    layers: ['lessons', 'runtime', 'store', 'session', 'viz', 'views', 'pages', 'app'],
    packages: UI_PACKAGES,
  },
  lessons: {
    layers: ['runtime', 'store', 'session', 'viz', 'views', 'pages', 'app'],
    packages: UI_PACKAGES,
  },
  runtime: { layers: ['store', 'session', 'viz', 'views', 'pages', 'app'], packages: UI_PACKAGES },
  store: { layers: ['session', 'viz', 'views', 'pages', 'app'], packages: ['react-dom', 'd3-*'] },
  // Opens a class, a lesson, a shared link or a file: the one layer above the store that may call the
  // engine (through its door), so views never need to.
  session: { layers: ['viz', 'views', 'pages', 'app'], packages: UI_PACKAGES },
  viz: {
    layers: ['lessons', 'runtime', 'store', 'session', 'views', 'pages', 'app'],
    typeOnly: ['engine'],
    packages: ['react', 'react-dom', 'zustand'],
  },
  // Widgets: never a page.
  views: { layers: ['pages', 'app'], typeOnly: ['engine'], packages: [] },
  // Pages compose widgets; a page never imports another page (see PAGES below).
  pages: { layers: ['app'], typeOnly: ['engine'], packages: [] },
  app: { layers: [], packages: [] },
};

/**
 * Matches a relative (or `src/`-rooted) import that lands in another top-level layer folder, e.g.
 * `../engine`, `../../store/hooks`. Relative imports cannot be told apart by depth in a pattern, so
 * no folder inside a layer may be named after a layer (no `src/views/engine/`).
 */
const layerRegex = (names) => `^(?:(?:\\.\\./)+|(?:.*/)?src/)(?:${names.join('|')})(?:/|$)`;

const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const packageRegex = (names) =>
  `^(?:${names.map((n) => escapeRegex(n).replace('\\*', '[^/]+')).join('|')})(?:/|$)`;

/** Node built-ins (`fs`, `node:fs`, ...), minus the ones in `allowed`. */
const nodeBuiltinsRegex = (allowed = []) => {
  const names = builtinModules.filter((m) => !m.startsWith('_') && !allowed.includes(m));
  return `^(?:node:)?(?:${names.map(escapeRegex).join('|')})$`;
};

/** Project-wide: d3 is imported by submodule, and nothing tied to simulated time may run on d3's own timer. */
const EVERYWHERE_PATHS = [
  {
    name: 'd3',
    message: 'Import the d3 submodule you need (d3-scale, d3-shape, ...), not the whole bundle.',
  },
  {
    name: 'd3-transition',
    message:
      'd3 transitions run on a wall clock and break pause and scrubbing; derive positions from renderTime.',
  },
  {
    name: 'd3-timer',
    message: 'The runtime owns the only frame loop; d3-timer would start another one.',
  },
];

/** The options of `@typescript-eslint/no-restricted-imports` for one layer (one rule entry holds them all). */
function layerImportRule(layer, { extraPatterns = [] } = {}) {
  const { layers, typeOnly = [], packages } = FORBIDDEN[layer];
  const patterns = [...extraPatterns];
  if (layers.length > 0) {
    patterns.push({
      regex: layerRegex(layers),
      message: `${layer}/ may not import from ${layers.join(', ')} (see docs/ARCHITECTURE.md, "Layers").`,
    });
  }
  if (typeOnly.length > 0) {
    patterns.push({
      // Only the door itself: a pattern with allowTypeImports lets a type import through every other
      // pattern too, so it must not also match the engine's inner files.
      regex: `^(?:(?:\\.\\./)+|(?:.*/)?src/)(?:${typeOnly.join('|')})(?:/index(?:\\.ts)?)?$`,
      allowTypeImports: true,
      message: `${layer}/ may import ${typeOnly.join(', ')} with \`import type\` only: read through store hooks, act through store actions.`,
    });
  }
  if (layer !== 'engine') {
    patterns.push({
      regex: '^(?:(?:\\.\\./)+|(?:.*/)?src/)engine/(?!index(?:\\.ts)?$).+',
      message: 'Import the engine through its public door, src/engine (index.ts), not its inner files.',
    });
  }
  if (packages.length > 0) {
    patterns.push({
      regex: packageRegex(packages),
      message: `${layer}/ may not use ${packages.join(', ')} (see docs/ARCHITECTURE.md, "Layers").`,
    });
  }
  return ['error', { paths: EVERYWHERE_PATHS, patterns }];
}

/**
 * The engine's inner floors, bottom up: `time/` (the clock's parts); `scenario/` (the input's shape, Kafka's
 * defaults and limits, validation); `kernel/` (the world, the context tasks run in, the event history, the
 * work meter and cost model); then Kafka's parts on the kernel: `log/`, `groups/`, `clients/`; and on top
 * `sim/`, which assembles them into a Simulation. A floor may import the floors below it, never those
 * above. Each entry lists the sibling folders a floor may NOT import; `typeOnly` ones with `import type`.
 */
const ENGINE_FLOORS = {
  time: { above: ['scenario', 'kernel', 'log', 'groups', 'clients', 'cluster', 'sim'] },
  scenario: { above: ['log', 'groups', 'clients', 'cluster', 'sim'] },
  kernel: { above: ['groups', 'clients', 'cluster', 'sim'], typeOnly: ['log'] },
  log: { above: ['groups', 'clients', 'cluster', 'sim'] },
  groups: { above: ['clients', 'cluster', 'sim'] },
  // clients and cluster share a floor: a producer's acks wait on the ISR, and the ISR's high watermark
  // answers producers and wakes consumers. import-x/no-cycle keeps the two free of cycles.
  clients: { above: ['sim'] },
  cluster: { above: ['sim'] },
};

function engineFloorPatterns(floor) {
  const { above, typeOnly = [] } = ENGINE_FLOORS[floor];
  const message = (names, how) =>
    `engine/${floor}/ may not import ${names.join(', ')}${how} (the engine's floors, docs/ARCHITECTURE.md "Inside the engine").`;
  const patterns = [{ regex: `^(?:\\.\\./)+(?:${above.join('|')})(?:/|$)`, message: message(above, '') }];
  if (typeOnly.length > 0) {
    patterns.push({
      regex: `^(?:\\.\\./)+(?:${typeOnly.join('|')})(?:/|$)`,
      allowTypeImports: true,
      message: message(typeOnly, ' except with `import type`'),
    });
  }
  return patterns;
}

/** The pages (one folder per route family). A page imports widgets, never another page. */
const PAGES = ['home', 'play', 'lesson', 'sandbox', 'simplifications'];

/**
 * The app never reaches into the Node rooms beside it: kafka/ (Node, Java and a real broker; the app is
 * Java-free) and server/ (a classroom server, when there is one). See docs/ARCHITECTURE.md.
 */
const KAFKA_FOLDER_PATTERN = {
  regex: '^(?:\\.\\./)+(?:kafka|server)(?:/|$)',
  message: 'src/ may not import kafka/ or server/: Node code runs beside the app, never inside it.',
};

/** A Node room beside the app never imports another (kafka/, server/): they share through src/'s doors. */
const NODE_ROOMS_APART = (room) => ({
  regex: `^(?:\\.\\./)+(?!${room}/)(?:kafka|server)(?:/|$)`,
  message: `${room}/ may not import another Node room: share through a door in src/.`,
});

const TEST_FILES = ['**/*.test.{ts,tsx}', 'test/**', 'e2e/**'];

/** Layers that must run anywhere, deterministically: the engine, and shared because the engine runs it. */
const PURE_LAYERS = ['shared', 'engine'];

/** Globals that would make the engine depend on wall-clock time, the host, or unseeded randomness. */
const ENGINE_BANNED_GLOBALS = [
  ['Date', 'Simulated time only: use the engine clock (integer ms), never the wall clock.'],
  ['performance', 'Simulated time only: use the engine clock, never the wall clock.'],
  ['setTimeout', 'Schedule an event on the engine event queue instead of a timer.'],
  ['setInterval', 'Schedule a recurring event on the engine event queue instead of a timer.'],
  ['setImmediate', 'Schedule an event on the engine event queue instead.'],
  ['queueMicrotask', 'Schedule an event on the engine event queue instead.'],
  ['clearTimeout', 'The engine has no timers.'],
  ['clearInterval', 'The engine has no timers.'],
  ['requestAnimationFrame', 'The runtime owns the only frame loop; the engine is advanced by advanceTo(t).'],
  ['cancelAnimationFrame', 'The runtime owns the only frame loop.'],
  ['requestIdleCallback', 'The runtime owns scheduling; the engine is advanced by advanceTo(t).'],
  ['window', 'The engine runs without a DOM (Node, tests, workers).'],
  ['document', 'The engine runs without a DOM (Node, tests, workers).'],
  ['navigator', 'The engine runs without a browser.'],
  ['localStorage', 'The engine keeps no state outside its snapshot.'],
  ['sessionStorage', 'The engine keeps no state outside its snapshot.'],
  ['fetch', 'The engine does no I/O.'],
  ['crypto', 'Randomness comes only from the seeded generator in engine state.'],
  ['globalThis', 'Reaching for globals would bypass the engine purity rules.'],
  ['self', 'Reaching for globals would bypass the engine purity rules.'],
].map(([name, message]) => ({ name, message }));

/** Syntax that would slip past the import rules. */
const ENGINE_BANNED_SYNTAX = [
  {
    selector: 'ImportExpression',
    message: 'No dynamic import() in the engine: it is synchronous and its imports are checked statically.',
  },
  {
    selector: "CallExpression[callee.name='require']",
    message: 'No require() in the engine: use static ES imports.',
  },
];

const TEST_BANNED_PROPERTIES = [
  {
    object: 'Math',
    property: 'random',
    message: 'Tests are deterministic: use a fixed seed (fast-check seeds its own).',
  },
  ...['describe', 'it', 'test'].map((object) => ({
    object,
    property: 'only',
    message: 'Remove .only before committing.',
  })),
];

export default defineConfig([
  globalIgnores([
    'kafka/.work/',
    'dist/',
    'dist-single/',
    'coverage/',
    'node_modules/',
    'test-results/',
    'bench/out/',
  ]),

  // ---- Base rule sets --------------------------------------------------------------------------------
  {
    name: 'base',
    files: ['**/*.{js,mjs,cjs,ts,tsx,mts,cts}'],
    extends: [js.configs.recommended, tseslint.configs.strict, tseslint.configs.stylistic],
    plugins: { 'import-x': importX },
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts', '.cts'] },
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.mts', '.js', '.jsx', '.mjs', '.json'],
          extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
        }),
      ],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      // With verbatimModuleSyntax, `import { type A }` still loads the module; `import type` does not.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      // noUncheckedIndexedAccess makes `xs[i]!` the honest way to say "i is in range" (heaps, hot loops).
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    name: 'tooling (node)',
    files: ['*.{js,ts}', 'bench/**', 'test/**', 'e2e/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    name: 'src (browser)',
    files: ['src/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    name: 'react hooks',
    files: ['src/{store,views,pages,app}/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    name: 'accessibility',
    files: ['src/**/*.tsx'],
    extends: [jsxA11y.flatConfigs.recommended],
  },

  // ---- Project-wide habits ---------------------------------------------------------------------------
  {
    name: 'src: seeded randomness',
    files: ['src/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Use the seeded generator (randomness lives in engine state).',
        },
      ],
    },
  },
  {
    name: 'tests: deterministic, no focused tests',
    files: TEST_FILES,
    rules: { 'no-restricted-properties': ['error', ...TEST_BANNED_PROPERTIES] },
  },

  // ---- Layers: what each src/ folder may import -------------------------------------------------------
  ...LAYERS.map((layer) => ({
    name: `layer: ${layer}`,
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      '@typescript-eslint/no-restricted-imports': layerImportRule(layer, {
        extraPatterns: [
          KAFKA_FOLDER_PATTERN,
          { regex: nodeBuiltinsRegex(), message: `${layer}/ runs in the browser: no Node built-ins.` },
        ],
      }),
    },
  })),
  ...PAGES.map((page) => {
    const others = PAGES.filter((p) => p !== page);
    return {
      name: `page: ${page} imports no other page`,
      files: [`src/pages/${page}/**/*.{ts,tsx}`],
      rules: {
        '@typescript-eslint/no-restricted-imports': layerImportRule('pages', {
          extraPatterns: [
            KAFKA_FOLDER_PATTERN,
            { regex: nodeBuiltinsRegex(), message: 'pages/ runs in the browser: no Node built-ins.' },
            {
              regex: `^(?:\\.\\./)+(?:pages/)?(?:${others.join('|')})(?:/|$)`,
              message: `pages/${page}/ may not import another page (${others.join(', ')}): share through a widget in views/.`,
            },
          ],
        }),
      },
    };
  }),
  ...Object.keys(ENGINE_FLOORS).map((floor) => ({
    name: `engine floor: ${floor}`,
    files: [`src/engine/${floor}/**/*.ts`],
    ignores: TEST_FILES,
    rules: {
      '@typescript-eslint/no-restricted-imports': layerImportRule('engine', {
        extraPatterns: [
          KAFKA_FOLDER_PATTERN,
          { regex: nodeBuiltinsRegex(), message: 'engine/ runs in the browser too: no Node built-ins.' },
          ...engineFloorPatterns(floor),
        ],
      }),
    },
  })),
  {
    // The single exception to "src/ never imports kafka/": "Run this on real Kafka" puts the Java player's
    // sources in its zip as text (`?raw`), from this one file, loaded lazily. It may import kafka/player's
    // files as text and nothing else of kafka/; every other views rule stays.
    name: "views/export: the player's sources",
    files: ['src/views/export/player-sources.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': layerImportRule('views', {
        extraPatterns: [
          {
            regex: '^(?:\\.\\./)+(?:server(?:/|$)|kafka(?:/|$)(?!player/.+\\?raw$))',
            message: 'src/views/export/player-sources.ts may import kafka/player/** as text (?raw) only.',
          },
        ],
      }),
    },
  },
  // Pages' tests keep their page rules above (and read no files).
  ...LAYERS.filter((layer) => layer !== 'pages').map((layer) => ({
    name: `layer: ${layer} tests (run in Node: may read fixtures from disk)`,
    files: [`src/${layer}/**/*.test.{ts,tsx}`],
    rules: {
      '@typescript-eslint/no-restricted-imports': layerImportRule(layer, {
        // The engine's and shared's tests read fixtures only; the export's test also unpacks its zip.
        extraPatterns: [
          KAFKA_FOLDER_PATTERN,
          ...(PURE_LAYERS.includes(layer)
            ? [
                {
                  regex: nodeBuiltinsRegex(['fs', 'fs/promises', 'url', 'path']),
                  message: `${layer}/ tests may use node:fs, node:url and node:path only.`,
                },
              ]
            : []),
        ],
      }),
    },
  })),

  // ---- The engine (and shared, which the engine runs): pure and deterministic --------------------------
  {
    name: 'engine + shared: no clocks, timers, DOM or unseeded randomness',
    files: PURE_LAYERS.map((l) => `src/${l}/**/*.{ts,tsx}`),
    rules: {
      'no-restricted-globals': ['error', ...ENGINE_BANNED_GLOBALS],
      'no-restricted-syntax': ['error', ...ENGINE_BANNED_SYNTAX],
    },
  },
  {
    // Tests may build a fixed Date as input (`new Date(0)` is bad scenario data); they still may not read
    // the wall clock, start timers or use unseeded randomness.
    name: 'engine + shared tests: fixed dates allowed, the wall clock is not',
    files: PURE_LAYERS.map((l) => `src/${l}/**/*.test.ts`),
    rules: {
      'no-restricted-globals': ['error', ...ENGINE_BANNED_GLOBALS.filter((g) => g.name !== 'Date')],
      'no-restricted-properties': [
        'error',
        ...TEST_BANNED_PROPERTIES,
        { object: 'Date', property: 'now', message: 'Tests are deterministic: no wall clock.' },
      ],
      'no-restricted-syntax': [
        'error',
        ...ENGINE_BANNED_SYNTAX,
        {
          selector:
            "NewExpression[callee.name='Date'][arguments.length=0], CallExpression[callee.name='Date']",
          message:
            'Tests are deterministic: build dates from a fixed value (new Date(0)), never the wall clock.',
        },
      ],
    },
  },

  // ---- kafka/: Node tooling beside the app (a real broker, the oracle harness) -------------------------
  {
    name: 'kafka (node): the app through its doors only',
    files: ['kafka/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Three doors: the engine's; the export's ("Run this on real Kafka"), so the suite checks the
              // very zip the app makes; and the classroom presets (plain data, engine types only), so the
              // cases play the classroom's timers rather than a copy of them.
              regex:
                '^(?:\\.\\./)+src/(?!(?:(?:engine|runtime/kafka-export)(?:/index(?:\\.ts)?)?|lessons/presets(?:\\.ts)?)$).+',
              message:
                'kafka/ may import the app only through the engine door, src/engine (index.ts), the export door, src/runtime/kafka-export (index.ts), and the classroom presets, src/lessons/presets.ts.',
            },
            NODE_ROOMS_APART('kafka'),
          ],
        },
      ],
    },
  },

  // ---- server/: a room for Node code beside the app, empty until a classroom server needs it -----------
  {
    name: 'server (node): what runs without a DOM, through doors',
    files: ['server/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // The engine through its door; lessons, runtime and shared (plain data and a headless
              // Player); never the React side (store, session, viz, views, pages, app).
              regex: '^(?:\\.\\./)+src/(?!(?:engine(?:/index(?:\\.ts)?)?|(?:lessons|runtime|shared)/.+)$).+',
              message:
                'server/ may import src/engine (its door), src/lessons, src/runtime and src/shared: what runs without a DOM.',
            },
            NODE_ROOMS_APART('server'),
          ],
        },
      ],
    },
  },

  // ---- Only the runtime runs a frame loop -------------------------------------------------------------
  {
    name: 'one frame loop: rAF only in runtime',
    files: ['src/{lessons,store,session,viz,views,pages,app}/**/*.{ts,tsx}'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-globals': [
        'error',
        {
          name: 'requestAnimationFrame',
          message: 'The runtime owns the only frame loop: subscribe to the store instead.',
        },
        { name: 'cancelAnimationFrame', message: 'The runtime owns the only frame loop.' },
      ],
    },
  },
]);
