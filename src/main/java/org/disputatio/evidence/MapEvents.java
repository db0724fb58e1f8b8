package org.disputatio.evidence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes a change once it is committed. Listeners run synchronously on the writer's thread; one that
 * fails is logged, not passed on, because the change is saved and its author must not be told otherwise.
 */
@Component
class MapEvents {

    private static final Logger log = LoggerFactory.getLogger(MapEvents.class);

    private final ApplicationEventPublisher publisher;

    MapEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    void publish(MapChanged change) {
        try {
            publisher.publishEvent(change);
        } catch (RuntimeException e) {
            log.error("A listener failed on {}; the change itself is saved.", change, e);
        }
    }
}
