/**
 * Table-driven attribution: one row per pattern the engine must read, with sentences shaped like the
 * real pages they come from, and negatives that must yield no source.
 */
import { describe, expect, it } from 'vitest';
import { analyze, summary } from './helpers';

describe('direct quotes', () => {
  it.each([
    ['cue after, speaker first', '“Our nation is in danger,” Essid declared in a televised address.', 'single', 'Essid', 'Our nation is in danger'],
    ['cue after, verb first, appositive', '"This attack is meant to frighten tourists," said Lotfi Azzouz, Tunisia country director for Amnesty International.', 'person', 'Lotfi Azzouz', 'This attack is meant to frighten tourists'],
    ['cue before with colon', 'The minister told reporters: “We will not back down from this fight.”', 'description', 'minister', 'We will not back down from this fight'],
    ['guillemets', '«Nous ne céderons pas», a déclaré Marie Dupont. Jane Roe said: «We will not yield to pressure.»', 'person', 'Jane Roe', 'We will not yield to pressure'],
    ['low-high quotes', '„Das ist ein Fehler“, said Hans Weber, a professor at the University of Bonn.', 'person', 'Hans Weber', 'Das ist ein Fehler'],
    ['British single quotes', '‘It was a terrible day for all of us,’ said Sarah Jones, a local resident.', 'person', 'Sarah Jones', 'It was a terrible day for all of us'],
  ])('%s', (_name, text, kind, name, quote) => {
    const sources = summary(analyze(text));
    const source = sources.find((s) => s.who.endsWith(`:${name}`) || s.who.includes(name));
    expect(source, JSON.stringify(sources)).toBeDefined();
    if (kind !== 'single' && kind !== 'description') expect(source!.who.startsWith(kind)).toBe(true);
    expect(source!.quotes.join(' | ')).toContain(quote);
  });

  it('keeps a quote split by "she said," with one speaker', () => {
    const s = summary(analyze('Jane Roe is a senator from Ohio.', '“The bill is dead,” she said, “and nobody will revive it this year.”'));
    expect(s).toHaveLength(1);
    expect(s[0]!.who).toBe('person:Jane Roe');
    expect(s[0]!.quotes.join(' ')).toContain('nobody will revive it');
  });

  it('runs a quote over several paragraphs (opening marks repeated, no closing mark until the end)', () => {
    const s = summary(analyze(
      '“The drug was in her system and there was nothing anyone could do,” her mother, Fiona, said in a statement.',
      '“As she deteriorated, the staff did all they could to stabilise her.',
      '“She was literally burning up from within.”',
    ));
    expect(s).toHaveLength(1);
    expect(s[0]!.who).toBe('person:Fiona');
    expect(s[0]!.credentials).toContain('her mother');
    expect(s[0]!.quotes.join(' ')).toContain('literally burning up from within');
  });

  it('gives a cue-less quote paragraph to the speaker before it', () => {
    const s = summary(analyze(
      '“One of my strengths is I have a pretty even temperament,” President Barack Obama said.',
      '“There are going to be tensions that arise. But my daughters have a different attitude.”',
    ));
    expect(s).toHaveLength(1);
    expect(s[0]!.quotes).toHaveLength(2);
  });
});

describe('block structure', () => {
  it('reads "X, credential, said:" followed by a block quote with no quotation marks', () => {
    const s = summary(analyze(
      'Aviv Oreg, former head of the Al Qaeda desk in the army\'s military intelligence department said:',
      '> Israeli intelligence agencies have shown that they can have such human sources.',
    ));
    expect(s).toEqual([{ who: 'person:Aviv Oreg', credentials: ['former head of the Al Qaeda desk in the army\'s military intelligence department'], quotes: ['Israeli intelligence agencies have shown that they can have such human sources.'] }]);
  });

  it('reads a caption-style attribution after a block quote', () => {
    const s = summary(analyze(
      'Kobi Michael, a senior research fellow at the Institute for National Security Studies, described the leak as "very concerning".',
      '> When it comes to ISIS, they are very active in the social network world and on digital platforms.',
      'Kobi Michael, former Deputy Director, Ministry of Strategic Affairs, Israel.',
    ));
    expect(s).toHaveLength(1);
    expect(s[0]!.credentials).toEqual(expect.arrayContaining(['former Deputy Director, Ministry of Strategic Affairs, Israel']));
    expect(s[0]!.quotes.join(' ')).toContain('very active in the social network world');
  });

  it('gives every list item after "X also said:" to X', () => {
    const s = summary(analyze(
      'President Barack Obama arrived in Kenya on Friday.',
      'In a wide-ranging interview, President Obama also said:',
      '- The UK must stay in the EU to have influence on the world stage',
      '- Syria needs a political solution in order to defeat the Islamic State group',
    ));
    expect(s).toHaveLength(1);
    expect(s[0]!.who).toBe('person:Barack Obama');
    expect(s[0]!.quotes).toHaveLength(2);
  });

  it('takes the sentence subject for "…, issued a statement, saying:"', () => {
    const s = summary(analyze(
      'Ron Dermer, Israel\'s ambassador to Washington, issued a similar statement, saying:',
      '> Israel has full confidence in our intelligence-sharing relationship with the United States.',
    ));
    expect(s[0]).toMatchObject({ who: 'person:Ron Dermer', credentials: ["Israel's ambassador to Washington"] });
  });
});

