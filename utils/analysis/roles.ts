/**
 * Role types for readers weighing a story: official, expert, organisation, participant, media or
 * unnamed, read from the source's kind, name and stated credentials. Pure.
 */
import type { SourceKind, SourceRole } from '../types';

const MEDIA = /\b(?:news|times|post|journal|herald|tribune|telegraph|guardian|gazette|press|reuters|afp|associated press|bloomberg|bbc|cnn|nbc|abc|cbs|fox|magazine|radio|television|tv|editor|correspondent|reporter|journalist|columnist|broadcaster|newspaper|weibo|twitter)\b/i;
const OFFICIAL = /\b(?:president|minister|secretary|ambassador|envoy|senator|sen\.|rep\.|representative|congress\w*|governor|mayor|official|spokes\w+|commissioner|police|inspector|commander|general|colonel|col|lt|officer|diplomat|chancellor|premier|prime|king|queen|judge|justice|prosecutor|lawmaker|legislator|mp|councillor|government|ministry|department|agency|administration|military|army|white house|parliament|leader|chief|deputy|director of|head of|aide|adviser|advisor)\b/i;
const EXPERT = /\b(?:professor|prof\.|lecturer|researcher|research|scientist|scholar|fellow|economist|analyst|expert|geologist|author|co-author|historian|specialist|academic|university|institute|think tank|studies|study|doctor|dr\.|physician|lab|laboratory|consultant|strategist)\b/i;

/** The role type of a source. */
export function classifyRole(kind: SourceKind, name: string, credentials: string[]): SourceRole {
  if (kind === 'unnamed') return 'unnamed';
  const stated = credentials.join(' ; ');
  if (kind === 'organisation') return MEDIA.test(name) ? 'media' : 'organisation';
  if (EXPERT.test(stated)) return 'expert';
  // "former head of Mossad's intelligence directorate": a former official speaks from experience, not office.
  const current = credentials.filter((c) => !/^(?:the\s+|a\s+)?former\b/i.test(c.trim()));
  if (current.length < credentials.length && !OFFICIAL.test(current.join(' ; '))) return 'expert';
  if (OFFICIAL.test(stated)) return 'official';
  if (MEDIA.test(stated)) return 'media';
  return 'participant';
}
