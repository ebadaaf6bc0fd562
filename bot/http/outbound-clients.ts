import { AuthenticationConstants, ConnectorFactory, type ClaimsIdentity, type ConnectorClient, type UserTokenClient } from 'botframework-connector';

/**
 * CloudAdapter builds a new ConnectorClient (credentials, an @azure/core-rest-pipeline pipeline
 * with its policies and sanitizer) and a new UserTokenClient (another pipeline) for EVERY inbound
 * activity, before the bot runs — even for deliveryMode expectReplies, where neither is used to send
 * the reply. Under the bench's HTTP load that was ~6 % of the main thread (s22d's profile:
 * ConnectorClient 4.4 %, UserTokenClient 1.7 %), paid alike by the echo bot and the real bot, since
 * both are built by bot/server.ts createAdapter: the framework's floor, so the fix is shared.
 *
 * These clients hold no per-request state: a client is the bot's outbound identity (app id and
 * the outbound audience, so the credentials) pointed at one channel service URL, which is what the
 * key is made of. botbuilder's older BotFrameworkAdapter kept connector clients the same way.
 * Authentication is untouched: every inbound request is still verified by authenticateRequest
 * before anything here runs, and a client is only ever used for the app id the verified token names.
 *
 * Bounded: the service URL comes from the activity (signed into the token's claims by Teams, but
 * anything in local mode), so at most `max` clients are kept, the least recently used dropped.
 */
export const MAX_CACHED_CLIENTS = 32;

export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly max = MAX_CACHED_CLIENTS) {}

  get size(): number {
    return this.entries.size;
  }

  /** The value for `key`, made by `make` on a miss. A rejected promise is not kept, so a failure is retried. */
  getOrMake(key: string, make: () => V): V {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      // Re-inserted, so Map order is least recently used first.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = make();
    this.entries.set(key, value);
    if (value instanceof Promise) value.catch(() => this.entries.get(key) === value && this.entries.delete(key));
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}

/** The app id botbuilder's own factories use for a verified identity (the token's audience, else its appid claim). */
export function outboundAppId(claims: ClaimsIdentity | undefined): string {
  return claims?.getClaimValue(AuthenticationConstants.AudienceClaim) ?? claims?.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';
}

/** Connector clients per (app id, service URL, audience), shared across the turns of every conversation. */
export class OutboundClients {
  private readonly connectors = new BoundedCache<Promise<ConnectorClient>>();
  private readonly tokens = new BoundedCache<Promise<UserTokenClient>>();

  /** Wraps the factory an authenticated request came with: the same client for the same identity and URL. */
  connectorFactory(appId: string, inner: ConnectorFactory): ConnectorFactory {
    const connectors = this.connectors;
    return new (class extends ConnectorFactory {
      create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        return connectors.getOrMake(JSON.stringify([appId, serviceUrl, audience ?? null]), () => inner.create(serviceUrl, audience));
      }
    })();
  }

  userTokenClient(appId: string, make: () => Promise<UserTokenClient>): Promise<UserTokenClient> {
    return this.tokens.getOrMake(appId, make);
  }
}