describe('reported speech', () => {
  it.each([
    ['speaker first, pronoun', 'Amnon Sofrin, former head of Mossad\'s intelligence directorate, spoke to reporters. At the same time, he said Israel understood the risks of the leak.', 'person:Amnon Sofrin', 'Israel understood the risks of the leak'],
    ['speaker last, organisation', 'The two leaders did not discuss the intelligence leak during their conversation, the Prime Minister\'s office said.', "organisation:the Prime Minister's office", 'did not discuss the intelligence leak'],
    ['according to, with appositive', 'Tourism accounts for 15 percent of the economy, according to the World Travel and Tourism Council, an industry body.', 'organisation:the World Travel and Tourism Council', 'Tourism accounts for 15 percent'],
    ['told, with object', 'Chris Tang, Hong Kong\'s new police commissioner, told reporters that police alone are not able to end the violence.', 'person:Chris Tang', 'police alone are not able to end the violence'],
    ['infinitive after a coordinated verb', 'Israeli officials declined to confirm the report, but were quick to say that coordination with the United States is strong.', 'unnamed:Israeli officials', 'coordination with the United States is strong'],
    ['went on to add', 'Aviv Oreg is a former intelligence officer. However, he went on to add that Israel would be furious about it.', 'person:Aviv Oreg', 'Israel would be furious about it'],
    ['described … as, partial quote', 'Kobi Michael described the leak as "very concerning" if an asset was endangered.', 'person:Kobi Michael', 'very concerning'],
    ['unnamed, with reason', 'The plan will be announced next week, said a senior official who asked not to be named.', 'unnamed:a senior official', 'The plan will be announced next week'],
    ['people familiar with the matter', 'Two people familiar with the matter said the deal could be signed within days.', 'unnamed:Two people familiar with the matter', 'the deal could be signed within days'],
    ['a named spokesperson is a person', 'Jane Roe, a spokeswoman for Acme, said the company would appeal the ruling.', 'person:Jane Roe', 'the company would appeal the ruling'],
    ['an unnamed spokesperson speaks for the organisation', 'An Acme spokesperson said the company would appeal the ruling.', 'organisation:Acme', 'the company would appeal the ruling'],
  ])('%s', (_name, text, who, quote) => {
    const s = summary(analyze(...text.split(/(?<=\.) (?=[A-Z][a-z]+ [A-Z])/).length > 1 ? [text] : [text]));
    const source = s.find((x) => x.who === who);
    expect(source, JSON.stringify(s)).toBeDefined();
    expect(source!.quotes.join(' | ')).toContain(quote);
  });

  it('records why an unnamed source is unnamed', () => {
    const report = analyze('The plan will be announced next week, said a senior official who asked not to be named.');
    expect(report.sources[0]!.unnamedReason).toMatch(/asked not to be named/);
  });

  it('resolves a later surname to the full name and its credentials', () => {
    const s = summary(analyze(
      'Amnon Sofrin, former head of Mossad\'s intelligence directorate, said the issue was unlikely to be raised.',
      'Sofrin said: “Cooperation between our two organisations is so solid.”',
    ));
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ who: 'person:Amnon Sofrin', credentials: ["former head of Mossad's intelligence directorate"] });
    expect(s[0]!.quotes).toHaveLength(2);
  });

  it('lists a party cited by another source as a source without statements', () => {
    const s = summary(analyze('The New York Times, citing a current and a former US official, reported on Tuesday that the information came from an Israeli asset.'));
    expect(s.map((x) => x.who)).toEqual(['organisation:The New York Times', 'unnamed:a current and a former US official']);
    expect(s[1]!.quotes).toEqual([]);
  });
});

describe('not sources', () => {
  it.each([
    ['a person only mentioned', 'On Tuesday, Trump called Israeli Prime Minister Benjamin Netanyahu to discuss his visit to Israel next week.'],
    ['scare quotes', 'The so-called "deal of the century" was announced with great fanfare in Washington on Tuesday.'],
    ['a photo credit', 'Photo by James Martin/CNET'],
    ['a wire credit', '(This story was published in an arrangement with The Reuters)'],
    ['a title of a work', 'She starred in "Dawson\'s Creek" for six seasons before moving to film.'],
    ['declined to comment', 'A spokesman for the ministry declined to comment on the report.'],
    ['a headline in capitals', 'TAYLOR SWIFT SAYS SHE KNEW ABOUT THE SALE OF HER MASTERS'],
  ])('%s', (_name, text) => {
    expect(summary(analyze(text))).toEqual([]);
  });
});

describe('odd input', () => {
  it.each([[''], ['"'], ['“unclosed quote said'], ['said said said'], [', , ,'], ['\u202e\u200b'], ['x'.repeat(10_000)]])('never throws: %j', (text) => {
    const report = analyze(text);
    for (const q of report.quotes) expect(report.article.text.slice(q.span.start, q.span.end)).toBe(q.text);
  });
});
