/**
 * Routing a notice to the social-services board (socialnämnd / stadsområde) that covers the flat's address, by
 * postal code. The table is data (a CSV file), not code.
 */
package se.bokvar.rules.routing;
