package se.bokvar.testsupport.shape.planted;

/** Planted: a class outside the four layers. */
public class Loose {
}
