// Preloaded into the server by `profile-http.ts --alloc` (node --import): samples every allocation
// (collected or not) between SIGUSR2 signals and writes the raw sampling profile to
// $WMA_ALLOC_PROFILE when sampling stops, so bytes allocated per turn can be read by site under
// the real HTTP load (the in-process turn-cost.ts --alloc misses botbuilder, restify and pino).
import { writeFileSync } from 'node:fs';
import { Server } from 'node:http';
import { Session } from 'node:inspector';

const out = process.env.WMA_ALLOC_PROFILE;
if (out) {
  const session = new Session();
  session.connect();
  let sampling = false;
  // HTTP requests received while sampling: the divisor for bytes per turn.
  let requests = 0;
  const emit = Server.prototype.emit;
  Server.prototype.emit = function (event, ...rest) {
    if (sampling && event === 'request') requests++;
    return emit.call(this, event, ...rest);
  };
  process.on('SIGUSR2', () => {
    if (!sampling) {
      sampling = true;
      requests = 0;
      session.post('HeapProfiler.startSampling', {
        samplingInterval: 4096,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true,
      });
      return;
    }
    sampling = false;
    session.post('HeapProfiler.stopSampling', (err, res) => {
      writeFileSync(out, err ? JSON.stringify({ error: String(err) }) : JSON.stringify({ requests, head: res.profile.head }));
    });
  });
}
