/**
 * What the benchmarks share: the HTTP client and its requests ({@link se.bokvar.bench.common.BenchHttp}), real
 * Keycloak tokens ({@link se.bokvar.bench.common.Tokens}), notice bodies ({@link se.bokvar.bench.common.NoticeJson})
 * with valid personnummer ({@link se.bokvar.bench.common.Personnummer}), open-loop pacing
 * ({@link se.bokvar.bench.common.OpenLoop}), the command-line frame ({@link se.bokvar.bench.common.Cli}), and what
 * {@code /proc} says about the stack's processes ({@link se.bokvar.bench.common.Procs}: CPU, memory, environment, load
 * average; {@link se.bokvar.bench.common.RssSampler}: the highest resident memory during a run).
 */
package se.bokvar.bench.common;
