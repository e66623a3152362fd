import type { Status } from '../lib/model/status.ts';
import type { Comparator } from '../schemas/target.ts';
import { zhCNData } from './zh-CN/data.ts';
import { zhCNIssuers } from './zh-CN/issuers.ts';
import { zhCNGovSite } from './zh-CN/govsite.ts';
import { zhCNPlan } from './zh-CN/plan.ts';
import { zhCNReading } from './zh-CN/reading.ts';
import { zhCNReports } from './zh-CN/reports.ts';

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * A project number as the plan writes it, 1–99.
 * @example chineseNumeral(7) // "七"; chineseNumeral(12) // "十二"
 */
export function chineseNumeral(n: number): string {
  if (n <= 10) return NUMERALS[n] ?? String(n);
  if (n < 20) return `十${NUMERALS[n - 10]}`;
  if (n < 100) return `${NUMERALS[Math.floor(n / 10)]}十${NUMERALS[n % 10]}`;
  return String(n);
}

/**
 * Every UI string of the Chinese edition. Components take words from here, never from literals,
 * so a second language is a second dictionary of the same shape.
 */
export const zhCN = {
  lang: 'zh-CN',
  dir: 'ltr',
  /** How this language names itself in the language switcher. */
  autonym: '中文',
  /** Numbers: grouped below compactFrom, Intl compact notation (1.37万) from it; null: never compact. */
  numbers: {
    compactFrom: 10_000 as number | null,
    /** Whether goals show the plan's own wording of a figure (written: 1.37万户) rather than a formatted number. */
    planWording: true as boolean,
    quantity: (number: string, unit: string) => `${number}${unit}`,
  },
  /** Unit names as content writes them (Chinese) → this language's; a missing unit shows as written. */
  units: {} as Record<string, string>,
  /** Punctuation and small compositions that differ between languages. */
  punct: {
    colon: '：',
    list: '、',
    clause: '，',
    end: '。',
    paren: (text: string) => `（${text}）`,
    title: (title: string) => `《${title}》`,
    labelled: (label: string, text: string) => `${label}：${text}`,
    projectNumber: (n: number) => `${chineseNumeral(n)}、`,
    subItemNumber: (numeral: string, _n: number) => `（${numeral}）`,
    numbered: (n: number) => chineseNumeral(n),
  },
  language: {
    switcher: '语言',
    /** Shown where content has no translation in this language and appears in Chinese. */
    untranslated: '',
    /** On a plain-language explanation (MDX body) that exists only in Chinese. */
    bodyUntranslated: '',
    /** On the official text: shown in the original language. */
    officialOriginal: '',
    /** On content translations made by the site. */
    translationNote: '',
    /** A test locale whose strings are placeholders; empty for real languages. */
    placeholder: '',
  },
  site: {
    name: '民生实事公开',
    tagline: '政府承诺办的民生实事，做到哪一步了',
    description: '公开伊犁哈萨克自治州年度民生实事的每一项目标、牵头单位、责任单位和有来源的进度。',
    skip: '跳到正文',
    nav: { home: '首页', reports: '进度报告', issuers: '发布机关', departments: '部门', counties: '县市', about: '方法说明' },
    navLabel: '主导航',
    /** Before the name of the portal the site sits under (content/site.json `portal`). */
    portalBack: '返回门户',
    footerSource: '数据来源：各年度民生实事工作方案原文及其注明来源的进度报告。',
    footerHonesty: '本站不编造进度数字；没有公开来源的指标显示为“暂无数据”。',
  },
  status: {
    exceeded: '超额完成',
    completed: '已完成',
    ahead: '超序时',
    'on-track': '按序时推进',
    behind: '慢于序时',
    'not-started': '未开始',
    'no-data': '暂无数据',
    ongoing: '常态化推进',
    'partially-met': '部分完成',
    'not-met': '未完成',
    planned: '计划中',
    unassessed: '无法评估',
  } satisfies Record<Status, string>,
  kind: {
    count: '数量',
    percentage: '百分比',
    milestone: '里程碑',
    ongoing: '常态化工作',
    external: '上级下达目标',
  },
  comparator: {
    'at-least': '不低于',
    about: '约',
    stated: '完成',
    zero: '动态清零',
    'full-coverage': '全覆盖',
  },
  /** A goal from its comparator and formatted quantity, where content gives no wording of its own. */
  comparatorGoal: (comparator: Comparator, quantity: string) =>
    comparator === 'zero' ? '动态清零' : comparator === 'full-coverage' ? `${quantity}覆盖` : comparator === 'stated' ? quantity : `${comparator === 'about' ? '约' : '不低于'}${quantity}`,
  direction: { higher: '越高越好', lower: '越低越好' },
  milestoneState: { planned: '计划中', met: '已完成', 'partially-met': '部分完成', 'not-met': '未完成' },
  ...zhCNPlan,
  ...zhCNReports,
  ...zhCNData,
  ...zhCNIssuers,
  ...zhCNReading,
  ...zhCNGovSite,
  notFound: { title: '找不到这个页面', body: '网址可能有误，或页面已移动。', home: '回到首页' },
  breadcrumb: '当前位置',
} as const;
