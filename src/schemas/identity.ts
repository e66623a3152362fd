import { z } from 'astro/zod';
import { TextSchema, UrlSchema, bilingual } from './common.ts';

/**
 * The site's identifiers as China's rules for government websites require them in every page's
 * footer (《政府网站发展指引》, 国办发〔2017〕47号, 页面底部功能区). Every key is optional and empty in
 * content/ until the office supplies its real values: the site never invents an identifier or a
 * contact. Where each one comes from: docs/HOSTING.md.
 */

/** 网站标识码: ten digits, or `bm` and eight digits (a department's site). */
export const SITE_CODE_PATTERN = /^(?:\d{10}|bm\d{8})$/;
/** ICP备案编号: a province's one-character short name, ICP备, eight or more digits, 号, and an optional -N. */
export const ICP_PATTERN = /^\p{Script=Han}ICP备\d{8,}号(?:-\d+)?$/u;
/** 公安机关备案号: a province's short name, 公网安备, fourteen digits, 号. */
export const PUBLIC_SECURITY_PATTERN = /^\p{Script=Han}公网安备(\d{14})号$/u;
/** The placeholders a 找错 link may hold: the site code and the page's address. */
export const ERROR_REPORT_PLACEHOLDERS = ['{siteCode}', '{url}'] as const;

/** A local raster image under content/identity/, published at the same path (src/node/badge.ts checks its bytes). */
const BadgeImageSchema = z.string().regex(/^identity\/[a-z0-9][a-z0-9-]*\.(?:png|gif|jpg)$/, {
  error: bilingual('应为 identity/ 目录下的 .png、.gif 或 .jpg 图片（不接受 SVG：可含脚本），文件名用小写字母、数字和连字符，例如 identity/dzjg.png', 'a .png, .gif or .jpg image under identity/ named in lower-case letters, digits and hyphens is expected (no SVG: it can hold a script), e.g. identity/dzjg.png'),
});

/** An http(s) URL that may hold {siteCode} and {url}, filled in per page. */
const ErrorReportUrlSchema = z.string().refine((value) => UrlSchema.safeParse(ERROR_REPORT_PLACEHOLDERS.reduce((url, key) => url.replaceAll(key, 'x'), value)).success, {
  error: bilingual('应为以 http:// 或 https:// 开头的网址，可含 {siteCode} 和 {url}', 'an http:// or https:// URL is expected; it may hold {siteCode} and {url}'),
});

export const IdentitySchema = z
  .strictObject({
    host: TextSchema.optional().describe('主办单位（网站的主办机关全称） — the body that hosts the site (主办单位)'),
    organiser: TextSchema.optional().describe('承办单位（负责网站运维的单位） — the body that runs it (承办单位)'),
    siteCode: z
      .string()
      .regex(SITE_CODE_PATTERN, { error: bilingual('网站标识码应为 10 位数字，或 bm 加 8 位数字', 'a site code (网站标识码) is ten digits, or bm and eight digits') })
      .optional()
      .describe('网站标识码：10 位数字，或 bm 加 8 位数字（由全国政府网站信息报送系统赋予） — the government site code'),
    icp: z
      .string()
      .regex(ICP_PATTERN, { error: bilingual('ICP 备案编号应形如 新ICP备12345678号 或 新ICP备12345678号-1', 'an ICP number is written like 新ICP备12345678号 or 新ICP备12345678号-1') })
      .optional()
      .describe('ICP 备案编号，如 新ICP备12345678号-1；页脚链接到工信部备案查询 — ICP filing number, linked to its public lookup'),
    publicSecurity: z
      .string()
      .regex(PUBLIC_SECURITY_PATTERN, { error: bilingual('公安机关备案号应形如 新公网安备65400002000001号（14 位数字）', 'a public-security filing number is written like 新公网安备65400002000001号 (fourteen digits)') })
      .optional()
      .describe('公安机关备案号，如 新公网安备65400002000001号；页脚链接到全国互联网安全管理服务平台查询 — public-security filing number, linked to its public lookup'),
    contact: z
      .strictObject({
        phone: z
          .string()
          .regex(/^\+?[0-9][0-9 ()-]{4,28}[0-9]$/, { error: bilingual('电话号码只能含数字、空格、括号、连字符和开头的 +，例如 0999-8023456', 'a phone number holds digits, spaces, brackets, hyphens and a leading +, e.g. 0999-8023456') })
          .optional()
          .describe('联系电话 — phone'),
        email: z.email({ error: bilingual('应为电子邮箱地址', 'an email address is expected') }).optional().describe('联系邮箱 — email'),
        address: TextSchema.optional().describe('通信地址 — postal address'),
      })
      .optional()
      .describe('网站联系方式，显示在每页页脚 — the site’s contact, in every footer'),
    errorReportUrl: ErrorReportUrlSchema.optional().describe(
      '“我为政府网站找错”入口；可含 {siteCode}（网站标识码）和 {url}（当前页面网址），如 https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code={siteCode}&url={url} — the error-report entrance; {siteCode} and {url} are filled in per page',
    ),
    disclosureUrl: UrlSchema.optional().describe('依申请公开（政府信息公开申请）入口 — where to request government information (依申请公开)'),
    badge: z
      .strictObject({
        image: BadgeImageSchema.describe('党政机关网站标识图片，存放在 content/identity/ 下 — the badge image, kept under content/identity/'),
        url: UrlSchema.describe('标识的验证链接（开办单位注册后获得） — the badge’s verification link'),
      })
      .optional()
      .describe('党政机关网站标识（本地图片与验证链接，不引用第三方脚本） — the Party and government website badge: a local image and its verification link, no third-party script'),
  })
  .describe('网站标识信息，显示在每页页脚；由网站主办单位提供真实值，未提供时留空，本站不代填 — the site’s identifiers for every footer, supplied by the office; left out until it does, never invented');

export type Identity = z.output<typeof IdentitySchema>;
