// One vitest config for the monorepo: a project per package, tests beside the code.
// Packages import each other through the "source" export condition, so tests run
// against TypeScript sources without a build.
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = fileURLToPath(new URL('.', import.meta.url))
const packages = ['model', 'spell-fr', 'remark-lint-offre', 'render', 'cli', 'bench']

export default defineConfig({
  root,
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    projects: packages.map((name) => ({
      extends: true,
      test: {
        name,
        root: `${root}packages/${name}`,
        include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
        testTimeout: 60_000,
        hookTimeout: 60_000,
      },
    })),
  },
})
