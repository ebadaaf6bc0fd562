import { advance } from '../../dialogs/engine/advance';
import { startAssessment } from '../../dialogs/engine/start';
import type { AdvanceResult, AssessmentState, EngineInput, Prompt } from '../../dialogs/engine/types';
import { parsePatientRef } from '../../dialogs/patient-ref';
import type { CompiledScript } from '../../dialogs/script/compile';

type WithoutId<T> = T extends unknown ? Omit<T, 'activityId'> & { activityId?: string } : never;

/** Drives the pure engine the way the bot does, with deterministic ids and times. */
export class EngineDriver {
  state: AssessmentState;
  last: AdvanceResult;
  private n = 0;
  private minute = 0;

  constructor(
    readonly script: CompiledScript,
    patient = '9434765919',
  ) {
    const ref = parsePatientRef(patient);
    if (!ref.ok) throw new Error(ref.message);
    this.last = startAssessment(script, { id: 'a-1', owner: 'lw-1', patient: ref.patient, scriptVersion: 1, now: this.now() });
    this.state = this.last.state;
  }

  private now(): string {
    return new Date(Date.UTC(2026, 10, 25, 9, 0) + 60_000 * this.minute++).toISOString();
  }

  send(input: WithoutId<EngineInput>): AdvanceResult {
    const full = { activityId: `act-${++this.n}`, ...input } as EngineInput;
    this.last = advance(this.script, this.state, full, { now: this.now(), actor: 'lw-1' });
    this.state = this.last.state;
    return this.last;
  }

  say(text: string): AdvanceResult {
    return this.send({ kind: 'text', text });
  }

  /** The question currently shown, from the last prompts. */
  get question(): Extract<Prompt, { kind: 'question' }> | undefined {
    return [...this.last.prompts].reverse().find((p): p is Extract<Prompt, { kind: 'question' }> => p.kind === 'question');
  }

  notices(): string[] {
    return this.last.prompts.filter((p): p is Extract<Prompt, { kind: 'notice' }> => p.kind === 'notice').map((p) => p.text);
  }

  kinds(): string[] {
    return this.last.prompts.map((p) => p.kind);
  }
}
