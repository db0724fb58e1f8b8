package org.disputatio.shell.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The API's errors that Spring MVC raises (unreadable or ill-typed bodies, bad parameters, wrong
 * method or content type, refused validation) as problem+json with the right status. A refused field
 * is named in {@code field}, and every refusal is listed in {@code errors} as {field, message}. Features
 * add their own handlers for their own exceptions; this advice comes after them.
 */
// Not limited to our packages: 405 and 415 are raised while the handler is still being looked for, and
// only an advice without selectors handles exceptions that have no handler yet.
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    /** One refused field: its path (dotted, with [i] for list elements) and what to fix. */
    record FieldRefusal(String field, String message) {}

    @ExceptionHandler
    ResponseEntity<Object> refused(ConstraintViolationException e) {
        var refusals = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing((ConstraintViolation<?> v) ->
                                v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessage))
                .map(v -> new FieldRefusal(field(v), v.getMessage()))
                .toList();
        return ResponseEntity.badRequest().body(invalid(refusals));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var refusals = e.getBindingResult().getFieldErrors().stream()
                .sorted(Comparator.comparing(FieldError::getField))
                .map(f -> new FieldRefusal(
                        f.getField(), f.getDefaultMessage() == null ? "is not valid" : f.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(invalid(refusals));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (cause(e, BodyTooLargeException.class) instanceof BodyTooLargeException tooLarge) {
            var problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.CONTENT_TOO_LARGE, ApiBodyLimit.tooLarge(tooLarge.limit()));
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .header(HttpHeaders.CONNECTION, "close")
                    .body(problem);
        }
        if (cause(e, MismatchedInputException.class) instanceof MismatchedInputException mismatch) {
            String field = path(mismatch);
            return ResponseEntity.badRequest()
                    .body(invalid(List.of(new FieldRefusal(field, mismatch(mismatch, field, e)))));
        }
        if (cause(e, StreamReadException.class) instanceof StreamReadException malformed) {
            TokenStreamLocation at = malformed.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            return ResponseEntity.badRequest()
                    .body(ProblemDetail.forStatusAndDetail(
                            HttpStatus.BAD_REQUEST, "The body is not valid JSON" + where + "."));
        }
        if (cause(e, JacksonException.class) instanceof JacksonException jackson) {
            String field = path(jackson);
            var refused = cause(e, IllegalArgumentException.class);
            String message = refused != null && refused.getMessage() != null
                    ? refused.getMessage()
                    : "has a value that is not allowed here.";
            return ResponseEntity.badRequest().body(invalid(List.of(new FieldRefusal(field, message))));
        }
        return ResponseEntity.badRequest()
                .body(ProblemDetail.forStatusAndDetail(
                        HttpStatus.BAD_REQUEST, "The request needs a JSON body of the documented shape."));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        String field = name == null ? "" : name;
        var type = e.getRequiredType();
        String message = field + " must be " + expected(type) + ".";
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldRefusal(field, message))));
    }

    private static ProblemDetail invalid(List<FieldRefusal> refusals) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                refusals.isEmpty()
                        ? "The input is not valid."
                        : refusals.stream()
                                .map(r -> r.field().isEmpty() ? r.message() : r.field() + ": " + r.message())
                                .collect(Collectors.joining(" ")));
        problem.setTitle("Invalid input");
        if (!refusals.isEmpty()) {
            problem.setProperty("field", refusals.getFirst().field());
        }
        problem.setProperty(
                "errors",
                refusals.stream()
                        .map(r -> Map.of("field", r.field(), "message", r.message()))
                        .toList());
        return problem;
    }

    private static String field(ConstraintViolation<?> violation) {
        // Method validation paths start with the method and parameter (attach.draft.quote); keep the field.
        String path = violation.getPropertyPath().toString();
        return path.replace(".<list element>", "").replace("<list element>", "");
    }

    /** The JSON path of the value Jackson refused, dotted like Bean Validation's: anchor.start, authors[2]. */
    static String path(JacksonException e) {
        var path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String mismatch(MismatchedInputException e, String field, Throwable outer) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "is not a property of this request (unknown property '" + unknown.getPropertyName()
                    + "'); check its spelling.";
        }
        if (e instanceof InvalidNullException) {
            return "may not be null.";
        }
        var refused = cause(outer, IllegalArgumentException.class);
        if (refused != null && refused.getMessage() != null) {
            return refused.getMessage();
        }
        Class<?> target = e.getTargetType();
        return field.isEmpty() ? "The body must be a JSON object." : "must be " + expected(target) + ".";
    }

    private static String expected(@Nullable Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "text (a JSON string)";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number (a JSON number without fraction, not a string)";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number (a JSON number, not a string)";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a JSON array";
        }
        if (type.isEnum()) {
            return "one of the documented values";
        }
        return "a JSON object";
    }

    private static <T extends Throwable> @Nullable T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
