package se.bokvar.web.commons.page;

/**
 * Builds the {@link Page} around a page's content for the current request (the signed-in user, the navigation). An
 * application provides its own bean; {@link DefaultPageChrome} is used otherwise.
 */
public interface PageChrome {

    /** The chrome for a page titled {@code title}, with {@code section} (a nav href) marked as current, or null. */
    Page page(String title, String section);
}
