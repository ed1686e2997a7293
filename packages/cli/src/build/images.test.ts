import { readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { imagesDir } from '@offre/fixtures'
import { describe, expect, it } from 'vitest'
import { createBuildCommand } from '../commands/build.js'
import type { Command } from '../commands/command.js'
import { lintCommand } from '../commands/lint.js'
import { ExitError } from '../errors.js'
import type { Io } from '../io.js'
import { project } from '../testing.js'
import { encodeImage, imageHash, outputWidths, planImage, probeImage } from './images.js'

const PNG = path.join(imagesDir, 'ota.png')
const JPG = path.join(imagesDir, 'ospo-2024-start.jpg')

async function build(args: string[], cwd: string, command: Command = createBuildCommand({ site: true })) {
  let stdout = ''
  let stderr = ''
  const io: Io = { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, cwd, env: { OFFRE_SOURCE_COMMIT: 'test' } }
  let code: number
  try {
    code = await command.run(args, io)
  } catch (error) {
    if (!(error instanceof ExitError)) throw error
    code = error.code
    stderr += error.message
  }
  return { code, stdout, stderr }
}

function files(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>()
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(full)
      else found.set(path.relative(dir, full).split(path.sep).join('/'), readFileSync(full))
    }
  }
  walk(dir)
  return found
}

describe('the site’s image names and sizes (eleventy-img 3)', () => {
  it('hashes the bytes then the default sharp options, URL-safe base64, 10 characters', () => {
    // The algorithm gives eleventy-img 3.1.8's own expectation for its test image (bio-2017.jpg →
    // `KkPMmHd3hP`, test.js; the file is too large to keep here): ota.png is `img/3I5hdboZq3-640.png` on the site.
    expect(imageHash(readFileSync(PNG))).toBe('3I5hdboZq3')
    expect(imageHash(Buffer.from('<svg a\nb>'))).toBe(imageHash(Buffer.from('<svg ab>')))
    expect(imageHash(Buffer.from('x\ny'))).not.toBe(imageHash(Buffer.from('xy')))
  })

  it('keeps the widths asked that the image has, else its own, ascending', () => {
    expect(outputWidths(640, undefined, false)).toEqual([640])
    expect(outputWidths(2000, [1000], false)).toEqual([1000])
    expect(outputWidths(640, [1000], false)).toEqual([640])
    expect(outputWidths(640, [1000, 300, null], false)).toEqual([300, 640])
    expect(outputWidths(200, [500], true)).toEqual([500])
  })

  it('plans AVIF, WebP and the image’s own format, named <hash>-<width>.<format>', async () => {
    const info = await probeImage(JPG)
    expect(info && { format: info.format, width: info.width, height: info.height }).toEqual({ format: 'jpeg', width: 800, height: 533 })
    const { plan, jobs } = planImage(info!, [500])
    expect(plan.formats.map((format) => [format.type, format.outputs.map((output) => `${output.url} ${output.width}×${output.height}`)])).toEqual([
      ['image/avif', [`/img/${info!.hash}-500.avif 500×333`]],
      ['image/webp', [`/img/${info!.hash}-500.webp 500×333`]],
      ['image/jpeg', [`/img/${info!.hash}-500.jpeg 500×333`]],
    ])
    expect(jobs.every((job) => job.resize && job.width === 500)).toBe(true)
    expect(await probeImage(path.join(imagesDir, 'absente.png'))).toBeNull()
    expect(await probeImage(path.join(imagesDir, '..', 'package.json'))).toBeNull()
  })

  it('encodes the same bytes every time', async () => {
    const info = (await probeImage(PNG))!
    for (const job of planImage(info).jobs) {
      const [a, b] = [await encodeImage(job), await encodeImage(job)]
      expect(a.equals(b)).toBe(true)
      expect(a.byteLength).toBeGreaterThan(0)
    }
  })
})

