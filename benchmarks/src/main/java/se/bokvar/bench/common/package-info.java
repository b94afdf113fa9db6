/**
 * What the benchmarks share: the HTTP client and its requests ({@link se.bokvar.bench.common.BenchHttp}), real
 * Keycloak tokens ({@link se.bokvar.bench.common.Tokens}), notice bodies ({@link se.bokvar.bench.common.NoticeJson})
 * with valid personnummer ({@link se.bokvar.bench.common.Personnummer}), open-loop pacing
 * ({@link se.bokvar.bench.common.OpenLoop}) and the command-line frame ({@link se.bokvar.bench.common.Cli}).
 */
package se.bokvar.bench.common;
