import type { Status } from '../model/status.ts';

/** How a status looks: a glyph and a tone, so colour is never the only signal (the label is text too). */
export interface StatusLook {
  /** A glyph shown before the label, hidden from screen readers. */
  icon: string;
  /** CSS tone: good, caution, bad or neutral. */
  tone: 'good' | 'caution' | 'bad' | 'neutral';
}

/** The look of each status. */
export const STATUS_LOOK: Record<Status, StatusLook> = {
  exceeded: { icon: '★', tone: 'good' },
  completed: { icon: '✓', tone: 'good' },
  ahead: { icon: '▲', tone: 'good' },
  'on-track': { icon: '●', tone: 'good' },
  behind: { icon: '▼', tone: 'caution' },
  'not-started': { icon: '○', tone: 'caution' },
  'partially-met': { icon: '◐', tone: 'caution' },
  'not-met': { icon: '✕', tone: 'bad' },
  ongoing: { icon: '↻', tone: 'neutral' },
  planned: { icon: '◇', tone: 'neutral' },
  unassessed: { icon: '?', tone: 'neutral' },
  'no-data': { icon: '–', tone: 'neutral' },
};
