/**
 * The pipeline behind {@code ProblemFeature}, one class per step; nothing here is API.
 *
 * <pre>
 *  install    Installer          settings read once (Settings), one object graph per application, with
 *                                the hooks of the runtime serving it (ServingRuntime) and what the
 *                                optional libraries present add (OptionalLibraries)
 *  request    RequestFilter      pre-matching, every request: trace id (trace.RequestTraceIds),
 *                                refuses ambiguous targets and unparseable Accept/Content-Type, reading
 *                                the request the runtime's cheapest way (trace.RequestView); right after
 *                                matching where that is cheaper (ServingRuntime.checksAfterMatching)
 *  read       EntityReadInterceptor  marks a failure while this request's body is read: only that is
 *                                the client's (the renderer judges every other origin a server fault,
 *                                another service's error included: DownstreamResponses)
 *  exception  *Mapper            ExceptionMappers, TranslatingMapper and one per integration family
 *  translate  Translation        unwraps, asks each ExceptionFamily, gives a PendingProblem (StatusCatalog)
 *  render     ProblemRenderer    status, headers (HeaderPolicy), details (DetailWording), after
 *                                ProblemJudge weighed the problem against the request; called by the
 *             ResponseFilter     mappers and, for every error response, by the last response filter,
 *                                which adds the trace id and logs (ErrorLog, BurstLimiter)
 *             ResourceModel      what the addressed resource allows, produces, consumes and declares:
 *                                jersey's own model, else AnnotatedResourceModel (the application's
 *                                resource classes, read by ResourceClasses and matched as the
 *                                specification says: ResourceMatcher, PathTemplate, MatchedMethods,
 *                                ParameterCheck), built once, on the first error that needs it
 *  write      ProblemWriter      the document as JSON; FallbackWriter and WriteFailureInterceptor (HeldBody)
 *                                for what goes wrong while writing
 *  client     client.*           on a Client: ErrorResponseFilter reads 4xx/5xx into RemoteProblemException
 *                                (RemoteProblemReader, 64 KiB cap); TraceparentFilter carries the trace id,
 *                                into asynchronous calls too (jersey.TraceIdOnCallerThread,
 *                                resteasy.ClientThreads)
 * </pre>
 *
 * Leaf packages, with no edges back into this one: {@code trace} (trace ids, and the logging MDCs they
 * are put in) and {@code naming} (names and reasons of the client's inputs). Integration packages ({@code jackson}, {@code jsonb},
 * {@code validation}, {@code jersey}, {@code quarkus}, {@code resteasy}, {@code cxf}, {@code dropwizard},
 * {@code cdi}, {@code mpconfig}, {@code microprofile}, {@code otel}) are loaded only when
 * their library is present ({@code OptionalLibraries}, {@code ServingRuntime}). A type is public only
 * where another package of the library needs it.
 */
package dev.problemjaxrs.internal;
