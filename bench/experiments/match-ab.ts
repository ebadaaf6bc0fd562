import { buildDirectoryIndex } from '../../plans/directory/build-index';
import { generateSyntheticDirectory, generateSyntheticQueries } from '../../plans/directory/synthetic';
import { buildGazetteer } from '../../plans/places/gazetteer';
import { geoNamesGreatBritain } from '../../plans/places/geonames';
import { smallPlacesGreatBritain } from '../../plans/places/geonames-small-places';
import { areaTextsFor, resolveAndMatch } from '../sections/match';
import { summarise, timeEach } from '../stats';

/**
 * The matching section's target row only (place text resolved + matched), at one size, for A/B
 * runs of two trees in one session: `node --expose-gc --import tsx bench/experiments/match-ab.ts
 * [services] [rounds]`. Prints index build time, the index's retained heap (gc before and after
 * the build, typed arrays included, the services themselves excluded), wall and CPU p50/p99 per query over `rounds`
 * passes of the bench's 1,000 queries.
 */
const n = Number(process.argv[2] ?? 100_000);
const rounds = Number(process.argv[3] ?? 3);
const gc = (globalThis as { gc?: () => void }).gc;
/** JS heap plus typed arrays' backing stores (those live outside the JS heap). */
const heap = () => {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

const queries = generateSyntheticQueries(1_000, 2);
const services = generateSyntheticDirectory(n, 1);
const before = heap();
let t0 = performance.now();
const index = buildDirectoryIndex(services);
const buildMs = performance.now() - t0;
const indexHeapMB = (heap() - before) / 2 ** 20;
const gaz = buildGazetteer(geoNamesGreatBritain(), services, smallPlacesGreatBritain());
const areas = areaTextsFor(queries);
const inputs = queries.map((q, i) => ({ q, area: areas[i]! }));

const wall: number[] = [];
const cpu: number[] = [];
timeEach(inputs, ({ q, area }) => resolveAndMatch(index, gaz, q, area), 200);
for (let r = 0; r < rounds; r++) {
  for (const { q, area } of inputs) {
    const c0 = process.cpuUsage();
    t0 = performance.now();
    resolveAndMatch(index, gaz, q, area);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
}
const w = summarise(wall);
const c = summarise(cpu);
const f = (x: number) => x.toFixed(2);
console.log(
  `${n} services: build ${buildMs.toFixed(0)} ms, index heap ${indexHeapMB.toFixed(1)} MB${gc ? '' : ' (no --expose-gc: rough)'} | wall p50 ${f(w.p50)} p99 ${f(w.p99)} | CPU p50 ${f(c.p50)} p99 ${f(c.p99)} ms`,
);
