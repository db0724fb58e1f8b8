package org.disputatio.workspace.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.disputatio.shell.HowItWorksView;
import org.disputatio.shell.Tour;

/**
 * Help at hand in the workspace: a link to "How the evaluation works", and the short tour, which starts
 * by itself on a reader's first visit and again from its button.
 */
class WorkspaceHelp extends HorizontalLayout {

    /** The localStorage key that remembers this browser has seen the tour. */
    static final String TOUR_SEEN = "disputatio.tour.workspace";

    final Tour tour;
    // A plain link, not a RouterLink: the route lives in the shell, and views tested alone do not register it.
    final Anchor howItWorks = new Anchor(HowItWorksView.ROUTE, "");
    final Button again = new Button();

    WorkspaceHelp() {
        setId("workspace-help");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setSpacing(true);
        tour = new Tour(
                TOUR_SEEN,
                List.of(
                        step("#workspace-tabs > vaadin-tabs", "tabs"),
                        // The claim panel lives in the claim sheet, closed until a claim is selected: then its "open"
                        // button.
                        step("#claim-panel, #claim-sheet-open", "panel"),
                        step("#workspace-help", "help")));
        howItWorks.setText(getTranslation("help.page.title"));
        howItWorks.getElement().setAttribute("router-link", true);
        howItWorks.setId("workspace-how-it-works");
        again.setText(getTranslation("tour.again"));
        again.setIcon(VaadinIcon.QUESTION_CIRCLE_O.create());
        again.setId("workspace-tour");
        again.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        again.addClickListener(e -> tour.start(true));
        add(howItWorks, again, tour);
    }

    private Tour.Step step(String element, String name) {
        return new Tour.Step(
                element,
                getTranslation("tour.workspace." + name + ".title"),
                getTranslation("tour.workspace." + name + ".text"));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        tour.start(false);
    }
}
