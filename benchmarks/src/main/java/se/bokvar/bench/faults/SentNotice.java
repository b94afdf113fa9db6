package se.bokvar.bench.faults;

/**
 * One notice as the client sent it, and what it was answered: on the first try while the faults happened, and on
 * a retry afterwards (the same body and Idempotency-Key, as a careful client would send it again).
 */
final class SentNotice {

    /** Who sent it. */
    enum Source {
        LANDLORD, KRONOFOGDEN
    }

    /**
     * An answer, or the failure to get one.
     *
     * @param status   the HTTP status, or 0 when no answer came (connection refused, timeout)
     * @param noticeId the notice id of the receipt (201, or 200 with the original receipt)
     * @param failure  why there was no answer (exception class), else null
     * @param phase    the run's phase when the request was sent
     */
    record Answer(int status, String noticeId, String failure, String phase, long sentAtMillis, long answeredAtMillis) {

        boolean isReceipt() {
            return (status == 201 || status == 200) && noticeId != null;
        }

        /** How the attempt ended, for counting: {@code 201}, {@code 503}, {@code timeout}, ... */
        String kind() {
            if (failure != null) {
                return failure;
            }
            return Integer.toString(status);
        }
    }

    final Source source;
    final int index;
    /** The landlord's reference, or Kronofogden's case number: the key the sender uses for the notice. */
    final String reference;
    final String body;
    final String idempotencyKey;
    volatile Answer first;
    volatile Answer retry;

    SentNotice(Source source, int index, String reference, String body, String idempotencyKey) {
        this.source = source;
        this.index = index;
        this.reference = reference;
        this.body = body;
        this.idempotencyKey = idempotencyKey;
    }

    /** The receipt the client holds in the end, if any. */
    Answer receipt() {
        if (first != null && first.isReceipt()) {
            return first;
        }
        return retry != null && retry.isReceipt() ? retry : null;
    }

    boolean failedFirst() {
        return first == null || !first.isReceipt();
    }
}
