/**
 * Keyed, one-way identifiers for a building and a tenancy (the flat), used as Kafka partition keys and household
 * identifiers so that an address never appears in clear in a key.
 */
package se.bokvar.rules.household;
