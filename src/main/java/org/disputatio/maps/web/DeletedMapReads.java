package org.disputatio.maps.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.disputatio.maps.DeletedMapAnswer;
import org.disputatio.maps.MapId;
import org.disputatio.maps.MapLifecycle;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * One check for every read keyed by a map's id ({@code GET /api/maps/{id}/…}): a deleted map answers 404 before any
 * controller looks its items up, since the items of a soft-deleted map stay in the database for its restoration
 * (ADR 034). An unknown map is left to the controllers, which answer 404 in their own words as before. Writes are
 * left to their services: the undo of a deletion must reach a deleted map. A handler marked
 * {@link DeletedMapAnswer.GivenByHandler} gives the same answer itself, from its own read (ADR 051).
 */
@Configuration(proxyBeanMethods = false)
class DeletedMapReads implements WebMvcConfigurer, HandlerInterceptor {

    private final MapLifecycle lifecycle;

    DeletedMapReads(MapLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/maps/*/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) return true;
        if (handler instanceof HandlerMethod method
                && method.hasMethodAnnotation(DeletedMapAnswer.GivenByHandler.class)) {
            return true;
        }
        if (!(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables)) {
            return true;
        }
        Object id = variables.containsKey("mapId") ? variables.get("mapId") : variables.get("id");
        // An id that cannot be a map's is the controllers' to refuse, as they always did.
        if (!(id instanceof String value) || !MapId.isValid(value)) return true;
        if (!lifecycle.deleted(new MapId(value))) return true;
        throw DeletedMapAnswer.of(value);
    }
}
