/**
 * How a cloze text is laid out: which runs are inline code (backticks may enclose blanks, as in
 * `docker stats --format "{{.[[Name]]}}"`), and which characters stay glued to each blank so that
 * a line never breaks between `{{.` and its blank. Pure, for the cloze input and its tests.
 */
import type { ClozeQuestion } from '../../quiz-schema';

export type ClozePiece =
  | { kind: 'text'; text: string; code: boolean }
  | { kind: 'blank'; id: string; code: boolean; before: string; after: string };

/** At most this many characters are glued to a blank on each side; longer runs may still wrap. */
const GLUE = 8;

/** Splits the segments into runs, inside or outside inline code. Unpaired backticks stay as typed. */
function codeRuns(segments: ClozeQuestion['segments']): ClozePiece[] {
  const ticks = segments.reduce((count, segment) => {
    return segment.kind === 'text' ? count + segment.text.split('`').length - 1 : count;
  }, 0);
  const paired = ticks % 2 === 0;
  const pieces: ClozePiece[] = [];
  let code = false;
  for (const segment of segments) {
    if (segment.kind === 'blank') {
      pieces.push({ kind: 'blank', id: segment.id, code, before: '', after: '' });
      continue;
    }
    if (!paired) {
      pieces.push({ kind: 'text', text: segment.text, code: false });
      continue;
    }
    segment.text.split('`').forEach((part, index) => {
      if (index > 0) code = !code;
      if (part !== '') pieces.push({ kind: 'text', text: part, code });
    });
  }
  return pieces;
}

export function clozePieces(segments: ClozeQuestion['segments']): ClozePiece[] {
  const pieces = codeRuns(segments);
  for (let index = 0; index < pieces.length; index++) {
    const blank = pieces[index];
    if (blank?.kind !== 'blank') continue;
    const previous = pieces[index - 1];
    if (previous?.kind === 'text' && previous.code === blank.code) {
      const glued = new RegExp(`\\S{1,${GLUE}}$`, 'u').exec(previous.text)?.[0] ?? '';
      blank.before = glued;
      previous.text = previous.text.slice(0, previous.text.length - glued.length);
    }
    const next = pieces[index + 1];
    if (next?.kind === 'text' && next.code === blank.code) {
      const glued = new RegExp(`^\\S{1,${GLUE}}`, 'u').exec(next.text)?.[0] ?? '';
      // Characters between two blanks go with the first one; the next blank glues what is left.
      blank.after = glued;
      next.text = next.text.slice(glued.length);
    }
  }
  return pieces.filter((piece) => piece.kind === 'blank' || piece.text !== '');
}
