package se.bokvar.testsupport.shape.planted.app;

import se.bokvar.testsupport.shape.planted.store.NoticeStore;

public class RegisterNotice {

    public record Command(String reference) {
    }

    public String handle(Command command) {
        return new NoticeStore().insert(command.reference()).id();
    }
}
