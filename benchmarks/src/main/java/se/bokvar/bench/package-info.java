/**
 * Benchmarks: commands that print figures, run against a running stack (./bokvar up) or one they start.
 * Each benchmark has its own subpackage and a main class; ./bokvar bench &lt;name&gt; runs it.
 */
package se.bokvar.bench;
