package de.bund.partnerschaftsmonitor.shared.db;

import io.micronaut.aop.Around;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a transactional method again (up to three times) when the database chose its transaction as a deadlock victim,
 * as InnoDB expects of clients: the victim's work was rolled back, so nothing runs twice. Applies only where the method
 * starts the transaction; inside a caller's transaction the outermost one retries.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Around
public @interface RetryOnDeadlock {
}
