import type { Dictionary } from '../dictionary.ts';

/** What the reading switches in every page's header say (large text, high contrast). Part of the English dictionary (../en.ts), in the Chinese one's order. */
export const enReading: Pick<Dictionary, 'reading'> = {
  reading: {
    label: 'Reading aids',
    modes: {
      'large-text': 'Large text',
      'high-contrast': 'High contrast',
    },
    on: ' (on)',
  },
};
