// Loaded into the site's Eleventy build by build-reference.sh (NODE_OPTIONS=--require):
// records, for every image eleventy-img makes, the built URL and the source file
// (relative to content/), and writes them to image-sources.json in the working folder
// at exit. eleventy-img names its outputs <hash>-<width>.<format>, which says nothing
// of the source: the comparison maps them back with this file. Changes no output.
const Module = require('node:module')
const fs = require('node:fs')
const path = require('node:path')

const records = {}
const load = Module._load
let wrapped

function record(src, metadata) {
  if (typeof src !== 'string' || !metadata) return
  for (const entries of Object.values(metadata)) {
    for (const entry of entries) records[entry.url] = path.relative(path.resolve('content'), path.resolve(src)).split(path.sep).join('/')
  }
}

Module._load = function (request, ...rest) {
  const exported = load.call(this, request, ...rest)
  if (request !== '@11ty/eleventy-img') return exported
  if (!wrapped) {
    wrapped = async function eleventyImage(src, options) {
      const metadata = await exported(src, options)
      record(src, metadata)
      return metadata
    }
    Object.assign(wrapped, exported)
    wrapped.statsSync = function statsSync(src, options) {
      const metadata = exported.statsSync(src, options)
      record(src, metadata)
      return metadata
    }
    process.on('exit', () => fs.writeFileSync('image-sources.json', `${JSON.stringify(records, null, 1)}\n`))
  }
  return wrapped
}
