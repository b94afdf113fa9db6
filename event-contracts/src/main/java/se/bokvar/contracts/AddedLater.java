package se.bokvar.contracts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a payload field that was added to a published {@code v1} type later (a compatible change): it is appended
 * last, nullable, and events published before it was added lack it. The AsyncAPI schema lists it as optional (not
 * required); a consumer reads a missing field as {@code null}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD })
public @interface AddedLater {
}
