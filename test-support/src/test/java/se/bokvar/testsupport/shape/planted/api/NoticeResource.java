package se.bokvar.testsupport.shape.planted.api;

import se.bokvar.testsupport.shape.planted.app.RegisterNotice;

public class NoticeResource {

    private final RegisterNotice handler = new RegisterNotice();

    public record NoticeRequest(String reference) {
    }

    public String post(NoticeRequest request) {
        return handler.handle(new RegisterNotice.Command(request.reference()));
    }
}
