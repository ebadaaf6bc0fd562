import { defaultAssessmentSteps } from '../assessment-steps';
import { runLoadInChild } from '../load/run-in-child';
import { cpuSeconds, type ServerHandle } from '../servers';

/** What one server's rounds added up to. */
export interface RoundTotals {
  /** Every turn's latency, ms. */
  samples: number[];
  seconds: number;
  /** The server process's CPU seconds over its rounds. */
  cpu: number;
  total: number;
  failed: number;
}

/**
 * The bench's HTTP load (16 concurrent whole assessments; "hello" for an echo bot) against each
 * server in turn, `rounds` times: alternating, so a shared machine's load drifts over every
 * variant alike rather than over one run each. Shared by the experiments that compare servers
 * this way (http-variants.ts, ab-http.ts, checkpoint-ab.ts).
 */
export async function alternateRounds(
  servers: readonly ServerHandle[],
  o: { rounds: number; seconds: number; maxRequests: number; runIdPrefix: string; isEcho: (name: string) => boolean },
): Promise<RoundTotals[]> {
  const steps = defaultAssessmentSteps();
  const acc = servers.map((): RoundTotals => ({ samples: [], seconds: 0, cpu: 0, total: 0, failed: 0 }));
  for (let r = 0; r < o.rounds; r++)
    for (const [i, s] of servers.entries()) {
      const c0 = cpuSeconds(s.pid);
      const res = await runLoadInChild({
        url: s.url,
        concurrency: 16,
        maxRequests: o.maxRequests,
        maxSeconds: o.seconds,
        warmupRequests: 300,
        runId: `${o.runIdPrefix}${Date.now().toString(36)}${i}r${r}`,
        keepSamples: true,
        steps: o.isEcho(s.name) ? [{ text: 'hello', expect: 'echo: hello' }] : steps,
      });
      const a = acc[i]!;
      a.cpu += cpuSeconds(s.pid) - c0;
      a.samples.push(...(res.samplesMs ?? []));
      a.seconds += res.seconds;
      a.total += res.totalRequests;
      a.failed += res.errors + res.unexpected;
    }
  return acc;
}
