package org.disputatio.shell;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;

/**
 * A small "?" beside a term (IN, strength, prior, rebut, the Admiralty scales…) that explains it where
 * it appears: on hover, focus or click, a popover says what the term means here and links to the
 * section of "How the evaluation works" that says more. The texts are {@code help.name.<term>} and
 * {@code help.term.<term>} in the translations.
 */
@StyleSheet("styles/help-and-charts.css")
public class HelpTip extends Composite<Span> {

    private final Button button = new Button(VaadinIcon.QUESTION_CIRCLE_O.create());
    private final Popover popover = new Popover();

    public HelpTip(String term) {
        String name = getTranslation("help.name." + term);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation("help.about", name));
        button.addClassName("help-tip");
        button.getElement().setAttribute("data-term", term);
        var text = new Paragraph(getTranslation("help.term." + term));
        text.getStyle().set("margin", "var(--lumo-space-xs) 0");
        var more = new Anchor(HowItWorksView.ROUTE + "#" + HowItWorksView.section(term), getTranslation("help.more"));
        var heading = new H4(name);
        heading.getStyle().set("margin", "0");
        popover.add(heading, text, more);
        popover.addClassName("help-popover");
        popover.getElement().setAttribute("data-term", term);
        popover.setTarget(button);
        popover.setOpenOnClick(true);
        popover.setOpenOnHover(true);
        popover.setOpenOnFocus(true);
        popover.setPosition(PopoverPosition.BOTTOM_START);
        popover.setWidth("22em");
        popover.setAriaLabel(name);
        getContent().add(button, popover);
        getContent().addClassName("help-tip-wrapper");
    }
}
