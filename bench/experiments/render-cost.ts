import { stampCardNonces, turnNonces } from '../../bot/card-nonce';
import { renderReply } from '../../bot/render';
import { loadDefaultScript } from '../../dialogs/scripts/load';
import { typedAnswerFor } from '../../scripts/demo-answers';
import type { TurnReply } from '../../service/reply';
import { EngineDriver } from '../../test/helpers/engine-driver';

/**
 * `node --expose-gc --import tsx bench/experiments/render-cost.ts [rounds]`: the reply path's own
 * cost per turn — renderReply, the nonce stamp and the JSON.stringify botbuilder/restify do — over
 * the replies of one whole default assessment (the bench's turns), in process: CPU µs per reply and
 * bytes allocated per reply (heap growth with GC off between samples). For A/B runs of two trees.
 */
const rounds = Number(process.argv[2] ?? 200);
const script = loadDefaultScript();
const driver = new EngineDriver(script, '9434765919');
const replies: TurnReply[] = [];
const reply = (): TurnReply => ({
  items: driver.last.prompts,
  position: driver.last.position ?? null,
  patient: driver.state.patient.masked,
  assessmentId: '1269293c-05a6-43b7-b384-7cc2aea88419',
});
replies.push(reply());
for (let guard = 0; guard < 500 && driver.question; guard++) {
  driver.say(typedAnswerFor(driver.question.question));
  replies.push(reply());
}
const gc = (globalThis as { gc?: () => void }).gc;
let bytes = 0;
const once = (i: number) => {
  let n = 0;
  for (const [k, r] of replies.entries()) n += JSON.stringify({ activities: stampCardNonces(renderReply(r), turnNonces('c1:bench', `a${i}-${k}`)) }).length;
  return n;
};
for (let i = 0; i < 20; i++) bytes = once(i); // warm-up (JIT)
const t0 = process.cpuUsage();
let allocated = 0;
for (let i = 0; i < rounds; i++) {
  gc?.();
  const h0 = process.memoryUsage().heapUsed;
  once(i);
  allocated += process.memoryUsage().heapUsed - h0;
}
const cpu = process.cpuUsage(t0);
const perReply = ((cpu.user + cpu.system) / rounds / replies.length).toFixed(1);
console.log(
  `${replies.length} replies × ${rounds}: ${perReply} µs CPU per reply (incl. GC calls: ${gc ? 'yes' : 'no'}) · ${gc ? `${Math.round(allocated / rounds / replies.length)} B allocated per reply · ` : ''}${Math.round(bytes / replies.length)} B JSON per reply`,
);
