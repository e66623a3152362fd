import { SearchTermsSchema } from '../../schemas/search-terms.ts';
import { normalizeSearchText } from '../search/search.ts';
import { parseWith } from './parse.ts';
import { formatFieldPath, pushInto, type Problem } from './problems.ts';
import { field, list, text, type Loose, type RawContent } from './raw-content.ts';

/**
 * Search equivalents (content/search-terms.json): the shape, and that each entry helps find
 * something. A term must be the plan's own wording (it appears in a project file: its titles,
 * official text, targets or their translations); an everyday word must not (search finds it without
 * an entry); no word is listed twice.
 */

/** Every string in a project's frontmatter, normalised for search. */
function wordsOf(data: Loose): string[] {
  if (typeof data === 'string') return [normalizeSearchText(data)];
  if (Array.isArray(data)) return data.flatMap(wordsOf);
  if (data !== null && typeof data === 'object') return Object.values(data).flatMap(wordsOf);
  return [];
}

/** Checks content/search-terms.json, when present, adding what is wrong to `problems`. */
export function checkSearchTerms(content: RawContent, problems: Problem[]): void {
  const raw = content.searchTerms;
  if (!raw || raw.parseError) return;
  const push = pushInto(problems);
  parseWith(SearchTermsSchema, raw, problems);
  const planWords = content.projects.flatMap((project) => wordsOf(project.data)).join('\n');
  const seen = new Map<string, string>();
  const once = (word: string, path: (string | number)[]) => {
    const key = normalizeSearchText(word);
    const first = seen.get(key);
    if (first !== undefined) push(raw, path, `“${word}”已在 ${first} 列出，每个词只能出现一次`, `“${word}” is already listed at ${first}; each word may appear once`);
    else seen.set(key, formatFieldPath(path));
  };
  list(field(raw.data, 'terms')).forEach((entry, i) => {
    const term = text(field(entry, 'term'));
    if (term !== undefined && term.trim() !== '') {
      once(term, ['terms', i, 'term']);
      if (!planWords.includes(normalizeSearchText(term))) {
        push(
          raw,
          ['terms', i, 'term'],
          `方案和项目文件里找不到“${term}”：term 应为方案原文的用语，搜索才能找到它`,
          `“${term}” is not in the plan or any project file: the term must be the plan’s own wording, so that search finds it`,
          { zh: '从方案原文或指标名称中复制用语', en: 'copy the wording from the plan text or a target’s label' },
        );
      }
    }
    list(field(entry, 'equivalents')).forEach((word, j) => {
      if (typeof word !== 'string' || word.trim() === '') return;
      once(word, ['terms', i, 'equivalents', j]);
      if (planWords.includes(normalizeSearchText(word))) {
        push(
          raw,
          ['terms', i, 'equivalents', j],
          `“${word}”本来就出现在方案或项目文件里，不需要列为日常说法`,
          `“${word}” already appears in the plan or a project file; search finds it without this entry`,
        );
      }
    });
  });
}
