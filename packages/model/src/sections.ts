/**
 * Builds the section tree of a page from its mdast: H2 sections with their H3
 * subsections, and in each the paragraphs, the questions (the list after "Les
 * questions courantes sont :"), the documentation links (after "La documentation
 * pour vous aider :"), contacts, audiences ("Si vous êtes *…*"), and the items of
 * the exclusions section ("Nous ne répondons pas").
 */
import type { Definition, List, ListItem, Nodes, Paragraph as MdParagraph, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { walk } from './walk.js'
import { collectContacts } from './contacts.js'
import { classifyLink } from './links.js'
import type { Audience, Exclusions, Item, Link, Paragraph, Question, Section, Subsection } from './schema.js'
import { Slugger } from './slug.js'
import { spanBetween, spanOf } from './span.js'

/** A paragraph ending with ":" that announces what the next list holds. */
const QUESTIONS_LEAD = /\bquestions?\b.*:\s*$/i
const DOCUMENTATION_LEAD = /\b(documentation|guides?|ressources?|liens?)\b.*:\s*$/i
const EXCLUSIONS_TITLE = /^nous ne (répondons|traitons|proposons|faisons) pas\b/i
const AUDIENCE_LEAD = /^si vous êtes\b/i
const INLINE_ANSWER = /\s*\(\s*(?:réponse|answer)\s*:\s*([^)]*?)\s*\)\s*$/i

export interface BuildContext {
  source: string
  siteOrigins: readonly string[]
  definitions: Map<string, Definition>
}

type Lead = 'questions' | 'documentation' | null

interface Draft {
  section: Section
  nodes: RootContent[]
}

export interface SectionTree {
  intro: Paragraph[]
  sections: Section[]
  exclusions: Exclusions | null
}

export function buildSections(tree: Root, context: BuildContext): SectionTree {
  const slugger = new Slugger()
  const intro: Paragraph[] = []
  const sections: Section[] = []
  let h2: Draft | null = null
  let current: Draft | null = null
  let lead: Lead = null
  const drafts: Draft[] = []

  for (const node of tree.children) {
    if (node.type === 'yaml') continue
    if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
      const title = toString(node)
      const draft: Draft = { section: emptySection(node.depth, title, slugger.slug(title), node), nodes: [node] }
      drafts.push(draft)
      if (node.depth === 2 || h2 === null) {
        sections.push(draft.section)
        h2 = node.depth === 2 ? draft : null
      } else {
        h2.section.subsections.push(draft.section as Subsection)
        h2.nodes.push(node)
      }
      current = draft
      lead = null
      continue
    }
    if (current === null) {
      if (node.type === 'paragraph') intro.push(paragraphOf(node, context))
      continue
    }
    current.nodes.push(node)
    if (h2 !== null && h2 !== current) h2.nodes.push(node)
    const section = current.section
    if (node.type === 'paragraph') {
      const text = toString(node)
      section.paragraphs.push(paragraphOf(node, context))
      if (AUDIENCE_LEAD.test(text)) section.audiences.push(...audiencesOf(node))
      lead = QUESTIONS_LEAD.test(text) ? 'questions' : DOCUMENTATION_LEAD.test(text) ? 'documentation' : null
      continue
    }
    if (node.type === 'list') {
      // An empty item (`-` alone) is no question: the schema wants text.
      if (lead === 'questions') section.questions.push(...node.children.map(questionOf).filter((question) => question.text !== ''))
      else if (lead === 'documentation') section.documentation.push(...node.children.flatMap((item) => linksOf(item, context)))
      else section.lists.push(itemsOf(node, context))
    }
    lead = null
  }

  for (const draft of drafts) {
    const { section, nodes } = draft
    section.position = spanBetween(nodes[0], nodes[nodes.length - 1])
    section.contacts = nodes.slice(1).flatMap((node) => (isInSubsection(draft, node) ? [] : collectContacts(node, context.source)))
  }

  return { intro, sections, exclusions: exclusionsOf(sections) }
}

/** An H2's contacts are those of its own blocks, not of its subsections. */
function isInSubsection(draft: Draft, node: RootContent): boolean {
  if (draft.section.subsections.length === 0) return false
  const first = draft.section.subsections[0]
  return (node.position?.start.offset ?? 0) >= (first?.position.start.offset ?? Infinity)
}

function emptySection(depth: number, title: string, id: string, node: Nodes): Section {
  return {
    depth,
    title,
    id,
    position: spanOf(node),
    paragraphs: [],
    questions: [],
    documentation: [],
    contacts: [],
    audiences: [],
    lists: [],
    subsections: [],
  }
}

function exclusionsOf(sections: Section[]): Exclusions | null {
  const section = sections.find((s) => EXCLUSIONS_TITLE.test(s.title))
  if (section === undefined) return null
  return { section: section.id, items: section.lists.flat(), position: section.position }
}

function paragraphOf(node: MdParagraph, context: BuildContext): Paragraph {
  return { text: toString(node), links: linksOf(node, context), position: spanOf(node) }
}

function itemsOf(list: List, context: BuildContext): Item[] {
  return list.children.map((item) => ({ text: toString(item), links: linksOf(item, context), position: spanOf(item) }))
}

function questionOf(item: ListItem): Question {
  const text = toString(item).trim()
  const answer = INLINE_ANSWER.exec(text)
  // An answer with no question before it stays text: there is nothing else to ask.
  if (answer === null || text.slice(0, answer.index).trim() === '') return { text, position: spanOf(item) }
  return { text: text.slice(0, answer.index).trim(), answer: answer[1] ?? '', position: spanOf(item) }
}

function audiencesOf(node: MdParagraph): Audience[] {
  return node.children
    .filter((child) => child.type === 'emphasis' || child.type === 'strong')
    .map((child) => ({ text: toString(child).trim(), position: spanOf(child) }))
    .filter((audience) => audience.text !== '')
}

/** Every link inside `node`, references resolved through the page's definitions. */
export function linksOf(node: Nodes, context: BuildContext): Link[] {
  const links: Link[] = []
  walk(node, (child) => {
    let url: string | undefined
    let title: string | null | undefined
    if (child.type === 'link') {
      url = child.url
      title = child.title
    } else if (child.type === 'linkReference') {
      const definition = context.definitions.get(child.identifier)
      url = definition?.url
      title = definition?.title
    }
    if (url === undefined) return
    const link: Link = { url, ...classifyLink(url, context.siteOrigins), text: toString(child), position: spanOf(child) }
    if (title) link.title = title
    links.push(link)
  })
  return links
}
