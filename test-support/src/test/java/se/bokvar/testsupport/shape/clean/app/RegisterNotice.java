package se.bokvar.testsupport.shape.clean.app;

import se.bokvar.testsupport.shape.clean.store.NoticeStore;

public class RegisterNotice {

    public record Command(String reference) {
    }

    public String handle(Command command) {
        return new NoticeStore().insert(command.reference()).id();
    }
}
