package se.bokvar.platform.logging;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

import org.jboss.logmanager.ExtLogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * A log filter that masks personal data and tokens ({@link PersonalDataRedactor}) in every message and in exception
 * messages before any handler writes them. Enabled for console and file by the platform defaults
 * ({@code quarkus.log.console.filter=bokvar-redact}).
 */
@LoggingFilter(name = "bokvar-redact")
public final class RedactingLogFilter implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        String formatted = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        if (PersonalDataRedactor.containsPersonalData(formatted)) {
            String redacted = PersonalDataRedactor.redact(formatted);
            if (record instanceof ExtLogRecord ext) {
                ext.setMessage(redacted, ExtLogRecord.FormatStyle.NO_FORMAT);
            } else {
                record.setMessage(redacted);
            }
            record.setParameters(null);
        }
        if (record.getThrown() != null && needsRedaction(record.getThrown())) {
            record.setThrown(RedactedThrowable.copyOf(record.getThrown()));
        }
        return true;
    }

    private static boolean needsRedaction(Throwable t) {
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (PersonalDataRedactor.containsPersonalData(t.getMessage())) {
                return true;
            }
        }
        return false;
    }
}
