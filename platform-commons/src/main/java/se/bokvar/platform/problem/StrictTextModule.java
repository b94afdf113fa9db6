package se.bokvar.platform.problem;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Rejects JSON strings that cannot be stored or shown safely: control characters other than tab, line feed and
 * carriage return (PostgreSQL refuses {@code \u0000} in text and jsonb, which would otherwise surface as a 5xx) and
 * unpaired UTF-16 surrogates (not valid Unicode). The rejection is an {@link InvalidFieldException}, so the client
 * gets a 400 naming the field. Every service registers it ({@link StrictJsonInput}).
 */
public final class StrictTextModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    public StrictTextModule() {
        super("bokvar-strict-text");
        addDeserializer(String.class, new StrictStringDeserializer());
    }

    /** Why {@code text} is unacceptable, or null when it is fine. */
    public static String problemWith(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return "must not contain control characters (tab and line breaks are allowed)";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must be valid Unicode text (unpaired surrogate)";
            }
            if (Character.isLowSurrogate(c)) {
                return "must be valid Unicode text (unpaired surrogate)";
            }
        }
        return null;
    }

    static final class StrictStringDeserializer extends StdScalarDeserializer<String> {

        private static final long serialVersionUID = 1L;

        StrictStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null) {
                String problem = problemWith(value);
                if (problem != null) {
                    throw new InvalidFieldException(p, problem);
                }
            }
            return value;
        }
    }
}
