package se.bokvar.cases.store;

import java.util.Locale;

import jakarta.persistence.AttributeConverter;

/**
 * Stores an enum as its lower-case name (adult, landlord, tenant), as the migrations, the tokens and the other
 * services spell these values.
 */
public abstract class LowerCaseColumn<E extends Enum<E>> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected LowerCaseColumn(Class<E> type) {
        this.type = type;
    }

    /** The lower-case text of {@code value}. */
    public static String text(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : text(value);
    }

    @Override
    public E convertToEntityAttribute(String value) {
        return value == null ? null : Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    }
}
