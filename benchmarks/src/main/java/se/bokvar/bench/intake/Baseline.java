package se.bokvar.bench.intake;

import org.HdrHistogram.Histogram;

/** The baseline: the intake's transaction without the service, unthrottled and at a rate. */
record Baseline(String tool, double maxTps, Histogram atRate, double rateTps) {
}
