#!/usr/bin/env node
/**
 * Entry point of the `offre` executable: the esbuild bundle of `run.ts` and of what
 * it imports, one file to load instead of ~335 modules (`scripts/bundle.mjs`, run
 * by the build after `tsc`).
 */
import './bundle/offre.js'
