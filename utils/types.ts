/**
 * The plain data passed between Sourcelight's stages. No logic, no DOM nodes: everything here can be
 * serialised, logged, compared in a test and sent between the content script, the CLI and the tests.
 */

/** How a block of the article reads: the engine needs structure, not only a flat string. */
export type BlockKind =
  /** Ordinary running text (`<p>`, or a bare text run). */
  | 'paragraph'
  /** A quoted block (`<blockquote>`, an embedded post): often a quote without quotation marks. */
  | 'blockquote'
  /** A caption or credit line (`<figcaption>`, `<cite>`, a short line after a block quote). */
  | 'caption'
  /** A section heading inside the article body. */
  | 'heading'
  /** One item of a bulleted or numbered list. */
  | 'list-item';

/** One block of the article body, in reading order. */
export interface ArticleBlock {
  /** What kind of block it is. */
  kind: BlockKind;
  /** Its text, whitespace collapsed, never empty. */
  text: string;
}

/** What article detection hands to the engine: metadata plus the body as blocks. */
export interface ArticleInput {
  /** The page's address, when known. */
  url: string | null;
  /** The story's headline. */
  title: string | null;
  /** The author line, as the page gives it. */
  byline: string | null;
  /** The publication's name. */
  siteName: string | null;
  /** The article body in reading order. */
  blocks: ArticleBlock[];
}

/**
 * An article read away from the page (utils/dom/article-reading.ts): the engine's input, and the long
 * blocks Readability kept, each as its number among the page's block elements in document order and
 * the start of its text (the page checks one against the other before trusting the number).
 */
export interface ArticleReading {
  input: ArticleInput;
  anchors: Array<[number, string]>;
}

/** A range of UTF-16 offsets into `ArticleText.text`, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** The article as one string: blocks joined by a blank line, with each block's span. */
export interface ArticleText {
  url: string | null;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** Blocks joined by "\n\n". Every `Span` points into this. */
  text: string;
  /** The blocks, each with its span in `text`. */
  blocks: Array<ArticleBlock & { span: Span }>;
}

/** Who a source is, broadly. Part of the CLI contract. */
export type SourceKind = 'person' | 'organisation' | 'unnamed';

/** What kind of voice a source brings, for readers weighing a story. */
export type SourceRole = 'official' | 'expert' | 'organisation' | 'participant' | 'media' | 'unnamed';

/** How a statement is given. Part of the CLI contract. */
export type QuoteType =
  /** Inside quotation marks, or a block quote: the speaker's own words. */
  | 'direct'
  /** Reported speech: the article's paraphrase. */
  | 'indirect'
  /** Reported speech that carries a quoted fragment ("described it as "very concerning""). */
  | 'mixed';

/** One attributed statement. */
export interface Quote {
  /** Stable within one report: "q1", "q2", … in reading order. */
  id: string;
  /** Direct, indirect or mixed. */
  type: QuoteType;
  /** The statement's content, verbatim from the article (quotation marks stripped). */
  text: string;
  /** Where `text` sits in `ArticleText.text`. */
  span: Span;
  /** The reporting cue that attributes it ("said", "according to", "said:"), verbatim. */
  cue: string;
  /** How the speaker is named at this statement ("he", "Michael", "the Prime Minister's office"). */
  speakerMention: string;
  /** The source it belongs to. */
  sourceId: string;
  /** Text around the quote in the article, to find it again in the live page (Hypothesis's TextQuoteSelector). */
  anchor: { exact: string; prefix: string; suffix: string };
}

/** One party the article lets speak. */
export interface Source {
  /** Stable within one report: "s1", "s2", … in order of first statement. */
  id: string;
  /** Person, organisation or unnamed. */
  kind: SourceKind;
  /** The fullest name the article gives; for unnamed sources, the article's own description. */
  name: string;
  /** Other ways the article refers to it ("Michael", "the minister"). */
  aliases: string[];
  /** Roles, titles and affiliations as the article states them, verbatim, one per distinct phrase. */
  credentials: string[];
  /** Official, expert, organisation, participant, media or unnamed. */
  role: SourceRole;
  /** Why the source is unnamed, when the article says ("who asked not to be named"). */
  unnamedReason: string | null;
  /** The statements attributed to it, in reading order. */
  quoteIds: string[];
  /** Its quoted words over all quoted words in the article, 0..1. */
  shareOfVoice: number;
}

/** What the engine makes of one article. */
export interface Report {
  article: ArticleText;
  /** Sources in order of first statement. */
  sources: Source[];
  /** Statements in reading order. */
  quotes: Quote[];
}

/** Puts the page back as it was. Every stage that writes to the page returns one. */
export type Undo = () => void;
