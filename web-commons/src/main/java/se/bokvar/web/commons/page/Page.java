package se.bokvar.web.commons.page;

import java.util.List;

/**
 * What the base layout ({@code templates/layout/base.html}) shows around a page's own content.
 *
 * @param appName  the application's name in the header
 * @param title    the page's title (also the {@code <title>}, after the application's name)
 * @param userName the signed-in user's display name, null when nobody is signed in
 * @param userRole the user's role in Swedish (handläggare, ...), null when nobody is signed in
 * @param nav      the main navigation
 * @param logoutAction where the sign-out form posts, null for no sign-out button
 */
public record Page(String appName, String title, String userName, String userRole, List<NavLink> nav,
        String logoutAction) {

    /** One link of the main navigation; {@code current} marks the page's own section (aria-current). */
    public record NavLink(String href, String label, boolean current) {
    }

    /** A page without a signed-in user or navigation. */
    public static Page anonymous(String appName, String title) {
        return new Page(appName, title, null, null, List.of(), null);
    }

    public boolean signedIn() {
        return userName != null;
    }
}
