package org.disputatio.evidence;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST controller whose refusals are answered by the one mapping of this module's exceptions:
 * {@link InvalidInputException} → 400 naming the field, {@link UnknownItemException} → 404 naming the item,
 * {@link ConcurrentEditException} → 409 with the current version, Spring Security's AccessDeniedException → 403.
 * An annotation rather than a list of controllers, because the modules that build on this one (authoring,
 * seminars) cannot be named from here.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RefusalProblems {}
