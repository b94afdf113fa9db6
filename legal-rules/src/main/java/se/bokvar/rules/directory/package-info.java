/**
 * The caseworker directory (who works in which board and unit, and how they are reached) and the small CSV reader
 * of the services' data files. Data, not code: the municipality supplies its own files.
 */
package se.bokvar.rules.directory;
