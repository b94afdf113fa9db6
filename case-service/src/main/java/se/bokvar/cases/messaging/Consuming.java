package se.bokvar.cases.messaging;

import java.util.function.Function;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.service.CaseAnnouncements;
import se.bokvar.platform.messaging.IncomingEvent;

/** The common frame of case-service's consumers: read the CloudEvent, do the work, ack or dead-letter. */
final class Consuming {

    private static final Logger LOG = Logger.getLogger(Consuming.class);

    private Consuming() {
    }

    /**
     * @param work the event's work; its result says whether it ran (false: a duplicate or an ignored type)
     */
    static Uni<Void> consume(Message<String> message, CaseAnnouncements announcements,
            Function<IncomingEvent, Uni<Boolean>> work) {
        IncomingEvent event;
        try {
            event = IncomingEvent.from(message);
        } catch (IncomingEvent.MalformedEventException e) {
            LOG.warnf("Not a CloudEvent of the platform (%s); sent to the dead-letter topic", e.getMessage());
            return Uni.createFrom().completionStage(message.nack(e));
        }
        Uni<Boolean> done;
        try {
            done = work.apply(event);
        } catch (IncomingEvent.MalformedEventException e) {
            LOG.warnf("Event %s (%s) has unreadable data; sent to the dead-letter topic", event.id(), event.type());
            return Uni.createFrom().completionStage(message.nack(e));
        }
        return done.onItemOrFailure().transformToUni((ran, failure) -> {
            if (failure != null) {
                LOG.errorf("Event %s (%s) could not be applied: %s", event.id(), event.type(), failure.getClass().getName());
                return Uni.createFrom().completionStage(message.nack(failure));
            }
            if (Boolean.TRUE.equals(ran)) {
                announcements.nudge();
            }
            return Uni.createFrom().completionStage(message.ack());
        });
    }
}
