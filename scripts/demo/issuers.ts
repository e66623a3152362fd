/**
 * The demo's other issuers: one autonomous-region plan and three county plans, all invented (no real
 * county or region plan with target figures has been found published). Each plan has its own
 * official text, written here and marked 演示 in every title, so the content check's rules for
 * official text hold as they do for real plans. County targets count towards targets of the Ili
 * prefecture's plan, and two of the prefecture's targets count towards the region's (DEMO_LINKS),
 * so contributions, the issuer pages and cross-issuer search have something to show.
 */
import type { Department } from '../../src/schemas/department.ts';
import type { Issuer } from '../../src/schemas/issuer.ts';

/** The real plan's issuer, as the demo places it under the (invented) region plan's issuer. */
export const DEMO_PREFECTURE = 'yili';

/** The prefecture's targets (real ids) that the demo links to the region's plan. */
export const DEMO_LINKS: Record<string, string> = {
  'teeth-fluoride': 'xj-demo-teeth-fluoride',
  'classroom-lighting-upgrade': 'xj-demo-classroom-lighting',
};

interface DemoTarget {
  id: string;
  label: string;
  labelEn: string;
  value?: number;
  unit?: string;
  written?: string;
  kind: 'count' | 'milestone';
  contributesTo?: string;
}

interface DemoPlan {
  issuer: Issuer;
  planId: string;
  title: string;
  /** The department that leads every item, and the one responsible. */
  lead: Department;
  responsible: Department;
  items: { id: string; title: string; titleEn: string; sentence: string; targets: DemoTarget[] }[];
  counties: string[];
}

const demo = '（演示，虚构）';

const dept = (id: string, name: string, en: string, kind: Department['kind'], county?: string): Department => ({ id, name, shortName: name, kind, translations: { en: { name: en, shortName: en } }, ...(county ? { county } : {}) });

const county = (id: string, name: string, en: string, countyId: string, fluoride: number, lighting: number | undefined, local: string, localEn: string): DemoPlan => ({
  issuer: { id, name, translations: { en: { name: en } }, level: 'county', parent: DEMO_PREFECTURE, county: countyId },
  planId: `${id}-2024`,
  title: `${name}2024年民生实事工作方案${demo}`,
  lead: dept(`${id}-health`, `${name}卫生健康委（演示）`, `${en} Health Commission (demo)`, 'county-department', countyId),
  responsible: dept(`${id}-education`, `${name}教育局（演示）`, `${en} Education Bureau (demo)`, 'county-department', countyId),
  counties: [countyId],
  items: [
    {
      id: 'children-health',
      title: '关爱儿童口腔健康和视力健康',
      titleEn: 'Caring for children’s teeth and eyesight',
      sentence: `为${fluoride}名学龄前儿童提供免费口腔局部涂氟${lighting !== undefined ? `，完成${lighting}间中小学教室健康照明改造` : ''}。`,
      targets: [
        { id: `${id}-teeth-fluoride`, label: '为学龄前儿童免费提供口腔局部涂氟', labelEn: 'Free topical fluoride treatment for preschool children', kind: 'count', value: fluoride, unit: '名', written: `${fluoride}名`, contributesTo: 'teeth-fluoride' },
        ...(lighting !== undefined ? [{ id: `${id}-classroom-lighting`, label: '完成中小学教室健康照明改造', labelEn: 'Healthy lighting upgrades in school classrooms', kind: 'count' as const, value: lighting, unit: '间', written: `${lighting}间`, contributesTo: 'classroom-lighting-upgrade' }] : []),
      ],
    },
    { id: 'local-service', title: local, titleEn: localEn, sentence: '年内完成。', targets: [{ id: `${id}-local-service`, label: local, labelEn: localEn, kind: 'milestone' }] },
  ],
});

