/**
 * The caseworker's process as rules (Göteborg handbook ch. 5–7; Socialstyrelsen's support for preventing evictions):
 * the lifecycle of a case ({@link se.bokvar.rules.casework.Stage}), the outcomes on closing
 * ({@link se.bokvar.rules.casework.Outcome}), the checklist's steps and when each is allowed
 * ({@link se.bokvar.rules.casework.StepKind}, {@link se.bokvar.rules.casework.StepRules}), which steps disclose
 * something and so need consent ({@link se.bokvar.rules.casework.Disclosure}), and the steps a case requires
 * before it may close ({@link se.bokvar.rules.casework.RequiredSteps}).
 */
package se.bokvar.rules.casework;
