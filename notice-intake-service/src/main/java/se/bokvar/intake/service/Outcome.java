package se.bokvar.intake.service;

import java.net.URI;

/**
 * What a write answers: status, the JSON body, the Location, and whether it is a replay of an earlier answer.
 */
public record Outcome(int status, String json, URI location, boolean replayed) {

    public Outcome asReplay() {
        return new Outcome(status, json, location, true);
    }
}
