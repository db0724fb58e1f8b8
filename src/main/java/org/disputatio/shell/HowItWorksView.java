package org.disputatio.shell;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * "How the evaluation works": one page, in the reader's language, that says what the numbers and the
 * labels of a map mean and where they come from. The text is {@code help/how-it-works_<lang>.html}
 * (English and French), so it can be read and corrected without touching code; its sections carry the
 * ids that {@link HelpTip} links to.
 */
@StyleSheet("styles/help-and-charts.css")
@Route(HowItWorksView.ROUTE)
@AnonymousAllowed
public class HowItWorksView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "how-it-works";

    public HowItWorksView() {
        setId("how-it-works");
        addClassName("how-it-works");
        add(new Html(page(getLocale())));
    }

    /** The page's section that explains {@code term}. */
    static String section(String term) {
        return switch (term) {
            case "IN", "OUT", "UNDEC", "label" -> "labels";
            case "strength", "prior" -> "strength";
            case "rating" -> "ratings";
            case "grounded", "critical", "contested" -> "sources";
            case "rebut", "undermine", "undercut" -> "attacks";
            case "reliability", "credibility", "admiralty" -> "admiralty";
            default -> "top";
        };
    }

    private static String page(Locale locale) {
        String lang = "fr".equals(locale.getLanguage()) ? "fr" : "en";
        try (InputStream in = HowItWorksView.class.getResourceAsStream("/help/how-it-works_" + lang + ".html")) {
            if (in == null) throw new IllegalStateException("help/how-it-works_" + lang + ".html is missing");
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("help.page.title") + " · Disputatio";
    }
}
