package se.bokvar.consent.app;

import se.bokvar.rules.consent.PartyKind;

/** A party as a client named it: not yet checked ({@link ScopeInput}). */
public record PartyInput(PartyKind kind, String id, String name) {
}
