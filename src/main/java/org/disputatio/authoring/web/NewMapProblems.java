package org.disputatio.authoring.web;

import java.util.List;
import java.util.Map;
import org.disputatio.authoring.ImportRefusedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The refusals of {@code POST /api/maps} as problem details: the status of the reason (400, 413, 415,
 * 422), the field at fault in {@code field} and {@code errors}, as the shell's refusals of invalid input.
 */
@RestControllerAdvice(assignableTypes = NewMapApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class NewMapProblems {

    @ExceptionHandler
    ProblemDetail refused(ImportRefusedException e) {
        HttpStatus status = HttpStatus.valueOf(e.reason().status());
        String detail = e.getMessage() == null ? status.getReasonPhrase() : e.getMessage();
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(
                switch (e.reason()) {
                    case INVALID -> "Invalid input";
                    case TOO_LARGE -> "Too large";
                    case UNSUPPORTED -> "Unsupported type of file";
                    case UNREADABLE -> "Unreadable text";
                });
        String field = e.field();
        if (field != null) {
            problem.setProperty("field", field);
            problem.setProperty("errors", List.of(Map.of("field", field, "message", detail)));
        }
        return problem;
    }

    /** Spring's own multipart limit (set just above ours in application.properties): the same answer. */
    @ExceptionHandler
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONTENT_TOO_LARGE, "Files of at most 10485760 bytes (10 MB) are read.");
        problem.setTitle("Too large");
        problem.setProperty("field", "file");
        return problem;
    }
}
