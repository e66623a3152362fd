import type { Dictionary } from './dictionary.ts';
import type { Status } from '../lib/model/status.ts';
import type { Comparator } from '../schemas/target.ts';
import { enData } from './en/data.ts';
import { enIssuers } from './en/issuers.ts';
import { enGovSite } from './en/govsite.ts';
import { enPlan } from './en/plan.ts';
import { enReading } from './en/reading.ts';
import { enReports } from './en/reports.ts';

/** Every UI string of the English edition: the same shape as zh-CN.ts, in the same order. */
export const en: Dictionary = {
  lang: 'en',
  dir: 'ltr',
  /** How this language names itself in the language switcher. */
  autonym: 'English',
  /** Numbers: always grouped (13,700), never compact; goals show formatted numbers, not the plan's Chinese wording. */
  numbers: {
    compactFrom: null,
    planWording: false,
    quantity: (number: string, unit: string) => (unit === '' ? number : unit === '%' ? `${number}%` : `${number} ${unit}`),
  },
  /** Unit names as content writes them (Chinese) → English; a missing unit shows as written. */
  units: {
    户: 'households',
    人: 'people',
    名: 'people',
    名学生: 'students',
    家企业: 'businesses',
    个: 'units',
    项: 'items',
    间: 'rooms',
    栋: 'buildings',
    座: 'structures',
    场次: 'events',
    人次: 'person-times',
    公里: 'km',
    '%': '%',
    '微克/立方米': 'μg/m³',
    '㎡': 'm²',
  },
  /** Punctuation and small compositions that differ between languages. */
  punct: {
    colon: ': ',
    list: ', ',
    clause: ', ',
    end: '.',
    paren: (text: string) => ` (${text})`,
    title: (title: string) => `"${title}"`,
    labelled: (label: string, text: string) => `${label}: ${text}`,
    projectNumber: (n: number) => `${n}. `,
    subItemNumber: (_numeral: string, n: number) => `(${n})`,
    numbered: (n: number) => String(n),
  },
  language: {
    switcher: 'Language',
    /** Shown where content has no translation in this language and appears in Chinese. */
    untranslated: 'Some names or descriptions on this page have not been translated into English yet; they are shown in the original Chinese.',
    /** On a plain-language explanation (MDX body) that exists only in Chinese. */
    bodyUntranslated: 'This explanation has not been translated into English yet; it is shown in the original Chinese.',
    /** On the official text: shown in the original language. */
    officialOriginal: 'This is the official text of the plan, shown in the original Chinese. Translations on this site are for reference only.',
    /** On content translations made by the site. */
    translationNote: 'Translated by this site, not an official translation; the Chinese original prevails.',
    /** A test locale whose strings are placeholders; empty for real languages. */
    placeholder: '',
  },
  site: {
    name: 'Livelihood Projects Tracker',
    tagline: 'How far along are the livelihood projects the government promised?',
    description:
      "Every target of the Ili Kazakh Autonomous Prefecture's annual livelihood projects, with its lead unit, responsible units and sourced progress.",
    skip: 'Skip to main content',
    nav: { home: 'Home', reports: 'Progress reports', issuers: 'Issuers', departments: 'Departments', counties: 'Counties and cities', about: 'Methodology' },
    navLabel: 'Main navigation',
    /** Before the name of the portal the site sits under (content/site.json `portal`). */
    portalBack: 'Back to the portal',
    footerSource: "Sources: the official text of each year's livelihood projects work plan, and progress reports that name their sources.",
    footerHonesty: 'This site never invents progress figures; targets without a public source show "No data yet".',
  },
  status: {
    exceeded: 'Exceeded',
    completed: 'Completed',
    ahead: 'Ahead of schedule',
    'on-track': 'On schedule',
    behind: 'Behind schedule',
    'not-started': 'Not started',
    'no-data': 'No data yet',
    ongoing: 'Ongoing',
    'partially-met': 'Partially met',
    'not-met': 'Not met',
    planned: 'Planned',
    unassessed: 'Cannot be assessed',
  } satisfies Record<Status, string>,
  kind: {
    count: 'Count',
    percentage: 'Percentage',
    milestone: 'Milestone',
    ongoing: 'Standing duty',
    external: 'Target set by a higher authority',
  },
  comparator: {
    'at-least': 'at least',
    about: 'about',
    stated: 'complete',
    zero: 'reduced to zero and kept there',
    'full-coverage': 'full coverage',
  },
  comparatorGoal: (comparator: Comparator, quantity: string) =>
    comparator === 'zero' ? 'reduced to zero and kept there' : comparator === 'full-coverage' ? `full coverage (${quantity})` : comparator === 'stated' ? quantity : `${comparator === 'about' ? 'about' : 'at least'} ${quantity}`,
  direction: { higher: 'Higher is better', lower: 'Lower is better' },
  milestoneState: { planned: 'Planned', met: 'Completed', 'partially-met': 'Partially met', 'not-met': 'Not met' },
  ...enPlan,
  ...enReports,
  ...enData,
  ...enIssuers,
  ...enReading,
  ...enGovSite,
  notFound: { title: 'Page not found', body: 'The address may be wrong, or the page may have moved.', home: 'Back to the home page' },
  breadcrumb: 'You are here',
};
