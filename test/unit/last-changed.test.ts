import { describe, expect, it } from 'vitest';
import { lastChanged, type ChangeFacts } from '../../src/lib/web/last-changed.ts';
import { shortLinkRules } from '../../src/lib/web/short-links.ts';

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
    ['/', none, '2024-01-01'],
    ['/2024/targets/a/', none, '2024-01-01'],
    ['/', two, '2024-08-09'],
    ['/about/', two, '2024-08-09'],
    ['/2024/', two, '2024-08-09'],
    ['/2024/targets/a/', two, '2024-08-09'],
    ['/2024/targets/b/', two, '2024-07-10'],
    ['/2024/targets/c/', two, '2024-01-01'],
    ['/2024/reports/2024-06-30/', two, '2024-07-10'],
    ['/2024/targets/b/', adjusted, '2024-07-20'],
    ['/2024/targets/c/', adjusted, '2024-01-01'],
    ['/2024/reports/2024-06-30/', adjusted, '2024-07-10'],
  ])('%s → the day its data last changed', (path, facts, date) => {
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
