package org.disputatio.seminars.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.disputatio.maps.MapId;
import org.disputatio.seminars.GroupRole;
import org.disputatio.seminars.SeminarAccess;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The check every request for one map passes before its controller runs ({@code /api/maps/{id}} and everything
 * under it, present and future endpoints alike): on a map a seminar group works on, someone who may not read it
 * gets 404, exactly as for a map that does not exist, and a viewer's write gets 403. Spring Security has already
 * answered 401 to anonymous writes. Maps outside groups pass unchecked (ADR 037, "How every path checks").
 */
@Component
class MapRequestGate implements HandlerInterceptor, WebMvcConfigurer {

    private static final Pattern MAP_PATH = Pattern.compile("^/api/maps/([^/]+)(?:/.*)?$");
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SeminarAccess access;

    MapRequestGate(SeminarAccess access) {
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/maps/*", "/api/maps/*/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        var path = MAP_PATH.matcher(
                request.getRequestURI().substring(request.getContextPath().length()));
        if (!path.matches() || !MapId.isValid(path.group(1))) return true;
        var map = new MapId(path.group(1));
        if (access.groupOf(map).isEmpty()) return true;
        Principal principal = request.getUserPrincipal();
        var role = access.roleIn(map, principal == null ? null : principal.getName());
        if (role.isEmpty()) {
            refuse(request, response, HttpStatus.NOT_FOUND, "There is no map '" + map.value() + "'.", map);
            return false;
        }
        if (!READS.contains(request.getMethod()) && !role.get().atLeast(GroupRole.MEMBER)) {
            refuse(
                    request,
                    response,
                    HttpStatus.FORBIDDEN,
                    "Viewers read the group's map; only its members write to it.",
                    map);
            return false;
        }
        return true;
    }

    private static void refuse(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail, MapId map)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status == HttpStatus.NOT_FOUND ? "Map not found" : "Not allowed");
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        if (status == HttpStatus.NOT_FOUND) problem.put("mapId", map.value());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
