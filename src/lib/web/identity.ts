import { PUBLIC_SECURITY_PATTERN, type Identity } from '../../schemas/identity.ts';

/**
 * What the footer links an identifier to, and which identifiers a production site still lacks.
 * Pure: the identity (content/site.json `identity`) is passed in.
 */

/**
 * The footer's link for an ICP number: the ministry's public lookup (it takes no query).
 * @example icpLookupUrl() // "https://beian.miit.gov.cn/"
 */
export const icpLookupUrl = (): string => 'https://beian.miit.gov.cn/';

/**
 * The footer's link for a public-security filing number: the national platform's lookup of it.
 * @example publicSecurityLookupUrl('新公网安备65400002000001号') // "https://beian.mps.gov.cn/#/query/webSearch?code=65400002000001"
 */
export function publicSecurityLookupUrl(number: string): string {
  const code = PUBLIC_SECURITY_PATTERN.exec(number)?.[1] ?? '';
  return `https://beian.mps.gov.cn/#/query/webSearch?code=${code}`;
}

/**
 * The 找错 link of one page: {siteCode} and {url} filled in, each URL-encoded.
 * @example errorReportLink('https://x.example/j?site_code={siteCode}&url={url}', '6540000001', 'https://a.example/2024/') // "https://x.example/j?site_code=6540000001&url=https%3A%2F%2Fa.example%2F2024%2F"
 */
export function errorReportLink(template: string, siteCode: string | undefined, pageUrl: string): string {
  return template.replaceAll('{siteCode}', encodeURIComponent(siteCode ?? '')).replaceAll('{url}', encodeURIComponent(pageUrl));
}

/** The identity keys a production site must have, and the feedback channels that count as one. */
export function missingForProduction(identity: Identity | undefined, feedback: { email?: string; url?: string } | undefined): string[] {
  const missing: string[] = [];
  if (!identity?.host) missing.push('host');
  if (!identity?.siteCode) missing.push('siteCode');
  if (!identity?.icp) missing.push('icp');
  const channel = identity?.errorReportUrl ?? identity?.contact?.phone ?? correctionsContact(feedback, identity);
  if (!channel) missing.push('contact | errorReportUrl | feedback');
  return missing;
}

/**
 * Where readers send a correction of a figure: content/site.json `feedback`, else the site's contact
 * email (`identity.contact.email`); undefined when neither is set (target pages then name the lead units).
 */
export function correctionsContact(feedback: { email?: string; url?: string } | undefined, identity: Identity | undefined): { email?: string; url?: string } | undefined {
  if (feedback) return feedback;
  const email = identity?.contact?.email;
  return email ? { email } : undefined;
}
