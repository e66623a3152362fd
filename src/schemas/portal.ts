import { z } from 'astro/zod';
import { TextSchema, UrlSchema, translationsOf } from './common.ts';

/**
 * The government portal (门户网站) this site sits under as a 专题 (a topic site), for example on a
 * 集约化 platform that hosts every site of a government at sub-paths: every page's header then links
 * back to it (返回门户). To let the portal also frame the site, see FRAME_ANCESTORS in
 * docs/HOSTING.md.
 */
export const PortalSchema = z
  .strictObject({
    name: TextSchema.describe('门户网站的名称，照门户自己的写法，如“××州人民政府” — the portal’s name, as the portal writes it'),
    url: UrlSchema.describe('门户网站首页网址 — the address of the portal’s home page'),
    translations: translationsOf({ name: TextSchema }),
  })
  .describe('本站所属的政府门户网站；设置后每页页头显示“返回门户” — the government portal this site belongs to; when set, every page’s header links back to it');

export type Portal = z.output<typeof PortalSchema>;
