/**
 * English text of the plan page (/en/ke-hoach/): the English edition of plan-page.vi.ts.
 * The plan itself stays Vietnamese, quoted as issued; the gloss gives each section an
 * English heading and summary. A summary restates what the section says, never more:
 * figures, dates and names are the plan's own.
 */
import type { Shape } from './lang.ts';
import type { PlanGloss, planPage as planPageVi } from './plan-page.vi.ts';

const gloss: PlanGloss = {
  title: 'Plan for the emulation movement “Lạng Sơn joins the whole country for the poor – No one left behind”, 2021–2025',
  quoteNote: 'The plan’s text, in Vietnamese as issued by the Provincial People’s Committee.',
  preamble:
    'Legal basis: the Prime Minister’s Decision No. 666/QD-TTg of 2 June 2022, which launched the national movement “The whole country joins hands for the poor – No one left behind” for 2021–2025, and Resolution No. 47-NQ/TU of 9 September 2021 of the Provincial Party Executive Committee on sustainable poverty reduction in Lạng Sơn for 2021–2025, with a vision to 2030. On this basis the Provincial People’s Committee issues the plan of the provincial movement (“the emulation movement”).',
  closing:
    'The Provincial People’s Committee calls on every level, every sector and all the people to take part in the movement. Difficulties are to be reported to the Department of Home Affairs (through the Emulation and Commendation Board), which reports to the Provincial People’s Committee. Then come the list of recipients of the plan and the signature of the Chairman, for the Provincial People’s Committee.',
  sections: {
    I: { heading: 'Purpose and requirements', summary: 'Why the province runs the movement and how it must be run.' },
    'I.1': { heading: 'Purpose', summary: 'Four purposes of the movement.' },
    'I.1.a': {
      heading: 'Unite society behind poverty reduction',
      summary:
        'Bring together the political system, society and communities to raise awareness and initiative, and to carry out the poverty-reduction policies of the Party and the State and sustainable poverty reduction in Lạng Sơn for 2022–2025, with a vision to 2030.',
    },
    'I.1.b': {
      heading: 'Self-reliance',
      summary: 'Strengthen the national movement “For the poor – No one left behind” and people’s own will to escape poverty, towards the national goal “For a Vietnam free of hunger and poverty”.',
    },
    'I.1.c': {
      heading: 'Multidimensional, inclusive, sustainable poverty reduction',
      summary:
        'Limit falling back into poverty and new poverty; help poor households rise above the minimum living standard and reach the basic social services of the national multidimensional poverty standard; help poor districts and especially difficult communes leave poverty.',
    },
    'I.1.d': {
      heading: 'Change awareness and mobilise resources',
      summary: 'Make every level, sector and the whole of society take responsibility for sustainable poverty reduction, and mobilise the resources of society for it.',
    },
    'I.2': { heading: 'Requirements', summary: 'Three requirements on how the movement is run.' },
    'I.2.a': {
      heading: 'A central, regular task',
      summary: 'The movement is a central and regular task of every level and sector, from the province to the grassroots, and of the emulation clusters until 2025, with a vision to 2030.',
    },
    'I.2.b': {
      heading: 'Broad and practical',
      summary: 'The movement reaches from the province to the grassroots in varied, practical forms suited to each level and sector, relying on people’s voluntary participation.',
    },
    'I.2.c': {
      heading: 'Exemplary people and models',
      summary: 'Find, support and spread exemplary people, initiatives and good practice, and honour and commend the groups, individuals and households with outstanding achievements.',
    },
    II: { heading: 'Content of the movement', summary: 'The targets of the movement and what each participant competes to do.' },
    'II.1': {
      heading: 'Targets',
      summary:
        'Keep reducing the multidimensional poverty rate by 2–3% a year; reduce the poverty rate among ethnic minority households by more than 3% a year; by 2025, at least one district leaves poverty.',
    },
    'II.2': {
      heading: 'Provincial departments and sectors',
      summary:
        'Provincial departments and sectors, with the Fatherland Front and the socio-political organisations, carry out the movement, issue policies and propose solutions to reduce the poverty rate; poverty-reduction staff work alongside the poor; businesses and individuals inside and outside the province are mobilised to help the poor and poor areas.',
    },
    'II.3': {
      heading: 'Fatherland Front and mass organisations',
      summary:
        'The Fatherland Front and the socio-political organisations at every level step up communication and mobilisation for sustainable poverty reduction and social security, continue the yearly “For the poor” campaign and month, and monitor the movement.',
    },
    'II.4': {
      heading: 'District and commune People’s Committees',
      summary:
        'District and commune People’s Committees set local poverty-reduction measures, mobilise resources for poor areas, spread good models and initiatives, link the movement with the New Rural Development movement, and secure land, jobs and basic services (health, education, housing, water, sanitation, information) for the poor.',
    },
    'II.5': { heading: 'Villages and communities', summary: 'Villages and communities help one another out of poverty and support the poor in work and production.' },
    'II.6': {
      heading: 'Public servants and Party members',
      summary: 'Public servants and workers help poor districts and especially difficult communes and villages; Party committees, authorities and Party members help poor households and difficult areas.',
    },
    'II.7': { heading: 'Businesses and better-off households', summary: 'Businesses help poor districts and especially difficult communes and villages; better-off households help poor households.' },
    'II.8': { heading: 'Households', summary: 'Households work, produce and leave poverty sustainably, and help other households do the same.' },
    III: { heading: 'Measures', summary: 'How the movement is led, communicated and checked.' },
    'III.1': {
      heading: 'Leadership',
      summary:
        'Strengthen the leadership of Party committees, Party organisations and authorities at every level, and the responsibility of their heads for running the movement, reviewing it and commending those with outstanding achievements.',
    },
    'III.2': {
      heading: 'Provincial bodies and districts',
      summary:
        'Provincial departments, the Fatherland Front, the socio-political organisations and district People’s Committees run the movement with concrete content and criteria, avoid formality and waste, review it and hold the final review in 2025.',
    },
    'III.3': {
      heading: 'Press and media',
      summary:
        'The Department of Information and Communications, with the Propaganda Board of the Provincial Party Committee, the Department of Home Affairs and the Department of Labour, Invalids and Social Affairs, directs the provincial press to cover the movement and to find and praise good models and exemplary people.',
    },
    'III.4': {
      heading: 'Yearly checks',
      summary: 'The Department of Home Affairs, with the Department of Labour, Invalids and Social Affairs, checks the movement in agencies and units every year and prepares the final review in 2025.',
    },
    IV: { heading: 'Criteria of the movement and forms of commendation', summary: 'What each kind of participant must achieve, and the commendations it can receive.' },
    'IV.1': { heading: 'Criteria', summary: 'The criteria for each kind of participant.' },
    'IV.1.a': {
      heading: 'Provincial departments, sectors, the Fatherland Front and socio-political organisations',
      summary:
        'Issue guidance on poverty-reduction policies on time; propose policies tied to the multidimensional poverty standard; mobilise resources and spread sustainable models; for the Vietnam Bank for Social Policies and credit institutions, lend effectively to poor, near-poor and newly non-poor households.',
    },
    'IV.1.b': {
      heading: 'Districts',
      summary:
        'A poor district reduces its multidimensional poverty rate by 6% a year or more for the 3 consecutive years before it is proposed for commendation. Other districts: by 4% a year or more for 3 consecutive years, or the number of poor and near-poor households falls by more than 50% from the start of the period.',
    },
    'IV.1.c': {
      heading: 'Communes',
      summary:
        'An especially difficult commune reduces its multidimensional poverty rate by 6% a year or more for 3 consecutive years, or the number of poor and near-poor households falls by more than 50% from the start of the period. Communes of zone III, II and I in ethnic minority and mountainous areas: the number of poor and near-poor households falls by more than 50% from the start of the period.',
    },
    'IV.1.d': {
      heading: 'Villages',
      summary:
        'Carry out poverty-reduction policies effectively and help poor households produce; clearly improve the living conditions of the poor and their access to basic services; the number of poor and near-poor households falls by more than 50% from the start of the period.',
    },
    'IV.1.đ': {
      heading: 'Households',
      summary:
        'Register voluntarily to leave poverty, with initiatives in work and production, using loans of the Vietnam Bank for Social Policies as intended and repaying on time; or help poor, near-poor and newly non-poor households effectively.',
    },
    'IV.1.e': {
      heading: 'Public servants and poverty-reduction staff',
      summary: 'Initiatives in drafting and advising on policies and in carrying out poverty reduction; or help to poor districts, especially difficult communes and villages, and the poor.',
    },
    'IV.1.g': {
      heading: 'Businesses (state companies, enterprises, cooperatives and unions of cooperatives)',
      summary:
        'Contribute practically to poverty reduction and help poor districts, especially difficult communes and villages; link poor, near-poor and newly non-poor households into production and sales; for banks and credit institutions, lend effectively to these households.',
    },
    'IV.2': { heading: 'Forms of commendation and standards', summary: 'The commendations the movement can lead to, and the rules they follow.' },
    'IV.2.a': {
      heading: 'Forms of commendation',
      summary:
        'Labour Order; Certificate of Merit of the Prime Minister; Certificate of Merit of the Chairman of the Provincial People’s Committee; Certificates of Commendation from the heads of provincial departments, sectors, enterprises and mass organisations and from the chairmen of district and city People’s Committees.',
    },
    'IV.2.b': {
      heading: 'Standards',
      summary:
        'Commendations of outstanding groups, families and individuals follow the law on emulation and commendation and the guidance of the Central Emulation and Commendation Board and of the Department of Home Affairs.',
    },
    V: { heading: 'Timetable', summary: 'When each step of the movement takes place.' },
    'V.1': {
      heading: 'Implementation plans, third quarter of 2022',
      summary: 'Provincial departments, the Fatherland Front, the socio-political organisations and district People’s Committees draw up their plans for the movement in the third quarter of 2022.',
    },
    'V.2': {
      heading: 'Mid-term review in 2023, final review in 2025',
      summary: 'The same bodies hold a mid-term review and grant commendations within their authority in 2023, and a final review of the movement in 2025.',
    },
    'V.3': {
      heading: 'Final review with the national target programme, 2025',
      summary:
        'In 2025 the Department of Home Affairs, with the Department of Labour, Invalids and Social Affairs, prepares the final review of the movement together with that of the National Target Programme for Sustainable Poverty Reduction 2021–2025, and proposes commendations.',
    },
    VI: { heading: 'Organisation', summary: 'Who does what to carry out the plan.' },
    'VI.1': {
      heading: 'Emulation and Commendation Councils',
      summary:
        'Emulation and Commendation Councils at every level work with the steering committees of the national target programmes at the same level; members of the provincial Council in charge of emulation clusters monitor, check and urge the agencies and units.',
    },
    'VI.2': {
      heading: 'Departments, districts and the press',
      summary:
        'Provincial departments, the Fatherland Front, the socio-political organisations and district People’s Committees build their own movements on this one and answer for their content, quality and timing; the media open special pages and columns on the movement and its exemplary people.',
    },
    'VI.3': {
      heading: 'Communication and mobilisation',
      summary: 'The Fatherland Front, the socio-political organisations and the media at every level mobilise members and the people to take part and help the poor.',
    },
    'VI.4': {
      heading: 'Yearly reports',
      summary:
        'Every year, provincial departments, the Fatherland Front, the socio-political organisations and district People’s Committees report on the movement to the Department of Home Affairs (Emulation and Commendation Board), which reports to the Chairman of the Provincial People’s Committee.',
    },
    'VI.5': {
      heading: 'Checks and supervision',
      summary:
        'The standing bodies of the steering committee of the national target programmes for 2021–2025 and of the Emulation and Commendation Council check and supervise the movement together with the sustainable poverty-reduction programme.',
    },
    'VI.6': {
      heading: 'Department of Home Affairs',
      summary: 'The Department of Home Affairs, with the Department of Labour, Invalids and Social Affairs, runs and urges the movement and reports its results to the Provincial People’s Committee.',
    },
  },
};

