import { describe, expect, it } from 'vitest';
import { lastChanged, type ChangeFacts } from '../../src/lib/web/last-changed.ts';
import { shortLinkRules } from '../../src/lib/web/short-links.ts';
import { aboutPath, homePath, planPath, reportPath, targetFeedPath, targetNoticePath, targetPath } from '../../src/lib/web/urls.ts';

const none: ChangeFacts = { plans: [{ id: '2024', date: null, period: { start: '2024-01-01' } }], reports: [] };
const two: ChangeFacts = {
  plans: none.plans,
  reports: [
    { plan: '2024', asOf: '2024-06-30', published: '2024-07-10', targets: ['a', 'b'] },
    { plan: '2024', asOf: '2024-07-31', published: '2024-08-09', targets: ['a'] },
  ],
};

const adjusted: ChangeFacts = { ...two, adjustments: [{ plan: '2024', target: 'b', published: '2024-07-20' }] };

describe('lastChanged', () => {
  it.each([
    [homePath(), none, '2024-01-01'],
    [targetPath('2024', 'a'), none, '2024-01-01'],
    [homePath(), two, '2024-08-09'],
    [aboutPath(), two, '2024-08-09'],
    [planPath('2024'), two, '2024-08-09'],
    [targetPath('2024', 'a'), two, '2024-08-09'],
    [targetPath('2024', 'b'), two, '2024-07-10'],
    [targetPath('2024', 'c'), two, '2024-01-01'],
    [reportPath('2024', '2024-06-30'), two, '2024-07-10'],
    [targetPath('2024', 'b'), adjusted, '2024-07-20'],
    [targetPath('2024', 'c'), adjusted, '2024-01-01'],
    [reportPath('2024', '2024-06-30'), adjusted, '2024-07-10'],
    // Pages under a target's page (its feed, its notice) change with it; pages of other plans do not.
    [targetFeedPath('2024', 'b'), adjusted, '2024-07-20'],
    [targetNoticePath('2024', 'b'), two, '2024-07-10'],
    [planPath('2025'), two, '2024-08-09'],
  ])('%s → the day its data last changed (paths from the URL builders the pages use)', (path, facts, date) => {
    expect(lastChanged(path, facts as ChangeFacts)).toBe(date);
  });
});

describe('shortLinkRules', () => {
  it('writes a 301 rule and an nginx map line for each short link, with and without the trailing slash', () => {
    const { netlify, nginx } = shortLinkRules([{ from: '/t/b/', to: '/2024/targets/b/' }, { from: '/p/a/', to: '/2024/projects/a/' }]);
    expect(netlify.split('\n').filter((l) => l && !l.startsWith('#'))).toEqual(['/p/a/ /2024/projects/a/ 301', '/p/a /2024/projects/a/ 301', '/t/b/ /2024/targets/b/ 301', '/t/b /2024/targets/b/ 301']);
    expect(nginx.split('\n').filter((l) => l && !l.startsWith('#'))).toEqual(['/p/a/ /2024/projects/a/;', '/p/a /2024/projects/a/;', '/t/b/ /2024/targets/b/;', '/t/b /2024/targets/b/;']);
  });
});
