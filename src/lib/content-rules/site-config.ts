import { PLACEHOLDER_LANGUAGES } from '../../i18n/languages.ts';
import { SiteConfigSchema } from '../../schemas/site-config.ts';
import { parseWith } from './parse.ts';
import { pushInto, type Problem } from './problems.ts';
import { field, list, type RawContent } from './raw-content.ts';

/** Site settings (content/site.json): its schema, and placeholder test languages only in synthetic content. */

/** Checks content/site.json, when present, adding what is wrong to `problems`. */
export function checkSiteConfig(content: RawContent, problems: Problem[]): void {
  const siteConfig = content.siteConfig;
  if (!siteConfig) return;
  const push = pushInto(problems);
  parseWith(SiteConfigSchema, siteConfig, problems);
  list(field(siteConfig.data, 'languages')).forEach((tag, index) => {
    if (typeof tag === 'string' && PLACEHOLDER_LANGUAGES.includes(tag) && !content.synthetic) {
      push(siteConfig, ['languages', index], `${tag} 是测试用的占位语言（文字不是译文），只能用于带 synthetic.json 标记的测试或演示内容`, `${tag} is a placeholder test locale (its strings are not a translation) and is allowed only in synthetic test or demo content (with synthetic.json)`);
    }
  });
}
