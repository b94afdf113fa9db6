/**
 * Benchmarks: commands that print figures, run against a running stack (./bokvar up) or one they start.
 * Each benchmark has its own subpackage and a main class; ./bokvar bench &lt;name&gt; runs it. What they share (the HTTP
 * client, Keycloak tokens, notice bodies and personnummer, open-loop pacing, the command-line frame) is in
 * {@code se.bokvar.bench.common}.
 */
package se.bokvar.bench;
