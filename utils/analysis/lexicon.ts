/**
 * The engine's explicit, documented lexicon: reporting verbs and cues, role nouns, organisation
 * words, unnamed-source heads, pronouns. Pure data; every pass reads its words from here.
 */

/** Reporting verbs (all forms that introduce a statement). "Sofrin said", "said Ivan Quinn". */
export const REPORTING_VERBS = new Set(
  `say says said saying tell tells told telling add adds added adding write writes wrote written writing
  project projects projected forecast forecasts forecasted threaten threatens threatened
  issued released wonder wonders wondered instructed shouted yelled exclaimed cried whispered pleaded begged
  quipped retorted snapped mused sighed read reads
  argue argues argued arguing warn warns warned warning note notes noted noting explain explains explained explaining
  claim claims claimed claiming confirm confirms confirmed confirming deny denies denied denying
  acknowledge acknowledges acknowledged acknowledging testify testifies testified testifying
  state states stated insist insists insisted insisting admit admits admitted admitting vow vows vowed vowing
  urge urges urged urging suggest suggests suggested suggesting announce announces announced announcing
  report reports reported reporting reveal reveals revealed revealing tweet tweets tweeted tweeting
  post posts posted ask asks asked reply replies replied replying respond responds responded
  continue continues continued conclude concludes concluded declare declares declared declaring
  allege alleges alleged alleging predict predicts predicted estimate estimates estimated caution cautions cautioned
  stress stresses stressed emphasise emphasises emphasised emphasize emphasizes emphasized
  recall recalls recalled remark remarks remarked agree agrees agreed complain complains complained complaining
  concede concedes conceded contend contends contended counter counters countered observe observes observed
  promise promises promised pledge pledges pledged reiterate reiterates reiterated joke jokes joked
  boast boasts boasted lament laments lamented recount recounts recounted describe describes described describing
  accuse accuses accused accusing condemn condemns condemned call calls called
  blame blames blamed praise praises praised criticise criticises criticised criticize criticizes criticized
  assert asserts asserted maintain maintains maintained point points pointed highlight highlights highlighted
  believe believes believed think thinks thought fear fears feared hope hopes hoped expect expects expected
  found find finds show shows showed shown conclude indicate indicates indicated
  recommend recommends recommended advise advises advised demand demands demanded
  told quoted`.split(/\s+/).filter(Boolean),
);

/** Verbs that report only with a following clause or quote, never a bare object ("he called the office"). */
export const WEAK_VERBS = new Set(
  `call calls called believe believes believed think thinks thought fear fears feared hope hopes hoped
  expect expects expected found find finds show shows showed shown indicate indicates indicated
  post posts posted ask asks asked describe describes described describing continue continues continued
  condemn condemns condemned blame blames blamed praise praises praised accuse accuses accused accusing
  criticise criticises criticised criticize criticizes criticized maintain maintains maintained
  highlight highlights highlighted point points pointed recommend recommends recommended
  demand demands demanded state states stated report reports reported reporting issued released read reads`.split(/\s+/).filter(Boolean),
);

/** Pronouns that can stand for a speaker, with what they can refer to. */
export const PRONOUNS: Record<string, 'male' | 'female' | 'plural' | 'neuter'> = {
  he: 'male', she: 'female', they: 'plural', it: 'neuter', we: 'plural', i: 'male',
};

/**
 * Role nouns: words that name a role, title or job. They mark credentials ("Defence Minister",
 * "a senior research fellow", "skipper") and descriptions that refer back to a person ("the professor said").
 */
export const ROLE_NOUNS = new Set(
  `president minister secretary ambassador envoy director head chief leader chairman chairwoman chair
  spokesman spokeswoman spokesperson representative rep senator sen congressman congresswoman governor mayor
  official officer commissioner inspector commander general colonel col lieutenant lt captain sergeant
  professor prof lecturer researcher scientist scholar fellow economist analyst expert geologist author co-author
  editor correspondent reporter journalist columnist writer host presenter judge justice lawyer attorney
  prosecutor advocate ceo cfo coo cto founder co-founder owner partner manager executive chairman adviser advisor
  aide assistant deputy member skipper captain fisherman farmer doctor dr nurse surgeon physician psychologist
  actor actress singer star songstress musician artist director producer rapper player coach
  student teacher principal pilot driver soldier witness resident survivor victim mother father son daughter
  wife husband sister brother parent friend neighbour neighbor cousin relative
  specialist strategist consultant engineer architect historian sociologist psychologist political
  councillor councilor lawmaker legislator mp diplomat king queen prince princess pope bishop rabbi imam priest
  sheikh prime premier chancellor speaker whip deputy vice vp treasurer auditor regulator
  staffer operative agent detective constable superintendent trooper sheriff marshal
  organiser organizer activist campaigner protester organizer volunteer founder ranger warden elder trustee curator
  programmer developer designer rescuer guide commentator blogger poster
  employee worker staff boss investor trader broker banker entrepreneur vice-president`.split(/\s+/).filter(Boolean),
);

/** Capitalised title words written before a name: "Sen. Jane Roe", "Dr Smith", "Mr Obama". */
export const HONORIFICS = new Set(
  `mr mrs ms miss mx dr prof sir dame lord lady rev fr sr jr`.split(/\s+/),
);

