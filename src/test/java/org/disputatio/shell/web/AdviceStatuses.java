package org.disputatio.shell.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.objenesis.SpringObjenesis;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.ControllerAdviceBean;

/**
 * The statuses each controller advice of a feature answers with (a feature's {@code *Problems}, or the shared refusals
 * of {@code @RefusalProblems}), for {@link OpenApiIT}: a status an advice answers that none of the operations it
 * serves lists is a refusal the API description forgot to declare. The advices build their problem details at run
 * time, so each handler is called once with a bare instance of its exception (made without a constructor: its fields
 * are empty) and the status of what it returns is kept; a handler that cannot answer an empty exception is skipped.
 * The advice that applies to every controller (the shell's) is left out: its statuses are the rules every operation
 * gets.
 */
final class AdviceStatuses {

    private static final Logger log = LoggerFactory.getLogger(AdviceStatuses.class);

    private final SpringObjenesis objenesis = new SpringObjenesis();
    private final List<ControllerAdviceBean> advices;

    AdviceStatuses(ApplicationContext context) {
        // A selective advice does not apply to Object, which is in no feature's package, types or annotations.
        this.advices = ControllerAdviceBean.findAnnotatedBeans(context).stream()
                .filter(advice -> !advice.isApplicableToBeanType(Object.class))
                .toList();
    }

    /** Each advice's name and the controllers it serves, with the statuses it answers. */
    Map<String, Set<Integer>> byAdvice() {
        Map<String, Set<Integer>> byAdvice = new TreeMap<>();
        for (ControllerAdviceBean advice : advices) {
            if (advice.getBeanType() == null) {
                continue;
            }
            Set<Integer> statuses = new TreeSet<>();
            for (Method handler : advice.getBeanType().getDeclaredMethods()) {
                if (AnnotatedElementUtils.hasAnnotation(handler, ExceptionHandler.class)) {
                    statuses.addAll(statuses(advice, handler));
                }
            }
            byAdvice.put(advice.getBeanType().getSimpleName(), statuses);
        }
        return byAdvice;
    }

    /** Whether the advice of that name serves the controller. */
    boolean serves(String advice, Class<?> controller) {
        return advices.stream()
                .anyMatch(a -> a.getBeanType() != null
                        && a.getBeanType().getSimpleName().equals(advice)
                        && a.isApplicableToBeanType(controller));
    }

    private List<Integer> statuses(ControllerAdviceBean advice, Method handler) {
        ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(handler, ResponseStatus.class);
        if (declared != null) {
            return List.of(declared.code().value());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Class<? extends Throwable> exception : exceptions(handler)) {
            Integer status = answer(advice.resolveBean(), handler, exception);
            if (status != null) {
                statuses.add(status);
            }
        }
        return statuses;
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends Throwable>> exceptions(Method handler) {
        ExceptionHandler annotation = AnnotatedElementUtils.findMergedAnnotation(handler, ExceptionHandler.class);
        if (annotation != null && annotation.value().length > 0) {
            return List.<Class<? extends Throwable>>of(annotation.value());
        }
        return Arrays.stream(handler.getParameterTypes())
                .filter(Throwable.class::isAssignableFrom)
                .<Class<? extends Throwable>>map(type -> (Class<? extends Throwable>) type)
                .toList();
    }

    private @Nullable Integer answer(Object bean, Method handler, Class<? extends Throwable> exception) {
        Object[] arguments = Arrays.stream(handler.getParameterTypes())
                .map(type -> type.isAssignableFrom(exception) ? objenesis.newInstance(exception) : null)
                .toArray();
        try {
            handler.setAccessible(true);
            return switch (handler.invoke(bean, arguments)) {
                case ProblemDetail problem -> problem.getStatus();
                case ResponseEntity<?> entity -> entity.getStatusCode().value();
                case ErrorResponse error -> error.getStatusCode().value();
                case null, default -> null;
            };
        } catch (InvocationTargetException | IllegalAccessException | RuntimeException e) {
            log.debug("{} cannot answer a bare {}; its status is not described", handler, exception.getName(), e);
            return null;
        }
    }
}
