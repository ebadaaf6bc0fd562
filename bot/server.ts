import {
  ConfigurationBotFrameworkAuthentication,
  CloudAdapter,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import { AuthenticationError, type AuthenticateRequestResult, type ClaimsIdentity, type UserTokenClient } from 'botframework-connector';
import restify, { type Server } from 'restify';
import type { Logger } from 'pino';
import { isLoopback, type AppConfig } from '../service/config';
import { jsonBodyParser } from './http/json-body';
import { OutboundClients, outboundAppId } from './http/outbound-clients';
import { localModeGuard } from './http/local-guard';
import type { WhatMattersBot } from './handler';
import { installSdkConsoleFilter, markSdkHandled } from './sdk-console';

/** Larger bodies are refused with 413 before any parsing: no legitimate activity is this big. */
export const MAX_BODY_BYTES = 256 * 1024;

export function createAdapter(config: AppConfig, logger: Logger): CloudAdapter {
  const e = config.env;
  const auth = new FailClosedAuthentication(logger, e.MicrosoftAppId ?? '', {
    MicrosoftAppId: e.MicrosoftAppId ?? '',
    MicrosoftAppPassword: e.MicrosoftAppPassword ?? '',
    MicrosoftAppTenantId: e.MicrosoftAppTenantId ?? '',
    MicrosoftAppType: e.MicrosoftAppType ?? (e.MicrosoftAppTenantId ? 'SingleTenant' : 'MultiTenant'),
  } as ConfigurationBotFrameworkAuthenticationOptions);
  const adapter = new QuietCloudAdapter(auth, logger);
  adapter.onTurnError = async (context, error) => {
    logger.error({ error: error.name, conversation: context.activity.conversation?.id }, 'unhandled turn error');
    await context.sendActivity('Sorry — something went wrong. Your answers so far are saved; type `status` to see where you are.');
  };
  return adapter;
}

/**
 * CloudAdapter whose failed requests are ours to log: every error processActivity hands back to
 * CloudAdapter.process (which `console.error`s it, then answers 401 or 500) is marked for
 * bot/sdk-console.ts, so its console copy is dropped. A refused token has already been logged by
 * FailClosedAuthentication; anything else gets one pino line here, with the error's class only.
 * This is the per-line replacement for the AsyncLocalStorage that scoped the console per request.
 */
class QuietCloudAdapter extends CloudAdapter {
  constructor(
    auth: ConfigurationBotFrameworkAuthentication,
    private readonly log: Logger,
  ) {
    super(auth);
  }

  protected override processActivity(
    auth: string | AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    const work = typeof auth === 'string' ? super.processActivity(auth, activity, logic) : super.processActivity(auth, activity, logic);
    // Registered before CloudAdapter.process awaits `work`, so the mark is set before its console.error runs.
    work.catch((error: unknown) => {
      if (!(error instanceof AuthenticationError))
        this.log.error({ error: (error as Error)?.name, conversation: activity.conversation?.id }, 'request failed in the Bot Framework SDK');
      markSdkHandled(error);
    });
    return work;
  }
}

/**
 * The SDK answers some refused tokens with 500 and echoes its internal error to the caller: a
 * bad signature (jsonwebtoken's error is not an AuthenticationError) or signing keys it could not
 * download. Any failure to verify the caller means "not authenticated": 401, nothing processed,
 * no internals revealed. Proven by test/reliability/auth.test.ts.
 *
 * It also accepts a correctly signed token that has no `exp` (jsonwebtoken only checks expiry
 * when the claim is present), i.e. a token valid for ever; and we insist that the audience is
 * exactly this bot's app id (issue 19). Every refusal is one pino line; the SDK's own console
 * output for it is dropped (bot/sdk-console.ts, QuietCloudAdapter).
 */
class FailClosedAuthentication extends ConfigurationBotFrameworkAuthentication {
  /** Outbound clients kept across turns instead of built per request (bot/http/outbound-clients.ts). */
  private readonly clients = new OutboundClients();

  constructor(
    private readonly logger: Logger,
    private readonly appId: string,
    options: ConfigurationBotFrameworkAuthenticationOptions,
  ) {
    super(options);
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    let result: AuthenticateRequestResult;
    try {
      result = await super.authenticateRequest(activity, authHeader);
    } catch (error) {
      const statusCode = error instanceof AuthenticationError ? error.statusCode : undefined;
      this.logger.warn({ error: (error as Error).name, statusCode }, 'request refused: token could not be verified');
      if (error instanceof AuthenticationError && error.statusCode === 401) throw error;
      throw new AuthenticationError('Unauthorized. The token could not be verified.', 401);
    }
    // Without an app id the SDK authenticates nobody (local mode): nothing to check.
    if (!this.appId) return this.withSharedClients(result);
    const claims = result.claimsIdentity;
    const exp = Number(claims?.getClaimValue('exp'));
    const aud = claims?.getClaimValue('aud');
    const problem = !Number.isFinite(exp) || exp <= 0 ? 'token has no expiry' : aud !== this.appId ? 'token audience is not this bot' : null;
    if (problem) {
      this.logger.warn({ error: 'TokenClaimRejected', statusCode: 401, reason: problem }, 'request refused: token could not be verified');
      throw new AuthenticationError(`Unauthorized: ${problem}.`, 401);
    }
    return this.withSharedClients(result);
  }

  /** Only for a request that passed every check: the connector client is the one for the identity its token names. */
  private withSharedClients(result: AuthenticateRequestResult): AuthenticateRequestResult {
    const inner = result.connectorFactory;
    return inner ? { ...result, connectorFactory: this.clients.connectorFactory(outboundAppId(result.claimsIdentity), inner) } : result;
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.clients.userTokenClient(outboundAppId(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }
}

export interface ServerParts {
  config: AppConfig;
  adapter: CloudAdapter;
  bot: WhatMattersBot;
  logger: Logger;
  /** Extra routes (the managers' tab, exports) mounted by their own modules. */
  mount?: Array<(server: Server) => void>;
}

export function createServer(parts: ServerParts): Server {
  const server = restify.createServer({ name: 'what-matters-assistant', handleUncaughtExceptions: false });
  // Before routing, so unknown paths are covered too: local mode's Host and Origin rules.
  if (parts.config.localMode) server.pre(localModeGuard(isLoopback(parts.config.host)));
  server.use(restify.plugins.queryParser());
  server.use(jsonBodyParser(MAX_BODY_BYTES));
  server.get('/healthz', async (_req, res) => {
    res.send(200, { ok: true, localMode: parts.config.localMode });
  });
  const logic = (context: TurnContext) => parts.bot.run(context);
  server.post('/api/messages', async (req, res) => {
    const contentType = String(req.headers['content-type'] ?? '');
    if (!contentType.toLowerCase().startsWith('application/json')) {
      res.send(415, { error: 'Content-Type must be application/json' });
      return;
    }
    // A non-empty type: with an empty one CloudAdapter.process would console.warn before its own 400.
    const activityType = req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? (req.body as { type?: unknown }).type : undefined;
    if (typeof activityType !== 'string' || activityType === '') {
      res.send(400, { error: 'Body must be a Bot Framework activity object' });
      return;
    }
    installSdkConsoleFilter();
    await parts.adapter.process(req, res, logic);
  });
  for (const mount of parts.mount ?? []) mount(server);
  return server;
}
