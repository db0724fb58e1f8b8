package org.disputatio.shell;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.HttpStatus;

/**
 * An error an API operation answers when the data decides it (a closed round, a name already taken, a file that is
 * not a backup), beyond those its shape implies (its path, its body, its version): the API description lists these
 * and the derived ones, and nothing else (docs/adr/044-openapi.md, amendment api14b). Declared, because the
 * exceptions are unchecked and thrown deep in the services, where no handler's signature shows them.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(Refuses.List.class)
public @interface Refuses {

    HttpStatus value();

    /** When it happens, as the end of a sentence for the description: "the round is closed". */
    String when();

    /** Several refusals of one operation. */
    @Documented
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        Refuses[] value();
    }
}
