import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import type { ServerOptions } from 'graphql-ws';
import type { Request, Response } from 'express';
import type { GraphQLError, GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { AppConfig } from '../../config/app-config';
import type { RequestContext, Viewer } from '../auth/request-context';
import type { ViewerSource } from '../auth/viewer-source';
import type { ClosableSocket } from '../auth/socket-registry';
import { currentStatements } from '../database/statement-counter';
import {
  isDatabaseUnavailable,
  serviceUnavailableGraphQLError,
  serviceUnavailablePlugin,
} from '../errors/database-unavailable';
import { formatGraphQLError } from '../errors/format-graphql-error';
import type { LoaderRegistry } from './loader-registry';
import { inputVariablesPlugin } from './input-variables.plugin';
import { OPERATION_PARSE_OPTIONS, operationValidationRules } from './operation-limits';
import { wsOperationGuard } from './ws-operations';

interface WsExtra {
  request: Request;
  socket: ClosableSocket;
  viewer?: Viewer | null;
}

/**
 * Apollo Server setup: one context for HTTP and WebSocket (graphql-ws, authenticated by
 * the same session cookie), one error formatter, and where SQL_STATEMENT_COUNTS is on (default: outside production) the number of SQL
 * statements of each operation in `extensions.sqlStatements` (tests assert it).
 */
export function graphqlConfig(
  config: AppConfig,
  sessions: ViewerSource,
  loaderRegistry: LoaderRegistry,
  logger: Logger,
): ApolloDriverConfig {
  const buildContext = (req: Request, res: Response | undefined, viewer: Viewer | null): RequestContext => {
    const loaders = loaderRegistry.create(viewer?.user.id ?? null);
    return {
      req,
      res,
      requestId: String((req as Request & { id?: unknown }).id ?? ''),
      ip: req.ip ?? req.socket?.remoteAddress ?? 'unknown',
      userAgent: req.headers['user-agent'] ?? null,
      viewer,
      actor: viewer ? { user: viewer.user, sessionId: viewer.sessionId, loaders } : null,
      loaders,
    };
  };

  // Responses are per viewer and never cached by HTTP caches: the cache-control plugin would only
  // wrap every field resolver (measurable on large results such as the brief).
  // (Cast: Nest's driver is typed against Apollo's ESM build, this import resolves to its CJS twin;
  // Apollo recognises the plugin by its id at run time.)
  const plugins: ApolloPlugins = [
    ApolloServerPluginCacheControlDisabled() as ApolloPlugins[number],
    serviceUnavailablePlugin(),
    inputVariablesPlugin() as ApolloPlugins[number],
  ];
  if (config.countSqlStatements) plugins.push(statementCountPlugin());
  const validationRules = operationValidationRules();
  const formatError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError =>
    formatGraphQLError(
      formatted,
      error,
      (unexpected) => logger.error({ err: unexpected }, 'unexpected GraphQL error'),
      (outage) =>
        logger.warn({ reason: outage instanceof Error ? outage.message : String(outage) }, 'database unavailable'),
    );
  // graphql-ws sends subscription errors itself, outside Apollo: the same formatter gives them
  // the same `extensions.code` (and hides the same internals) as over HTTP.
  const formatWsErrors = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e));
  // The served schema, kept for the WebSocket guard, which runs outside Apollo.
  let servedSchema: GraphQLSchema | undefined;
  const guardWsOperation = wsOperationGuard(() => servedSchema, validationRules);

  // Nest's type for these options leaves out onError, but it hands every option to graphql-ws.
  const wsOptions: GraphQLWsSubscriptionsConfig & Pick<ServerOptions, 'onError'> = {
    path: '/graphql',
    onSubscribe: (_ctx, _id, payload) => guardWsOperation(payload.query, payload.variables),
    onError: (_ctx, _id, _payload, errors) => formatWsErrors(errors),
    onNext: (_ctx, _id, _payload, _args, result) =>
      result.errors?.length ? { ...result, errors: formatWsErrors(result.errors) } : undefined,
    onConnect: async (ctx) => {
      const extra = ctx.extra as WsExtra;
      extra.viewer = await sessions.viewerFromCookieHeader(extra.request.headers.cookie);
      // So signing out (or a password change) closes this socket and its subscriptions.
      if (extra.viewer) sessions.trackSocket(extra.viewer, extra.socket);
      return true;
    },
  };

  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    // Outside production GraphiQL is served from local packages instead (modules/graphiql).
    graphiql: false,
    // Input checks and operation limits: operation-limits.ts, input-values.ts.
    transformSchema: (schema) => (servedSchema = schema),
    parseOptions: OPERATION_PARSE_OPTIONS,
    validationRules,
    introspection: config.graphqlIntrospection,
    // "Did you mean …?" would tell the schema that introspection keeps closed.
    hideSchemaDetailsFromClientErrors: !config.graphqlIntrospection,
    includeStacktraceInErrorResponses: false,
    plugins,
    // Nest would reset every response that has `data` to 200, hiding the 503 of a database outage
    // (serviceUnavailablePlugin) from clients and load balancers.
    preserveHttpStatusForExecutionErrors: false,
    // Outside tests Apollo Server stops itself on SIGTERM at once, failing in-flight operations;
    // main.ts drains HTTP first and stops Apollo (app.close) after (shutdownGracefully).
    stopOnTerminationSignals: false,
    subscriptions: { 'graphql-ws': wsOptions },
    context: async ({ req, res, extra }: { req?: Request; res?: Response; extra?: WsExtra }) => {
      if (extra) return buildContext(extra.request, undefined, extra.viewer ?? null);
      // Context errors skip the plugins, so a database outage here carries its 503 itself.
      const viewer = await sessions.viewerFromCookieHeader(req!.headers.cookie).catch((error: unknown) => {
        throw isDatabaseUnavailable(error) ? serviceUnavailableGraphQLError() : error;
      });
      return buildContext(req!, res, viewer);
    },
    formatError,
  };
}

type ApolloPlugins = NonNullable<ApolloDriverConfig['plugins']>;

interface ResponseBody {
  kind: string;
  singleResult?: { extensions?: Record<string, unknown> };
}

function statementCountPlugin(): ApolloPlugins[number] {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }: { response: { body: ResponseBody } }) {
          const single = response.body.kind === 'single' ? response.body.singleResult : undefined;
          if (single) {
            single.extensions = {
              ...single.extensions,
              sqlStatements: currentStatements().length,
            };
          }
        },
      };
    },
  };
}
