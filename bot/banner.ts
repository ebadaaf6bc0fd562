import { isLoopback } from '../service/config';

/**
 * What `npm start` prints in local mode. The playground command carries the port actually in
 * use (PORT=0 picks a free one; a PORT set for `npm start` may not be set in the next terminal),
 * so it can be pasted as it stands.
 */
export function localModeBanner(listening: { host: string; port: number; dataDir: string }): string[] {
  const { host, port, dataDir } = listening;
  return [
    '='.repeat(72),
    'LOCAL MODE: no app credentials, requests are NOT authenticated.',
    isLoopback(host)
      ? `Listening on http://${host}:${port}/api/messages (localhost only).`
      : `WARNING: listening on ${host}:${port} WITHOUT authentication (WMA_UNSAFE_ALLOW_UNAUTHENTICATED_REMOTE is set).`,
    `Chat with the bot: PORT=${port} npm run playground   (data in ${dataDir}/)`,
    '='.repeat(72),
  ];
}