/** The region plan and the county plans, each with its issuer and the two units it names. */
export const DEMO_PLANS: readonly DemoPlan[] = [
  {
    issuer: { id: 'xinjiang', name: '新疆维吾尔自治区', shortName: '自治区', translations: { en: { name: 'Xinjiang Uygur Autonomous Region', shortName: 'Xinjiang' } }, level: 'region' },
    planId: 'xinjiang-2024',
    title: `自治区2024年民生实事工作方案${demo}`,
    lead: dept('xj-demo-health', '自治区卫生健康委（演示）', 'Region Health Commission (demo)', 'region-department'),
    responsible: dept('xj-demo-education', '自治区教育厅（演示）', 'Region Education Department (demo)', 'region-department'),
    counties: [],
    items: [
      {
        id: 'children-health',
        title: '关爱儿童口腔健康和视力健康',
        titleEn: 'Caring for children’s teeth and eyesight',
        sentence: '为20000名学龄前儿童提供免费口腔局部涂氟，完成12000间中小学教室健康照明改造。',
        targets: [
          { id: 'xj-demo-teeth-fluoride', label: '为学龄前儿童免费提供口腔局部涂氟', labelEn: 'Free topical fluoride treatment for preschool children', kind: 'count', value: 20000, unit: '名', written: '20000名' },
          { id: 'xj-demo-classroom-lighting', label: '完成中小学教室健康照明改造', labelEn: 'Healthy lighting upgrades in school classrooms', kind: 'count', value: 12000, unit: '间', written: '12000间' },
        ],
      },
    ],
  },
  county('yining-city', '伊宁市', 'Yining City', 'yining-city', 1200, 600, '建成3个社区养老服务站', 'Open 3 community elderly care stations'),
  county('chabuchaer', '察布查尔锡伯自治县', 'Qapqal Xibe Autonomous County', 'chabuchaer', 900, 400, '新建一处乡村卫生室', 'Build a village clinic'),
  county('huocheng', '霍城县', 'Huocheng County', 'huocheng', 800, undefined, '完成县城供水管网改造', 'Renew the county town’s water mains'),
];

const NUMERALS = ['一', '二', '三', '四', '五'];
const PROJECT_TITLE = '办好群众身边的民生实事';
const PROJECT_TITLE_EN = 'Livelihood projects close to people’s lives';

/** A sub-item's paragraph of the official text: its numbered sentence, then its two units. */
const paragraph = (plan: DemoPlan, i: number) => {
  const item = plan.items[i]!;
  return `（${NUMERALS[i]}）${item.title}，${item.sentence}\n牵头单位：${plan.lead.shortName}\n责任单位：${plan.responsible.shortName}`;
};

/** A plan's official text: its title, a note that it is invented, one project and its sub-items. */
export function demoSourceText(plan: DemoPlan): string {
  return [plan.title, '本方案为演示数据，由 scripts/demo/issuers.ts 生成，并非任何机关发布的文件。', `一、${PROJECT_TITLE}。`, ...plan.items.map((_, i) => paragraph(plan, i))].join('\n') + '\n';
}

/** The plan file, as content/plans/<id>.json holds it. */
export function demoPlanFile(plan: DemoPlan): Record<string, unknown> {
  return {
    id: plan.planId,
    year: 2024,
    title: plan.title,
    shortTitle: `${plan.issuer.shortName ?? plan.issuer.name}2024年民生实事${demo}`,
    issuer: plan.issuer.name,
    issuerId: plan.issuer.id,
    translations: {
      en: {
        title: `${plan.issuer.translations?.en?.name ?? plan.issuer.name}: 2024 livelihood projects (demo, invented)`,
        shortTitle: `${plan.issuer.translations?.en?.shortName ?? plan.issuer.translations?.en?.name ?? plan.issuer.name} 2024 (demo, invented)`,
        issuer: plan.issuer.translations?.en?.name ?? plan.issuer.name,
        sourceNote: 'Demo data: an invented plan',
      },
    },
    date: null,
    period: { start: '2024-01-01', end: '2024-12-31' },
    source: { title: plan.title, issuer: plan.issuer.name, date: null, file: `sources/${plan.planId}.txt`, note: '演示数据，虚构的方案' },
  };
}

/** The plan's one project, as its MDX front matter holds it. */
export function demoProject(plan: DemoPlan): Record<string, unknown> {
  return {
    plan: plan.planId,
    id: `${plan.planId}-livelihood`,
    number: 1,
    heading: `一、${PROJECT_TITLE}。`,
    title: PROJECT_TITLE,
    shortTitle: PROJECT_TITLE,
    summary: `${plan.issuer.name}的演示方案，数字均为虚构。`,
    translations: { en: { title: PROJECT_TITLE_EN, shortTitle: PROJECT_TITLE_EN, summary: `A demo plan of ${plan.issuer.translations?.en?.name ?? plan.issuer.name}; every figure is invented.` } },
    subItems: plan.items.map((item, i) => ({
      id: item.id,
      number: NUMERALS[i],
      title: item.title,
      translations: { en: { title: item.titleEn } },
      officialText: paragraph(plan, i),
      lead: [plan.lead.id],
      responsible: [plan.responsible.id],
      counties: plan.counties,
      targets: item.targets.map((target) => ({
        id: target.id,
        label: target.label,
        translations: { en: { label: target.labelEn } },
        kind: target.kind,
        ...(target.value !== undefined ? { value: target.value, unit: target.unit, comparator: 'stated', written: target.written } : {}),
        ...(target.contributesTo ? { contributesTo: target.contributesTo } : {}),
      })),
    })),
  };
}
