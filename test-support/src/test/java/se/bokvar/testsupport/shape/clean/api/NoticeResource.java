package se.bokvar.testsupport.shape.clean.api;

import se.bokvar.testsupport.shape.clean.app.RegisterNotice;

public class NoticeResource {

    private final RegisterNotice handler = new RegisterNotice();

    public record NoticeRequest(String reference) {
    }

    public String post(NoticeRequest request) {
        return handler.handle(new RegisterNotice.Command(request.reference()));
    }
}
