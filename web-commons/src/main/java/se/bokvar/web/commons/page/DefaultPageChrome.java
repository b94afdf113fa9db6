package se.bokvar.web.commons.page;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;
import se.bokvar.web.commons.WebConfig;

/** The chrome when the application defines none: the application's name and the title, no user, no navigation. */
@ApplicationScoped
@DefaultBean
public class DefaultPageChrome implements PageChrome {

    private final WebConfig config;

    public DefaultPageChrome(WebConfig config) {
        this.config = config;
    }

    @Override
    public Page page(String title, String section) {
        return Page.anonymous(config.appName(), title);
    }
}
