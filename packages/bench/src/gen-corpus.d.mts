// Types of gen-corpus.mjs (plain ESM so the benchmark runs without a build).
export declare function generatePage(seed: string, k: number): string
export declare function pagePath(k: number): string
export declare function generateCorpus(seed: string, n: number, outDir: string): { files: number; bytes: number }
