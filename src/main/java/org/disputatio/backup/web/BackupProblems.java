package org.disputatio.backup.web;

import org.disputatio.backup.BackupFileException;
import org.disputatio.backup.DatabaseNotEmptyException;
import org.disputatio.backup.RestoreTooLargeException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A restore's refusals: 409 when the database is not empty, 400 for a file that is not JSON and 422 for JSON that
 * is not a version 1 backup (both with {@code line}, {@code column} and the JSON {@code path} at fault), 413 past
 * the size limit. In every case nothing was written.
 */
@RestControllerAdvice(assignableTypes = BackupApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class BackupProblems {

    @ExceptionHandler
    ProblemDetail notEmpty(DatabaseNotEmptyException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("nodes", e.nodes());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail badFile(BackupFileException e) {
        var problem = ProblemDetail.forStatusAndDetail(
                e.malformed() ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setProperty("line", e.line());
        problem.setProperty("column", e.column());
        problem.setProperty("path", e.path());
        return problem;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooLarge(RestoreTooLargeException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                // Tomcat would otherwise read and discard the rest of the body to keep the connection.
                .header(HttpHeaders.CONNECTION, "close")
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage()));
    }
}
