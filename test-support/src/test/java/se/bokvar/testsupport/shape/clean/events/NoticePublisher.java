package se.bokvar.testsupport.shape.clean.events;

import se.bokvar.testsupport.shape.clean.app.RegisterNotice;

public class NoticePublisher {

    public String publish(String reference) {
        return new RegisterNotice().handle(new RegisterNotice.Command(reference));
    }
}
