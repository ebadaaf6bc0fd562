// Types for the tab's checked JavaScript, taken from the script schema (the same zod schema the
// server validates with), so the editor and the server agree on the document's shape.
import type { ScriptInput } from '../../../dialogs/script/schema';

export type ScriptDoc = ScriptInput;
export type SectionDoc = ScriptInput['sections'][number];
type AnyQuestion = NonNullable<SectionDoc['questions']>[number];
/** A question as the editor holds it: every variant's optional fields, since the type can change. */
export type QuestionDoc = {
  id: string;
  type: string;
  text: string;
  required?: boolean;
  tip?: string;
  when?: unknown;
  options?: Array<{ value: string | number; label: string }>;
  min?: number;
  max?: number;
  minLabel?: string;
  maxLabel?: string;
  maxLength?: number;
} & Partial<Omit<AnyQuestion, 'type'>>;