/** Titles written before a name that are also credentials ("President Obama", "Sen. Roe"). */
export const NAME_TITLES = new Set(
  `president senator sen rep representative gov governor mayor minister secretary ambassador judge justice
  general gen colonel col lt lieutenant captain capt sgt sergeant chancellor premier king queen prince princess
  pope bishop rabbi sheikh imam chief commissioner inspector detective officer professor prof dr
  chairman chairwoman director commander admiral adm marshal superintendent constable councillor deputy
  speaker vice`.split(/\s+/),
);

/** Words that make a capitalised name an organisation ("Big Machine Records", "West Mercia police"). */
export const ORG_WORDS = new Set(
  `office ministry department agency commission committee council board authority authorities administration
  government parliament congress senate house court police army navy military force forces service services
  bureau institute institution university college school academy center centre foundation federation association
  union party league alliance coalition body organisation organization group company co corp corporation inc ltd llc plc
  bank fund trust records productions studios entertainment media news times post journal herald tribune telegraph
  guardian gazette press network networks channel radio television tv magazine review observer daily weekly
  reuters ap afp bloomberg associated finance research market markets holdings partners capital labs systems technologies
  airlines airways motors industries international worldwide global foods health hospital clinic society club
  team ministry embassy consulate mission secretariat cabinet presidency monarchy palace kremlin pentagon
  nations un eu nato who imf opec fbi cia nsa nasa esa jpl cdc fda epa sec ftc fcc dea cbp ice dhs
  firm brokerage exchange customs enforcement protection security intelligence affairs justice defense defence treasury
  council coalition campaign network institute observatory laboratory laboratory
  prosecutors prosecution regulator regulators watchdog commission tribunal senate assembly`.split(/\s+/),
);

/** Heads of unnamed-source phrases ("a senior official", "two people familiar with the matter"). */
export const UNNAMED_HEADS = new Set(
  `official officials source sources person people expert experts analyst analysts insider insiders
  observer observers critic critics resident residents witness witnesses diplomat diplomats aide aides
  spokesman spokeswoman spokesperson representative representatives rep reps officer officers investigator investigators
  economist economists scientist scientists researcher researchers lawmaker lawmakers legislator legislators
  advisers adviser advisors advisor user users member members staff employee employees worker workers
  executive executives authorities authority leader leaders activist activists protesters protester
  supporter supporters opponent opponents backer backers study studies report reports survey poll polls
  document documents agents agent police doctors doctor teachers parents friends neighbours neighbors
  relatives family families students politicians campaigners organisers organizers traders investors
  bankers banks companies firms manufacturers farmers fishermen tourists locals citizens voters
  americans britons tunisians israelis chinese palestinians mps democrats republicans conservatives liberals
  team paper analysis reports notes data figures statistics records elders commenters commenter posters poster
  medics paramedics rescuers firefighters troops soldiers villagers shoppers customers fans viewers readers
  neighbours survivors victims families lawyers attorneys prosecutors officers scholars historians academics`.split(/\s+/),
);

/** Determiners and quantifiers that open an unnamed description ("a", "two", "some", "several"). */
export const UNNAMED_DETERMINERS = new Set(
  `a an one two three four five six seven eight nine ten dozens dozen some several many most few other another
  numerous various multiple both all two-thirds half`.split(/\s+/),
);

/** Reasons an article gives for not naming a source. */
export const UNNAMED_REASON = /\b(?:who|because (?:he|she|they)|on condition of)\b[^.;]*?\b(?:anonymity|not (?:to )?be (?:named|identified)|not authori[sz]ed|declined to be (?:named|identified)|requested anonymity|asked not to be (?:named|identified)|spoke on (?:the )?condition)\b[^.;,]*/i;

/** Common abbreviations that end in a full stop without ending the sentence. */
export const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof sr jr st sen rep gov gen col lt capt sgt adm rev fr hon no vs etc inc ltd co corp
  jan feb mar apr jun jul aug sep sept oct nov dec mt ft pp approx est dept univ assn bros messrs u.s a.m p.m
  w.va d.c u.k u.n e.u`.split(/\s+/),
);

/** Words that are capitalised at a sentence start but never begin a name. */
export const NOT_NAME_WORDS = new Set(
  `the a an this that these those it its he she they we i you his her their our my your but and or so yet
  however meanwhile still also in on at for of to from by with as after before when while if though although
  despite since until during because about over under between among according on last next earlier later
  today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday january february march
  april may june july august september october november december there here what who why how where which
  mr mrs ms dr prof read more related watch see click sign subscribe photo image video advertisement
  speaking asked told said says added according both each every one two three some many several
  anyone everyone someone somebody nobody everybody others another we're they're i'm it's he's she's
  we've you're that's there's`.split(/\s+/),
);

/** Countries and places that speak as organisations ("China said", "the UK insisted"). */
export const COUNTRY_WORDS = new Set(
  `china russia britain uk us usa america france germany italy spain japan india pakistan iran iraq israel
  syria turkey egypt tunisia libya sudan kenya ethiopia nigeria canada mexico brazil australia ukraine
  zimbabwe korea taiwan vietnam saudi qatar beijing washington moscow london tehran kyiv
  brussels tokyo delhi paris berlin`.split(/\s+/).concat(['south africa', 'south korea', 'north korea', 'saudi arabia',
  'new zealand', 'united states', 'united kingdom', 'the us', 'the uk', 'hong kong']),
);