export const planPage = {
  title: 'Plan of the emulation movement, 2021–2025',
  description:
    'The full text of the plan for the emulation movement “Lạng Sơn joins the whole country for the poor – No one left behind”, 2021–2025, in Vietnamese with an English summary of each section, each section linked to its results.',
  intro:
    'The full text of the plan of the Provincial People’s Committee, in Vietnamese exactly as this site received it, with an English heading and summary for each section. Beside each target, criterion and form of commendation is a link to its results on this site; the timetable says what has taken place, and the organisation part says who does what and where to see the results.',
  tocHeading: 'Contents',
  preambleHeading: 'Legal basis',
  closingHeading: 'End of the document',
  sectionLabel: (number: string) => `Section ${number}`,
  gloss,
  resultsHeading: 'Results on this site',
  targetLine: (year: number, status: string) => `${year}: ${status}`,
  seeProgress: 'year by year',
  criterionCounts: (met: string, notMet: string, unknown: string) => `${met} met, ${notMet} not met, ${unknown} without enough data`,
  seeEvaluations: 'results of each unit',
  noEvaluations: 'no unit has been assessed yet',
  dossier: 'Assessed from dossiers: this criterion cannot be measured with the review figures, so the site does not score it.',
  citedBy: 'Commendations citing this criterion:',
  citedByNone: 'No commendation in the data cites this criterion yet.',
  awardCount: (n: string) => `${n} ${n === '1' ? 'commendation' : 'commendations'} in the data`,
  milestonesHeading: 'Milestones and what has taken place',
  milestoneHappened: 'Taken place',
  milestones: {
    'ke-hoach-trien-khai-2022': { when: 'Third quarter of 2022', what: 'Provincial departments, sectors and mass organisations and the district and city People’s Committees draw up their implementation plans' },
    'so-ket-2023': { when: '2023', what: 'Mid-term review and commendations within each body’s authority' },
    'tong-ket-2025': { when: '2025', what: 'Final review of the movement' },
    'tong-ket-ctmtqg-2025': {
      when: '2025',
      what: 'Final review of the movement together with that of the National Target Programme for Sustainable Poverty Reduction 2021–2025; proposals for commendation',
    },
  },
  noInformation: 'No information yet',
  responsibilitiesHeading: 'Who does what, and where to see the results',
  responsibilityColumns: { item: 'Section', who: 'Who', what: 'What', where: 'Results on this site' },
  responsibilities: {
    'VI.1': {
      who: 'Emulation and Commendation Councils at every level, with the steering committees of the national target programmes at the same level',
      what: 'Agree on the content and measures; members of the provincial Council in charge of emulation clusters monitor, check and urge',
      where: ['awards', 'criteria'],
      note: undefined,
    },
    'VI.2': {
      who: 'Provincial departments and sectors, the Fatherland Front and the provincial socio-political organisations, district and city People’s Committees; the media',
      what: 'Build their own movements, guide and carry them out; the press covers the movement, opens special pages and columns and presents exemplary people',
      where: ['profiles', 'updates'],
      note: undefined,
    },
    'VI.3': {
      who: 'The Fatherland Front and the socio-political organisations at every level, the media',
      what: 'Communicate and mobilise members and the people to help the poor',
      where: ['profiles', 'updates'],
      note: undefined,
    },
    'VI.4': {
      who: 'Provincial departments and sectors, the Fatherland Front and the provincial socio-political organisations, district and city People’s Committees',
      what: 'Report every year to the Department of Home Affairs (Emulation and Commendation Board), which reports to the Chairman of the Provincial People’s Committee',
      where: ['data'],
      note: 'The yearly reports have not been published; the site has the results of every yearly review of poor households.',
    },
    'VI.5': {
      who: 'The standing bodies of the steering committee of the national target programmes and of the Emulation and Commendation Council at the same level',
      what: 'Check and supervise the movement together with the sustainable poverty-reduction programme',
      where: [],
      note: 'Not on this site: the results of the checks have not been published.',
    },
    'VI.6': {
      who: 'The Department of Home Affairs, with the Department of Labour, Invalids and Social Affairs',
      what: 'Run and urge the movement; report its results to the Provincial People’s Committee',
      where: ['progress', 'criteria', 'awards'],
      note: undefined,
    },
  },
  places: {
    progress: 'Progress against the plan',
    criteria: 'Criteria and assessments',
    awards: 'Commendations',
    profiles: 'Exemplary people and models',
    updates: 'News',
    data: 'Open data',
  },
} as const satisfies Shape<typeof planPageVi>;
