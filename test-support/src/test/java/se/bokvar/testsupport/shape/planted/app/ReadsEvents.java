package se.bokvar.testsupport.shape.planted.app;

import se.bokvar.testsupport.shape.planted.events.NoticePublisher;

/** Planted: app calls the events layer (events sits above app). */
public class ReadsEvents {

    public String run() {
        return new NoticePublisher().publish("x");
    }
}
