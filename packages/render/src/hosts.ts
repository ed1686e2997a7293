/**
 * Internationalised hosts in punycode, as the site writes them. markdown-it's
 * `normalizeLink` gives the host of an `http:`, `https:`, `mailto:` or
 * protocol-relative destination to `punycode.toASCII` and percent-encodes the rest;
 * remark-rehype percent-encodes the whole URL, host included
 * (`https://caf%C3%A9.fr/`), which is not the site's link. So before the tree
 * becomes HTML, the non-ASCII host of each link, image and definition is replaced by
 * its ASCII form; remark-rehype still percent-encodes the path and the query, as
 * markdown-it does. Raw HTML is left as written, as markdown-it leaves it.
 *
 * The ASCII form comes from the WHATWG URL parser (`new URL`), the same in Node and
 * in browsers, which applies IDNA (UTS #46): labels are also lowercased and mapped
 * (`CAFÉ.fr` → `xn--caf-dma.fr`) where `punycode.toASCII` would keep their case;
 * browsers read both the same. A host the parser rejects is kept as it is, as
 * markdown-it keeps it when punycode throws.
 */
import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'

/** Scheme (or `//`) and user info, then the host, up to the port, path, query or fragment. */
const AUTHORITY = /^((?:https?:)?\/\/(?:[^/?#@]*@)?)([^/?#:@]*)/i
/** `mailto:` then the address up to its host, which ends at the next address (`,`), the query or the fragment. */
const MAILTO = /^(mailto:(?:[^?#@,]*@)?)([^?#@,]*)/i
const NON_ASCII = /[^\u0000-\u007f]/

/** `url` with its host in ASCII (punycode) when it is an internationalised one. */
export function asciiHost(url: string): string {
  if (!NON_ASCII.test(url)) return url
  const match = AUTHORITY.exec(url) ?? MAILTO.exec(url)
  const host = match?.[2] ?? ''
  if (match === null || !NON_ASCII.test(host)) return url
  const ascii = domainToAscii(host)
  return ascii === null ? url : `${match[1]}${ascii}${url.slice(match[0].length)}`
}

function domainToAscii(host: string): string | null {
  try {
    const hostname = new URL(`http://${host}/`).hostname
    return hostname === '' ? null : hostname
  } catch {
    return null
  }
}

/** Links, images and definitions of the tree get ASCII hosts, in place. */
export function punycodeHosts(tree: Root): void {
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') node.url = asciiHost(node.url)
  })
}
