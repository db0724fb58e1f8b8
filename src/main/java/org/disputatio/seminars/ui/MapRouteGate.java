package org.disputatio.seminars.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.disputatio.maps.MapId;
import org.disputatio.maps.MapRoute;
import org.disputatio.seminars.SeminarAccess;
import org.springframework.stereotype.Component;

/**
 * The check every navigation to a view of one map ({@link MapRoute}: the workspace, the map page, the timeline,
 * and any later one) passes before the view reads the map: someone who may not read a seminar group's map gets
 * the 404 page, as the API answers 404 (ADR 037, "How every path checks"). Maps outside groups pass unchecked.
 */
@Component
class MapRouteGate implements VaadinServiceInitListener {

    private final SeminarAccess access;
    private final AuthenticationContext authentication;

    MapRouteGate(SeminarAccess access, AuthenticationContext authentication) {
        this.access = access;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (!MapRoute.class.isAssignableFrom(event.getNavigationTarget())) return;
        var segments = event.getLocation().getSegments();
        // The map's id is the segment after the route (workspace/{id}).
        if (segments.size() < 2 || !MapId.isValid(segments.get(segments.size() - 1))) return;
        var map = new MapId(segments.get(segments.size() - 1));
        if (access.groupOf(map).isEmpty()) return;
        if (!access.mayRead(map, authentication.getPrincipalName().orElse(null))) {
            event.rerouteToError(NotFoundException.class, "There is no map '" + map.value() + "'.");
        }
    }
}
