package dev.problemjaxrs.it.app;

import dev.problemjaxrs.ProblemCatalog;
import dev.problemjaxrs.ProblemType;

/** The sample API's own error conditions, each defined once, worded as the standard's examples. */
public final class SecretErrors {

    private static final ProblemCatalog.Builder DEFINE = ProblemCatalog.under(SecretsApi.SECRETS_TYPE);

    public static final ProblemType MAXIMUM_SECRETS =
            DEFINE.type(403, "maximum-secrets-allowed", "Maxmimum number of secrets already met");
    public static final ProblemType INVALID_API_KEY =
            DEFINE.define(ProblemType.of(404, SampleApp.TYPE_BASE + "#invalid-api-key", "Invalid API Key"));
    public static final ProblemType JOB_STARTED = DEFINE.define(ProblemType.of(409, SampleApp.TYPE_BASE + "#conflict",
            "Conflict").withDetail("This resource cannot be updated once the job has started running"));
    public static final ProblemType OUT_OF_CREDIT = DEFINE.define(
            ProblemType.of(403, "https://example.com/Error#out-of-credit", "You do not have enough credit"));
    public static final ProblemType INVOICE_NOT_FOUND =
            DEFINE.define(ProblemType.of(404, SampleApp.TYPE_BASE + "#invoice-not-found", "Invoice not found"));
    public static final ProblemType ACCOUNT_FROZEN = DEFINE.define(ProblemType.of(403,
            SampleApp.TYPE_BASE + "#account-frozen", "Account frozen").withDetail("This account is frozen"));
    public static final ProblemType RATE_LIMITED = DEFINE.define(ProblemType.of(429,
            SampleApp.TYPE_BASE + "#rate-limited", "Rate Limited"));

    /** Every condition above, for documentation. */
    public static final ProblemCatalog CATALOG = DEFINE.build();

    private SecretErrors() {
    }

    /** The domain exception of a full account: a ProblemException, raised deep in the service layer. */
    public static final class MaximumSecretsException extends dev.problemjaxrs.ProblemException {
        private static final long serialVersionUID = 1L;

        public MaximumSecretsException(int maximum) {
            super(MAXIMUM_SECRETS, "This account has reached maximum number of '" + maximum + "' allowed secrets");
        }
    }

    /**
     * A domain exception of an existing hierarchy ({@code IllegalStateException} here), which therefore
     * implements {@code ProblemSource} rather than extending {@code ProblemException}.
     */
    public static final class OutOfCreditException extends IllegalStateException
            implements dev.problemjaxrs.ProblemSource {
        private static final long serialVersionUID = 1L;
        private final int balance;
        private final int cost;

        public OutOfCreditException(int balance, int cost) {
            super("balance " + balance + " below cost " + cost);
            this.balance = balance;
            this.cost = cost;
        }

        @Override
        public int status() {
            return OUT_OF_CREDIT.status();
        }

        @Override
        public dev.problemjaxrs.Problem problem() {
            return OUT_OF_CREDIT.problem("Your current balance is " + balance + ", but that costs " + cost + ".");
        }
    }

    /** Mapped by the application's own {@code ExceptionMapper} ({@link BillingApi.InvoiceMissingMapper}). */
    public static final class InvoiceMissingException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public InvoiceMissingException(String id) {
            super("no invoice " + id);
        }
    }
}
