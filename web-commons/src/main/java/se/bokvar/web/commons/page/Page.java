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
 * @param head     what the page loads besides the stylesheet (none: {@link Head#NONE})
 */
public record Page(String appName, String title, String userName, String userRole, List<NavLink> nav,
        String logoutAction, Head head) {

    public Page {
        head = head == null ? Head.NONE : head;
    }

    /** A page that loads nothing but the stylesheet. */
    public Page(String appName, String title, String userName, String userRole, List<NavLink> nav,
            String logoutAction) {
        this(appName, title, userName, userRole, nav, logoutAction, Head.NONE);
    }

    /**
     * One link of the main navigation; {@code current} marks the page's own section (aria-current). With {@code live},
     * its label updates itself (with htmx, which the page must then load: {@link Head}); without JavaScript it is
     * the label the page was rendered with.
     */
    public record NavLink(String href, String label, boolean current, Live live) {

        public NavLink(String href, String label, boolean current) {
            this(href, label, current, null);
        }
    }

    /**
     * A label that asks {@code url} for itself every {@code everySeconds} seconds (the answer replaces it: the layout's
     * {@code layout/live-label.html} with a new link; htmx's 286 stops it). A change worth telling is put into the
     * polite live region {@code statusId} (role="status"), which the layout renders next to the link, empty.
     */
    public record Live(String url, int everySeconds, String statusId) {
    }

    /**
     * What the page loads in its {@code <head>} besides the stylesheet: {@code <meta name content>} elements, then
     * scripts from the application's own origin (deferred; the Content-Security-Policy allows no other).
     */
    public record Head(List<Meta> meta, List<String> scripts) {

        public static final Head NONE = new Head(List.of(), List.of());

        public Head {
            meta = List.copyOf(meta);
            scripts = List.copyOf(scripts);
        }
    }

    public record Meta(String name, String content) {
    }

    /** A page without a signed-in user or navigation. */
    public static Page anonymous(String appName, String title) {
        return new Page(appName, title, null, null, List.of(), null);
    }

    public boolean signedIn() {
        return userName != null;
    }
}
