package se.bokvar.rules.consent;

/** The record was wholly withdrawn: it covers nothing and cannot change again (record a new consent instead). */
public final class ConsentClosedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public ConsentClosedException() {
        super("the consent was wholly withdrawn; record a new consent instead");
    }
}
