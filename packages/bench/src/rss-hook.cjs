// Preloaded into every Node process of a benchmark run through
// NODE_OPTIONS=--require, so memory is measured the same way for every tool:
// at exit, append "pid maxRSS-in-KB" to the file named by OFFRE_BENCH_RSS_FILE.
// maxRSS covers the whole process, worker threads included; a tool that forks
// child processes appends one line per process and the benchmark keeps the largest.
'use strict'
const file = process.env.OFFRE_BENCH_RSS_FILE
if (file && require('node:worker_threads').isMainThread) {
  process.on('exit', () => {
    try {
      require('node:fs').appendFileSync(file, `${process.pid} ${process.resourceUsage().maxRSS}\n`)
    } catch {
      // Measuring must never change the outcome of the tool being measured.
    }
  })
}
