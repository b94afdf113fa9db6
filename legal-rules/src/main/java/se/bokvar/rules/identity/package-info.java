/**
 * Personnummer and samordningsnummer, validated as Skatteverket does. The number itself is personal data: it
 * never appears in an exception message or in {@code toString()}.
 */
package se.bokvar.rules.identity;
