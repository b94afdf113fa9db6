package se.bokvar.testsupport.shape.planted.store;

import se.bokvar.testsupport.shape.planted.api.NoticeResource;

/** Planted: the store reads the API's request record (store must use no other layer). */
public class NoticeStore {

    public record NoticeRow(String id) {
    }

    public NoticeRow insert(String reference) {
        return new NoticeRow(new NoticeResource.NoticeRequest(reference).reference());
    }
}
