/**
 * The Swedish calendar as the law sees it: allmänna helgdagar (lag 1989:253) and the days that move the end of a
 * statutory period (lag 1930:173 om beräkning av lagstadgad tid, 2 §). The two sets differ and are kept apart.
 */
package se.bokvar.rules.calendar;
