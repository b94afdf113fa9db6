package se.bokvar.testsupport.shape.planted.app;

import jakarta.inject.Inject;

/** Planted: eight injected collaborators. */
public class Overloaded {

    @Inject
    public Overloaded(Object a, Object b, Object c, Object d, Object e, Object f, Object g, Object h) {
    }
}
