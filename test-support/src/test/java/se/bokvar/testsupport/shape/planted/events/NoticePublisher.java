package se.bokvar.testsupport.shape.planted.events;

import se.bokvar.testsupport.shape.planted.app.RegisterNotice;

public class NoticePublisher {

    public String publish(String reference) {
        return new RegisterNotice().handle(new RegisterNotice.Command(reference));
    }
}