describe('offre build with images and a static folder', () => {
  const page = [
    '---',
    'title: Billet',
    'image:',
    '  path: ./photo.jpg',
    '  alt: Une photo',
    '---',
    '',
    'Voir [la convention](/docs/convention.pdf).',
    '',
    '{% imageContent "./a.png", "Texte alternatif" %}',
    '',
    '{% imageContent "./absente.png", "Rien" %}',
    '',
  ].join('\n')
  const site = () =>
    project({
      'content/fr/blog/posts/billet/index.md': page,
      'content/fr/blog/posts/billet/a.png': { copy: PNG },
      'content/fr/blog/posts/billet/photo.jpg': { copy: JPG },
      'content/fr/autre.md': '---\ntitle: Autre\n---\n\nLa même [image](/docs/convention.pdf), [une absente](/docs/absente.pdf).\n\n{% imageContent "./blog/posts/billet/a.png", "La même" %}\n',
      'public/docs/convention.pdf': '%PDF-1.4 convention',
      'public/robots.txt': 'User-agent: *\n',
    })

  it('publishes the encoded images once, the figures that link them, the static folder, all in the manifest, byte for byte the same twice', async () => {
    const cwd = site()
    try {
      const first = await build(['content', '--out', 'dist'], cwd)
      expect(first.code).toBe(0)
      expect(first.stdout).toContain('dont 6 fichiers d’images (6 encodés, 0 repris de la construction précédente)')
      // The missing image: a warning at its line, the page still published.
      expect(first.stderr).toContain('content/fr/blog/posts/billet/index.md:12:1')
      expect(first.stderr).toContain('missing-image')
      const dist = files(path.join(cwd, 'dist'))
      const hash = imageHash(readFileSync(PNG))
      const images = [...dist.keys()].filter((file) => file.startsWith('img/')).sort()
      const photo = imageHash(readFileSync(JPG))
      expect(images).toEqual([`img/${hash}-640.avif`, `img/${hash}-640.png`, `img/${hash}-640.webp`, `img/${photo}-800.avif`, `img/${photo}-800.jpeg`, `img/${photo}-800.webp`].sort())
      expect(dist.get('docs/convention.pdf')?.toString()).toBe('%PDF-1.4 convention')
      expect(dist.get('robots.txt')?.toString()).toBe('User-agent: *\n')
      const manifest = JSON.parse(dist.get('manifest.json')!.toString()) as { files: Record<string, unknown> }
      for (const file of [...images, 'docs/convention.pdf', 'robots.txt']) expect(manifest.files[file]).toBeDefined()
      // The site publishes the post at /fr/blog/billet/.
      const html = dist.get('fr/blog/billet/index.html')!.toString()
      expect(html).toContain(`<source type="image/avif" srcset="../../../img/${hash}-640.avif 640w">`)
      expect(html).toContain(`src="../../../img/${hash}-640.png" width="640" height="380"`)
      expect(html).toContain('<figcaption class="fr-content-media__caption">Texte alternatif</figcaption>')
      // The post layout's image, first.
      expect(html.indexOf(`${photo}-800.jpeg`)).toBeLessThan(html.indexOf(`${hash}-640.png`))
      expect(html).toContain('Image introuvable')
      expect(dist.get('fr/autre/index.html')!.toString()).toContain(`src="../../img/${hash}-640.png"`)

      // The next build takes the images back from the previous one.
      expect((await build(['content', '--out', 'dist'], cwd)).stdout).toContain('(0 encodés, 6 repris de la construction précédente)')
      // A fresh build elsewhere encodes again: the same bytes.
      rmSync(path.join(cwd, 'dist'), { recursive: true })
      expect((await build(['content', '--out', 'dist2'], cwd)).code).toBe(0)
      const again = files(path.join(cwd, 'dist2'))
      expect([...again.keys()].sort()).toEqual([...dist.keys()].sort())
      for (const [file, bytes] of dist) expect(again.get(file)?.equals(bytes), file).toBe(true)
    } finally {
      rmSync(cwd, { recursive: true, force: true })
    }
  }, 60_000)

  it('and the lint agree: a link to a file of the static folder leads somewhere, another is dead, a missing image is a finding at its line', async () => {
    const cwd = site()
    try {
      const { stdout, stderr } = await build(['content', '--grammar', 'off'], cwd, lintCommand)
      const links = `${stdout}${stderr}`.split('\n').filter((line) => line.includes('offre-links'))
      // In path order: content/fr/autre.md, then the post; the link to /docs/convention.pdf and the present images pass.
      expect(links.map((line) => line.trim().split(/\s+/).slice(0, 3).join(' '))).toEqual([
        '5:54-5:71 erreur `/docs/absente.pdf`',
        '12:18-12:31 erreur `./absente.png`',
      ])
    } finally {
      rmSync(cwd, { recursive: true, force: true })
    }
  })

  it('does not let the static folder overwrite what the build writes itself, and says so', async () => {
    const cwd = project({
      'content/fr/page.md': '---\ntitle: Page\n---\n\nTexte.\n',
      'public/dsfr/dsfr.min.css': 'body{}',
      'public/manifest.json': '{}',
      'public/fr/page/index.html': '<p>autre</p>',
      'public/docs/a.pdf': 'pdf',
    })
    try {
      const { code, stderr } = await build(['content', '--out', 'dist'], cwd)
      expect(code).toBe(0)
      for (const file of ['dsfr/dsfr.min.css', 'manifest.json', 'fr/page/index.html']) expect(stderr).toContain(`fichier statique non copié : la construction écrit déjà \`${file}\``)
      const dist = files(path.join(cwd, 'dist'))
      expect(dist.get('docs/a.pdf')?.toString()).toBe('pdf')
      expect(dist.get('dsfr/dsfr.min.css')?.toString()).not.toBe('body{}')
      expect(dist.get('fr/page/index.html')?.toString()).toContain('<h1')
    } finally {
      rmSync(cwd, { recursive: true, force: true })
    }
  })

  it('stops encoding once a page fails without --partial: nothing would be published', async () => {
    const cwd = project({
      'content/fr/a.md': '---\ntitle: A\n---\n\n{% imageContent "./a.png", "A" %}\n',
      'content/fr/a.png': { copy: PNG },
      'content/fr/b.md': '---\ntitle: B\npermalink: /fr/a/\n---\n\n{% imageContent "./b.jpg", "B" %}\n',
      'content/fr/b.jpg': { copy: JPG },
    })
    try {
      const { code, stderr } = await build(['content', '--out', 'dist'], cwd)
      expect(code).toBe(1)
      expect(stderr).toContain('url-collision')
      expect(readdirSync(cwd)).toEqual(['content'])
    } finally {
      rmSync(cwd, { recursive: true, force: true })
    }
  })
})
