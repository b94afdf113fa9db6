package se.bokvar.testsupport.shape.clean.store;

public class NoticeStore {

    public record NoticeRow(String id) {
    }

    public NoticeRow insert(String reference) {
        return new NoticeRow(reference);
    }
}
