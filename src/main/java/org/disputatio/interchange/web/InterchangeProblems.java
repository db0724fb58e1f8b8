package org.disputatio.interchange.web;

import org.disputatio.interchange.InconsistentFileException;
import org.disputatio.interchange.InterchangeFileException;
import org.disputatio.interchange.UnknownFormatException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The refusals of the interchange endpoints as problem details: a file that is not the format it was sent as
 * (400) or does not hold together (422), with {@code where} naming the line or node at fault; an unknown
 * format (415) with the {@code known} ones.
 */
@RestControllerAdvice(assignableTypes = InterchangeApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class InterchangeProblems {

    @ExceptionHandler
    ProblemDetail refused(InterchangeFileException e) {
        boolean inconsistent = e instanceof InconsistentFileException;
        var status = inconsistent ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST;
        var problem = ProblemDetail.forStatusAndDetail(
                status, e.getMessage() == null ? status.getReasonPhrase() : e.getMessage());
        problem.setTitle(inconsistent ? "Inconsistent file" : "Unreadable file");
        problem.setProperty("where", e.where());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownFormat(UnknownFormatException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getMessage());
        problem.setTitle("Unknown format");
        problem.setProperty("where", "format");
        problem.setProperty("known", e.known());
        return problem;
    }

    /** Spring's multipart limit (set just above the body limit in application.properties): the same answer. */
    @ExceptionHandler
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONTENT_TOO_LARGE, "The file is larger than the import limit.");
        problem.setTitle("Too large");
        problem.setProperty("where", "file");
        return problem;
    }
}
