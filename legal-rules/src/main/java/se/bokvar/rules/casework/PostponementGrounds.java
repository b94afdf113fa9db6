package se.bokvar.rules.casework;

import java.util.Arrays;

/**
 * The grounds on which social services may ask Kronofogden to postpone an eviction (anstånd med verkställighet,
 * handbook ch. 7): the tenant gets a new home soon, social services need time to arrange housing, illness, or other
 * social grounds (allmän social hänsyn).
 */
public enum PostponementGrounds {
    NEW_HOME_SOON, SOCIAL_SERVICES_NEED_TIME, ILLNESS, OTHER_SOCIAL_GROUNDS;

    /** Whether {@code name} names one of the grounds (as events carry them). */
    public static boolean known(String name) {
        return name != null && Arrays.stream(values()).anyMatch(g -> g.name().equals(name));
    }
}
