package de.bund.partnerschaftsmonitor.shared.db;

import io.micronaut.aop.InterceptPhase;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.context.BeanProvider;
import io.micronaut.transaction.TransactionOperations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.ThreadLocalRandom;

/** See {@link RetryOnDeadlock}; ordered before the transaction interceptor, so that each attempt is a new transaction. */
@InterceptorBean(RetryOnDeadlock.class)
class DeadlockRetryInterceptor implements MethodInterceptor<Object, Object> {

    static final int ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(DeadlockRetryInterceptor.class);

    private final BeanProvider<TransactionOperations<Connection>> transactions;

    DeadlockRetryInterceptor(BeanProvider<TransactionOperations<Connection>> transactions) {
        this.transactions = transactions;
    }

    @Override
    public int getOrder() {
        return InterceptPhase.RETRY.getPosition();
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        if (transactions.get().findTransactionStatus().isPresent()) {
            return context.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return context.proceed(this);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isDeadlock(e)) {
                    throw e;
                }
                LOG.warn("Deadlock in {}, attempt {} of {} rolled back; running it again", context.getExecutableMethod(), attempt, ATTEMPTS);
                pause(attempt);
            }
        }
    }

    static boolean isDeadlock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransactionRollbackException
                    || t instanceof SQLException s && ("40001".equals(s.getSQLState()) || s.getErrorCode() == 1213)) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
